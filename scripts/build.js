// npm run build: dist/ as ES modules with types and source maps for npm users, plus the
// one-tag bundles dist/lec.js (ES module) and dist/lec.iife.js (classic script).
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';
import {run} from './run.js';
import {shrinkPlugin} from './shrink.js';

rmSync('dist', {recursive: true, force: true});

if ((await run('npx', ['tsc', '-p', 'tsconfig.json'])) !== 0) process.exit(1);

const shared = {
  plugins: [shrinkPlugin],
  entryPoints: ['src/all.ts'],
  bundle: true,
  minify: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  // Lit's production build (no dev-mode warnings) is its default export condition.
  conditions: ['production'],
  legalComments: 'none',
  logLevel: 'warning',
};

await build({...shared, format: 'esm', outfile: 'dist/lec.js'});
await build({...shared, format: 'iife', globalName: 'LecElements', outfile: 'dist/lec.iife.js'});

for (const file of ['dist/lec.js', 'dist/lec.iife.js']) {
  // Minified code has line breaks only inside template literals, where the indentation after
  // them is insignificant (HTML collapses white space): drop it.
  const code = readFileSync(file, 'utf8').replace(/\n[ \t]+/g, '\n');
  writeFileSync(file, code);
  // The bundles must be self-contained: one request, nothing lazy-loaded.
  if (/\bimport\s*\(|\bimport\s*[{*\w][^;]*\bfrom\s*["']/.test(code)) {
    console.error(`${file} still imports another file; the one-tag bundle must be one file.`);
    process.exit(1);
  }
}
console.log('Built dist/ (modules, types, maps), dist/lec.js and dist/lec.iife.js.');

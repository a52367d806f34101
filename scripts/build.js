// npm run build: dist/ as ES modules with types and source maps for npm users, plus the
// one-tag bundles dist/lec.js (ES module) and dist/lec.iife.js (classic script).
import {rmSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';
import {minify} from 'terser';
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

// Both bundles are one guarded script: a second copy on the page (the other bundle, another
// URL, another version) finds the first one's exports on globalThis and evaluates nothing.
// Evaluating Lit twice would also break pages whose CSP allows one 'lit-html' Trusted Types
// policy, and two copies of the localization runtime would fight over <html lang>.
const GUARD = 'globalThis.__sjtuLecElements ??= ';
const iife = await build({
  ...shared,
  format: 'iife',
  globalName: 'LecElements',
  write: false,
  sourcemap: 'external',
  outfile: 'dist/lec.iife.js',
});
// The names the ES module must export: those of an ESM build of the same entry.
const esm = await build({...shared, format: 'esm', write: false, metafile: true, outfile: 'dist/lec.js'});
const exportNames = Object.values(esm.metafile.outputs).find((o) => o.entryPoint)?.exports ?? [];
const code = iife.outputFiles.find((f) => f.path.endsWith('.js')).text;
const map = iife.outputFiles.find((f) => f.path.endsWith('.map')).text;
const preamble = /^("use strict";)?var LecElements=/.exec(code)?.[0];
if (!preamble) throw new Error('Unexpected esbuild IIFE preamble.');
// The guard goes on a line of its own and the old preamble becomes spaces of the same length,
// so every mapping keeps its column and moves down one line (a leading ';' in the map).
const guarded = `${preamble}${GUARD}\n${' '.repeat(preamble.length)}${code.slice(preamble.length)}`;
const guardedMap = JSON.stringify({...JSON.parse(map), mappings: `;${JSON.parse(map).mappings}`});
const bundles = {
  'dist/lec.iife.js': guarded,
  'dist/lec.js': `${guarded}\nexport const {${exportNames.join(', ')}} = LecElements;\n`,
};

for (const [file, source] of Object.entries(bundles)) {
  // terser after esbuild: its repeated compress passes save about 1 KB gzip more.
  const name = file.slice('dist/'.length);
  const result = await minify(source, {
    ecma: 2022,
    module: file.endsWith('lec.js'),
    compress: {passes: 3},
    mangle: true,
    format: {comments: false},
    sourceMap: {content: guardedMap, url: `${name}.map`},
  });
  writeFileSync(file, result.code);
  writeFileSync(`${file}.map`, result.map);
  // The bundles must be self-contained: one request, nothing lazy-loaded.
  if (/\bimport\s*\(|\bimport\s*[{*\w][^;]*\bfrom\s*["']/.test(result.code)) {
    console.error(`${file} still imports another file; the one-tag bundle must be one file.`);
    process.exit(1);
  }
}
console.log('Built dist/ (modules, types, maps), dist/lec.js and dist/lec.iife.js.');

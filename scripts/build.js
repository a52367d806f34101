// npm run build: dist/ as ES modules with types and source maps for npm users, plus the
// one-tag bundles dist/lec.js (ES module) and dist/lec.iife.js (classic script), the per-element
// bundles dist/cdn/lec-*.js (ES modules with shared chunks, for pages without a bundler),
// dist/lec.css (the README's pre-upgrade CSS as a file) and, from custom-elements.json, the
// editor data and the JSX and Vue types (scripts/integrations.js).
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {basename} from 'node:path';
import {build} from 'esbuild';
import {minify} from 'terser';
import {run} from './run.js';
import {lecCss} from './lec-css.js';
import {withOriginalSources} from './original-sources.js';
import {shrinkPlugin} from './shrink.js';

rmSync('dist', {recursive: true, force: true});

if ((await run('npx', ['tsc', '-p', 'tsconfig.json'])) !== 0) process.exit(1);

const shared = {
  plugins: [withOriginalSources(shrinkPlugin)],
  entryPoints: ['src/lec.ts'],
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

// V8's explicit compile hint (Chrome 136+; a comment elsewhere): nearly every function of a
// bundle runs while the page loads, so V8 compiles them all on a background thread as the file
// streams in, instead of one by one on the main thread at their first call. At 4x CPU
// throttling it shortened the demo's load tasks by about a third (npm run bench, load-tasks).
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

// Both bundles are one guarded script: a second copy on the page (the other bundle, another
// URL, another version) finds the first one's exports on globalThis and evaluates nothing.
// Evaluating Lit twice would also break pages whose CSP allows one 'lit-html' Trusted Types
// policy, and two copies of the localization runtime would fight over <html lang>.
// esbuild's ES module output is wrapped by hand rather than built as an IIFE: its IIFE
// exports through a getter per name and a helper, about 100 B gzip more.
// Two one-tag bundles, each as an ES module and a classic script: dist/lec.js from src/lec.ts,
// and dist/lec.ssr.js from src/ssr.ts, the same plus Lit's hydration for prerendered pages.
for (const [entry, name] of [['src/lec.ts', 'lec'], ['src/ssr.ts', 'lec.ssr']]) {
  const esm = await build({...shared, entryPoints: [entry], format: 'esm', write: false, sourcemap: 'external', outfile: `dist/${name}.js`});
  const code = esm.outputFiles.find((f) => f.path.endsWith('.js')).text;
  const map = esm.outputFiles.find((f) => f.path.endsWith('.map')).text;
  const exportList = /export\{([^}]*)\};\s*$/.exec(code);
  if (!exportList) throw new Error('Unexpected end of the esbuild ES module output.');
  const exports = exportList[1].split(',').map((entry) => {
    const [local, name = local] = entry.split(' as ');
    return {local, name};
  });
  // The guard goes on a line of its own, so every mapping keeps its column and moves down one
  // line (a leading ';' in the map); the export list at the end has no mappings.
  const body = `${code.slice(0, exportList.index)}return{${exports.map((e) => `${e.name}:${e.local}`).join(',')}}`;
  const guarded = `var LecElements=globalThis.__sjtuLecElements??=(()=>{\n${body}})();`;
  const guardedMap = JSON.stringify({...JSON.parse(map), mappings: `;${JSON.parse(map).mappings}`});
  const bundles = {
    [`dist/${name}.iife.js`]: guarded,
    [`dist/${name}.js`]: `${guarded}\nexport const {${exports.map((e) => e.name).join(', ')}} = LecElements;\n`,
  };

  for (const [file, source] of Object.entries(bundles)) {
    // terser after esbuild: its repeated compress passes save about 1 KB gzip more.
    const base = file.slice('dist/'.length);
    const result = await minify(source, {
      ecma: 2022,
      module: !file.endsWith('.iife.js'),
      compress: {passes: 3},
      mangle: true,
      format: {comments: false, preamble: COMPILE_HINT},
      // includeSources: the map carries the sources (ours, Lit's, qrcode's), none of which ships.
      sourceMap: {content: guardedMap, url: `${base}.map`, includeSources: true},
    });
    writeFileSync(file, result.code);
    writeFileSync(`${file}.map`, result.map);
    // The bundles must be self-contained: one request, nothing lazy-loaded.
    if (/\bimport\s*\(|\bimport\s*[{*\w][^;]*\bfrom\s*["']/.test(result.code)) {
      console.error(`${file} still imports another file; the one-tag bundle must be one file.`);
      process.exit(1);
    }
  }
}
// src/ssr.ts is only the entry of dist/lec.ssr.js: its compiled module goes, and the bundle's
// types are lec.js's (written below; Lit's hydration support adds no exports).
for (const file of ['dist/ssr.js', 'dist/ssr.js.map', 'dist/ssr.d.ts']) rmSync(file, {force: true});

// The prerenderer (Node): one module with the browser bundles' source transforms, so it renders
// exactly the template text dist/lec.ssr.js hydrates (Lit matches templates by a hash of their
// text). Lit, the localization runtime, Lit's SSR and parse5 stay imports, shared with the app.
// tsc's dist/prerender/cli.js imports it as ./prerender.js.
rmSync('dist/prerender/prerender.js.map', {force: true});
await build({
  plugins: [withOriginalSources(shrinkPlugin)],
  entryPoints: ['src/prerender/prerender.ts'],
  outfile: 'dist/prerender/prerender.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  logLevel: 'warning',
  external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*', 'parse5'],
});

// The per-element bundles: an entry per element (src/cdn/), each setting the locale from
// <html lang> before it defines, and chunks shared between them, so a page with only a QR code
// loads only lec-qr.js and its chunks. tsc has compiled src/cdn/ into dist/cdn/ too: those
// modules import the rest of dist/ and are replaced by the bundles; their declarations stay, as
// the bundles' types (they export what the modules did).
for (const file of readdirSync('dist/cdn')) if (!file.endsWith('.d.ts')) rmSync(`dist/cdn/${file}`);
const cdn = await build({
  ...shared,
  entryPoints: ['src/cdn/lec-qr.ts', 'src/cdn/lec-breadcrumb.ts', 'src/cdn/lec-about.ts'],
  outdir: 'dist/cdn',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  sourcemap: 'external',
  write: false,
});
const cdnMaps = new Map(cdn.outputFiles.filter((f) => f.path.endsWith('.map')).map((f) => [f.path, f.text]));
for (const output of cdn.outputFiles.filter((f) => f.path.endsWith('.js'))) {
  const name = basename(output.path);
  const result = await minify(output.text, {
    ecma: 2022,
    module: true,
    compress: {passes: 3},
    mangle: true,
    format: {comments: false, preamble: COMPILE_HINT},
    sourceMap: {content: cdnMaps.get(`${output.path}.map`), url: `${name}.map`, includeSources: true},
  });
  // Self-contained: static imports of sibling chunks only (no bare specifier, nothing lazy).
  const imports = [...result.code.matchAll(/\bimport\s*(?:[{*\w][^;]*?\bfrom\s*)?["']([^"']*)["']|\bimport\s*\(/g)];
  const foreign = imports.filter(([, specifier]) => !/^\.\/chunk-[\w-]+\.js$/.test(specifier ?? ''));
  if (foreign.length) {
    console.error(`dist/cdn/${name} imports ${foreign.map((m) => m[1] ?? 'import()').join(', ')}: only ./chunk-*.js may be.`);
    process.exit(1);
  }
  writeFileSync(`dist/cdn/${name}`, result.code);
  writeFileSync(`dist/cdn/${name}.map`, result.map);
}

// dist/lec.css: the README's pre-upgrade CSS, byte for byte, under a one-line header.
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('dist/lec.css', lecCss(readFileSync('README.md', 'utf8'), version));

// The classic script's types, for a bundler that imports it: no exports, the elements defined.
writeFileSync(
  'dist/lec.iife.d.ts',
  "// dist/lec.iife.js is a classic script: it defines the elements and exports nothing.\nexport type {} from './lec.js';\n"
);
writeFileSync(
  'dist/lec.ssr.d.ts',
  "// dist/lec.ssr.js is dist/lec.js plus Lit's hydration support, with the same exports.\nexport * from './lec.js';\n"
);
writeFileSync(
  'dist/lec.ssr.iife.d.ts',
  "// dist/lec.ssr.iife.js is a classic script: it defines the elements and exports nothing.\nexport type {} from './lec.js';\n"
);

// The editor data and the JSX and Vue types, from custom-elements.json.
if ((await run('node', ['scripts/integrations.js'])) !== 0) process.exit(1);

console.log('Built dist/ (modules, types, maps), dist/lec.js, dist/lec.iife.js, dist/cdn/, dist/lec.css and the integrations.');

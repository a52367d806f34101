// npm run analyze writes custom-elements.json from the JSDoc of the components.
// With --check (npm test, CI): regenerate into a temporary folder and fail if the committed
// manifest differs, or if any element lacks its tagName.
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {run} from './run.js';

export const TAGS = ['lec-about', 'lec-breadcrumb', 'lec-qr'];
const check = process.argv.includes('--check');
// The analyzer takes outdir relative to the project, so the check writes into .cache/.
const outdir = check ? '.cache/cem' : '.';
// The analyzer rewrites package.json's "customElements" to its outdir: keep ours as it is.
const pkg = readFileSync('package.json', 'utf8');
const code = await run('npx', [
  'cem', 'analyze', '--litelement', '--quiet',
  // The base class too, so inherited members (theme) are documented on each element.
  '--globs', 'src/**/*.component.ts', 'src/internal/lec-element.ts',
  '--outdir', outdir,
]);
writeFileSync('package.json', pkg);
if (code !== 0) process.exit(code);

// The analyzer lists modules in the order its file walk meets them, which varies: sort them.
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
if (!check) writeFileSync('custom-elements.json', fresh);
const problems = [];
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement)
  .map((d) => d.tagName)
  .filter(Boolean);
for (const tag of TAGS) {
  if (!tags.includes(tag)) problems.push(`${tag} is missing (is its @tag in the class JSDoc?)`);
}
if (check) {
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    problems.push('custom-elements.json is not there');
  }
  if (committed && committed !== fresh) {
    problems.push('custom-elements.json is stale: run "npm run analyze" and commit it');
  }
  rmSync(outdir, {recursive: true, force: true});
}
if (problems.length) {
  for (const p of problems) console.error(`Manifest: ${p}.`);
  process.exit(1);
}
console.log(`Manifest: ${check ? 'fresh' : 'written'}, tags ${tags.join(', ')}.`);

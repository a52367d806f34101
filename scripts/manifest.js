// npm run analyze writes custom-elements.json from the JSDoc of the components.
// With --check (npm test, CI): regenerate into a temporary folder and fail if the committed
// manifest differs, or if any element lacks its tagName.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {run} from './run.js';

export const TAGS = ['lec-about', 'lec-breadcrumb', 'lec-qr'];
const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'cem-')) : '.';
// The analyzer rewrites package.json's "customElements" to its outdir: keep ours as it is.
const pkg = readFileSync('package.json', 'utf8');
const code = await run('npx', [
  'cem', 'analyze', '--litelement', '--quiet',
  '--globs', 'src/**/*.component.ts',
  '--outdir', outdir,
]);
writeFileSync('package.json', pkg);
if (code !== 0) process.exit(code);

const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
const problems = [];
const tags = JSON.parse(fresh)
  .modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement)
  .map((d) => d.tagName);
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

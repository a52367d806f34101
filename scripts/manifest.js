// npm run analyze writes custom-elements.json from the JSDoc of the components, with the analyzer
// configured (globs, plugins) in custom-elements-manifest.config.mjs.
// With --check (npm test, CI): regenerate into a temporary folder and fail if the committed
// manifest differs, or if any element lacks its tagName or its definition.
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {run} from './run.js';

export const TAGS = ['lec-about', 'lec-breadcrumb', 'lec-qr'];
const check = process.argv.includes('--check');
// The analyzer takes outdir relative to the project, so the check writes into .cache/.
const outdir = check ? '.cache/cem' : '.';
const code = await run('npx', ['cem', 'analyze', '--quiet', '--outdir', outdir]);
if (code !== 0) process.exit(code);

const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
if (!check) writeFileSync('custom-elements.json', fresh);
const problems = [];
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement)
  .map((d) => d.tagName)
  .filter(Boolean);
const defined = manifest.modules
  .flatMap((m) => m.exports ?? [])
  .filter((e) => e.kind === 'custom-element-definition')
  .map((e) => e.name);
for (const tag of TAGS) {
  if (!tags.includes(tag)) problems.push(`${tag} is missing (is its @tag in the class JSDoc?)`);
  if (!defined.includes(tag)) problems.push(`${tag} has no definition (is its registering module analysed?)`);
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

// npm run localize:build: extract messages into locales/*.xlf and build src/generated/.
// With --check (npm test, CI): fail when the XLIFF or src/generated/ is stale, or when any
// translation is missing; lit-localize itself only warns and exits 0.
import {readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {capture} from './run.js';

const check = process.argv.includes('--check');
const xliffs = JSON.parse(readFileSync('lit-localize.json', 'utf8'))
  .targetLocales.map((locale) => `locales/${locale}.xlf`)
  .join(', ');

function snapshot(dirs) {
  const files = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(path, 'utf8'));
    }
  };
  dirs.forEach(walk);
  return files;
}

const before = snapshot(['locales', 'src/generated']);
const problems = [];

const extract = await capture('npx', ['lit-localize', 'extract']);
if (extract.code !== 0) problems.push('lit-localize extract failed.');
const build = await capture('npx', ['lit-localize', 'build']);
if (build.code !== 0) problems.push('lit-localize build failed.');
const missing = build.output.match(/message \S+ is missing/g) ?? [];
if (missing.length) {
  problems.push(`${missing.length} translation(s) missing in ${xliffs} (see the warnings above).`);
}

if (check) {
  const after = snapshot(['locales', 'src/generated']);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (f) => before.get(f) !== after.get(f)
  );
  if (changed.length) {
    problems.push(
      `Stale: ${changed.join(', ')}. Run "npm run localize:build", translate, and commit the result.`
    );
    // Leave the tree as it was, so a check never edits committed files: files it wrote anew
    // (a new locale's) go too.
    for (const [file, text] of before) writeFileSync(file, text);
    for (const file of after.keys()) if (!before.has(file)) rmSync(file);
  }
}

if (problems.length) {
  for (const p of problems) console.error(`Localization: ${p}`);
  process.exit(1);
}
console.log(`Localization: every message is translated in ${xliffs}; XLIFF and src/generated are fresh.`);

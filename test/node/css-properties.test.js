// Every public CSS custom property the elements read (`--lec-*`, not the private `--_lec-*`) is
// documented: in custom-elements.json, which editors, Storybook and the README's tables come from.
// `--lec-space-2` was read by <lec-qr> and by the README's pre-upgrade CSS for months without a
// word of documentation (found in review on 2026-12-04, now `--lec-qr-gap`).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {preUpgradeCss} from '../../scripts/lec-css.js';

const stylesFiles = (dir) =>
  readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && /(\.styles|tokens)\.ts$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name));

test("every --lec-* property the styles and the README's pre-upgrade CSS read is in custom-elements.json", () => {
  const read = new Set();
  const texts = [...stylesFiles('src').map((file) => readFileSync(file, 'utf8')), preUpgradeCss(readFileSync('README.md', 'utf8'))];
  for (const text of texts) {
    for (const [, name] of text.matchAll(/var\(\s*(--lec-[a-z0-9-]+)/g)) read.add(name);
  }
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const documented = new Set(
    manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.cssProperties ?? []).map((p) => p.name)
  );
  assert.ok(read.size > 20, `found only ${read.size} properties: is the pattern still right?`);
  assert.deepEqual([...read].filter((name) => !documented.has(name)).sort(), []);
});

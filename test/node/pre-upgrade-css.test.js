// The demo's copy of the pre-upgrade CSS (the last block of demo/demo.css) is the README's, the
// one source of dist/lec.css: the demo (and the bench, which reads the demo's copy) must show
// what webmasters are told to paste. A merge once left the demo an old rule of fixed height.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {preUpgradeCss} from '../../scripts/lec-css.js';

/** The rules alone: comments dropped, one declaration or brace per line, no indentation. */
const rules = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

test("demo/demo.css's recommended pre-upgrade CSS is the README's, rule for rule", () => {
  const demo = readFileSync('demo/demo.css', 'utf8');
  const marker = demo.indexOf('Recommended pre-upgrade CSS');
  assert.ok(marker >= 0, 'demo/demo.css has no "Recommended pre-upgrade CSS" block');
  const copy = demo.slice(demo.lastIndexOf('/*', marker));
  assert.deepEqual(rules(copy), rules(preUpgradeCss(readFileSync('README.md', 'utf8'))));
});

// Every copy of the pre-upgrade CSS is the README's, the one source of dist/lec.css: the demo's
// (the last block of demo/demo.css; the bench reads it too), the Chinese README's and Storybook's
// installation guide's. Each must show what webmasters are told to paste. A merge once left the
// demo an old rule of fixed height, and the Chinese README and the guide kept that old rule for
// a day after the English README changed.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {cssBlockAfter, preUpgradeCss} from '../../scripts/lec-css.js';

/** The rules alone: comments dropped, one declaration or brace per line, no indentation. */
const rules = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const readme = () => preUpgradeCss(readFileSync('README.md', 'utf8'));

/** The first ```css block in a file's section under `heading`. */
const cssAfter = (file, heading) => cssBlockAfter(readFileSync(file, 'utf8'), heading, file);

test("demo/demo.css's recommended pre-upgrade CSS is the README's, rule for rule", () => {
  const demo = readFileSync('demo/demo.css', 'utf8');
  const marker = demo.indexOf('Recommended pre-upgrade CSS');
  assert.ok(marker >= 0, 'demo/demo.css has no "Recommended pre-upgrade CSS" block');
  const copy = demo.slice(demo.lastIndexOf('/*', marker));
  assert.deepEqual(rules(copy), rules(readme()));
});

test("README.zh-CN.md's pre-upgrade CSS is the README's, rule for rule", () => {
  assert.deepEqual(rules(cssAfter('README.zh-CN.md', '### 脚本加载之前')), rules(readme()));
});

test("Storybook's installation guide gives the README's pre-upgrade CSS, rule for rule", () => {
  assert.deepEqual(rules(cssAfter('stories/installation.mdx', '## Before the script loads')), rules(readme()));
});

// A browser that cannot run the bundle (Safari before 16.4 parses no class static block) must not
// get blank boxes that nothing will fill: the rules that draw empty space (an empty generated box
// with a size: the code's square, the section's height) sit inside @supports (container-type:
// inline-size), which Safari 15 fails, and inside a media query in range syntax, which Safari
// 16.0 to 16.3 fail (it came with the static blocks, in 16.4). Until 2026-12-04 an iPhone 7 kept
// 2,960 px of blank page, and until later that day an iPhone at iOS 16.3 did.
test('the pre-upgrade CSS draws blank space only where the bundle can run', () => {
  const stack = [];
  const blank = [];
  for (const line of rules(readme())) {
    if (line.endsWith('{')) stack.push(line);
    else if (line === '}') stack.pop();
    else if (line === "content: '';") blank.push([...stack]);
  }
  assert.ok(blank.length >= 2, 'the square and the section height');
  for (const blocks of blank) {
    const drawsBox = !blocks.at(-1).includes('::after'); // the section's float-clearing ::after is empty and has no size
    if (!drawsBox) continue;
    assert.equal(blocks[0], '@supports (container-type: inline-size) {', `${blocks.at(-1)} outside the @supports`);
    assert.equal(blocks[1], '@media (width >= 0px) {', `${blocks.at(-1)} outside the range-syntax media query`);
  }
});

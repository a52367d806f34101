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

// A colour in a shorthand with other values (`outline: 2px solid var(--_lec-focus)`) takes the
// whole shorthand down where the browser cannot compute it: a token holds light-dark(), which
// Chrome < 123, Firefox < 120 and Safari < 17.5 cannot, and color-mix() fails to parse before
// Chrome 111. Keyboard users had no focus ring there, the About heading no rule, the "…" button
// the browser's default border (until 2026-12-04). The colour goes in its own longhand, so only it
// falls back. (The browser tests check the ring and the rule with a colour no engine computes.)
test('no colour function or var() shares a border, outline or text-decoration shorthand', () => {
  const shorthand = /^\s*(border(?:-(?:block|inline)(?:-(?:start|end))?|-(?:top|right|bottom|left))?|outline|text-decoration)\s*:\s*([^;]*);/gm;
  const found = [];
  let checked = 0;
  for (const file of stylesFiles('src')) {
    for (const [, property, value] of readFileSync(file, 'utf8').matchAll(shorthand)) {
      checked++;
      const parts = value.trim().split(/\s+(?![^(]*\))/);
      if (parts.length > 1 && /\b(var|color-mix|light-dark)\(/.test(value)) found.push(`${file}: ${property}: ${value}`);
    }
  }
  assert.ok(checked >= 4, `found only ${checked} shorthands: is the pattern still right?`);
  assert.deepEqual(found, []);
});

// Declarations an engine the README supports drops whole, each with the fallback beside it in
// the same rule:
// - `content: '›' / ''` (alternative text, which keeps a separator out of what screen readers
//   read) needs Safari 17.4 and Firefox 128. Safari 16.4 to 17.3 and Firefox 115 to 127 dropped
//   the pre-upgrade trail's separators: "Location: Home About Us" until the script ran, and for
//   good without JavaScript (found in review on 2026-12-05). A plain `content` first.
// - `print-color-adjust` unprefixed needs Chrome 136: Chrome 94 to 135 printed without the About
//   heading's red rule and the code's white when background graphics were off. The
//   `-webkit-print-color-adjust` beside it, which every engine knows.
test('a declaration older supported engines drop has its fallback in the same rule', () => {
  const texts = [
    ...stylesFiles('src').map((file) => [file, readFileSync(file, 'utf8')]),
    ['README.md (pre-upgrade CSS)', preUpgradeCss(readFileSync('README.md', 'utf8'))],
  ];
  const found = [];
  let altTexts = 0;
  let printAdjusts = 0;
  for (const [file, text] of texts) {
    // Each innermost block's declarations: enough for our stylesheets, which nest only at-rules.
    for (const [, body] of text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\{([^{}]*)\}/g)) {
      const declarations = body.split(';').map((d) => d.trim()).filter(Boolean);
      declarations.forEach((declaration, i) => {
        // A slash outside the quoted strings: `content: '/'` is a separator, not alternative text.
        if (/^content\s*:.*\/\s*(''|attr\()/.test(declaration.replace(/'[^']*'|"[^"]*"/g, "''"))) {
          altTexts++;
          if (!declarations.slice(0, i).some((d) => /^content\s*:[^/]*$/.test(d.replace(/'[^']*'|"[^"]*"/g, "''")))) found.push(`${file}: ${declaration} without a plain content before it`);
        }
        if (/^print-color-adjust\s*:/.test(declaration)) {
          printAdjusts++;
          if (!declarations.some((d) => /^-webkit-print-color-adjust\s*:/.test(d))) found.push(`${file}: ${declaration} without -webkit-print-color-adjust`);
        }
      });
    }
  }
  assert.ok(altTexts >= 2 && printAdjusts >= 2, `found ${altTexts} alternative texts and ${printAdjusts} print-color-adjust: is the pattern still right?`);
  assert.deepEqual(found, []);
});

// The Chinese README and Storybook's installation guide repeat the README's code: the snippets
// webmasters paste (script tags, the CSP, the pre-upgrade CSS, npm imports). Each copy must be
// one the README gives now, in a code block or inline for a one-line tag: for a day the Chinese
// README and the guide kept an old rule of the pre-upgrade CSS after the README changed. Shell
// blocks are compared without their comments, which are translated.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

/** Each fenced code block of a Markdown or MDX file: its language and its text. */
const blocks = (text) => [...text.matchAll(/^ *```(\w*)\n([\s\S]*?)^ *```$/gm)].map(([, lang, code]) => ({lang, code}));

/** Code with its layout and, for a shell, its comments dropped: what must match. */
const squash = ({lang, code}) =>
  (lang === 'sh' ? code.replace(/(^|\s)#.*$/gm, '') : code).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();

const readmeText = readFileSync('README.md', 'utf8');
const readme = blocks(readmeText).map(squash);
/** The README's prose too, for a snippet it gives inline (the classic script's tag). */
const readmeProse = readmeText.replace(/\s+/g, ' ');

for (const file of ['README.zh-CN.md', 'stories/installation.mdx']) {
  test(`every code block of ${file} is one of the README's`, () => {
    const copies = blocks(readFileSync(file, 'utf8'));
    assert.ok(copies.length > 3, `${file}: code blocks found`);
    for (const copy of copies) {
      const code = squash(copy);
      assert.ok(
        readme.some((block) => block.includes(code)) || readmeProse.includes(code),
        `${file}: this ${copy.lang || 'plain'} block is not in README.md:\n${copy.code}`
      );
    }
  });
}

// The READMEs' attribute tables ("The elements"): each lists exactly the manifest's attributes of
// its element, `theme` apart (named once for all three), so a new or renamed attribute cannot be
// missing from what webmasters read first.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const attributes = Object.fromEntries(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, (declaration.attributes ?? []).map((a) => a.name).filter((name) => name !== 'theme').sort()])
);
for (const file of ['README.md', 'README.zh-CN.md']) {
  test(`the attribute tables of ${file} list each element's attributes`, () => {
    const text = readFileSync(file, 'utf8');
    for (const [tag, names] of Object.entries(attributes)) {
      const table = new RegExp(`^\\| \`<${tag}>\` \\| \\|\\n\\| --- \\| --- \\|\\n((?:\\|.*\\n)+)`, 'm').exec(text);
      assert.ok(table, `${file}: no attribute table for <${tag}>`);
      const listed = [...table[1].matchAll(/^\| `([a-z-]+)` \|/gm)].map(([, name]) => name).sort();
      assert.deepEqual(listed, names, `${file}: <${tag}>'s attributes`);
    }
  });
}

// The Chinese README's table of console messages quotes a fragment of each: every fragment must
// be in the source as written, or a webmaster searching the console for it finds nothing.
test("every console message the Chinese README quotes is in the source", async () => {
  const {readdirSync} = await import('node:fs');
  const sources = readdirSync('src', {recursive: true})
    .filter((file) => String(file).endsWith('.ts') && !String(file).startsWith('generated'))
    .map((file) => readFileSync(`src/${file}`, 'utf8'))
    .join('\n');
  const text = readFileSync('README.zh-CN.md', 'utf8');
  const table = /^\| 提示原文（片段） \| 含义与处理 \|\n\| --- \| --- \|\n((?:\|.*\n)+)/m.exec(text);
  assert.ok(table, 'README.zh-CN.md: no table of console messages');
  const fragments = [...table[1].matchAll(/^\| `([^`]+)` \|/gm)].map(([, fragment]) => fragment);
  assert.ok(fragments.length >= 10, 'fragments found');
  for (const fragment of fragments) assert.ok(sources.includes(fragment), `not in src/: ${fragment}`);
});

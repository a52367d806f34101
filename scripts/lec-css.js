// dist/lec.css: the pre-upgrade CSS that the README gives webmasters under "Before the script
// loads", as a file to link. The README's block is the one source of the file, and
// test/cdn-bundles.test.ts holds dist/lec.css against it; the breadcrumb's rules also live in
// src/lec-breadcrumb/lec-breadcrumb.styles.ts (PRE_UPGRADE_CSS), which test/lec-breadcrumb.test.ts
// finds in the README, demo/demo.css and the manifest.

/**
 * The first ```css block in the section of a Markdown or MDX `text` whose heading line starts with
 * `heading`, before the next heading; `file` names the text in the error when there is none.
 */
export function cssBlockAfter(text, heading, file) {
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const block = new RegExp(`^${escaped}[^\\n]*\\n(?:(?!^#)[\\s\\S])*?^\`\`\`css\\n([\\s\\S]*?)^\`\`\`$`, 'm').exec(text);
  if (!block) throw new Error(`${file}: no \`\`\`css block under "${heading}".`);
  return block[1];
}

/** The README's pre-upgrade CSS: the first ```css block after "### Before the script loads". */
export const preUpgradeCss = (readme) => cssBlockAfter(readme, '### Before the script loads', 'README.md');

/**
 * The file: `@charset`, a one-line header naming the package and version, then the README's
 * block. The charset comes first (nothing may precede it): a server that sends CSS without one
 * leaves the browser to decode the file in the linking page's encoding, and on a GBK page
 * 当前位置： and 二维码 came out garbled.
 */
export function lecCss(readme, version) {
  return `@charset "UTF-8";\n/* @sjtu-lec/elements ${version}: the pre-upgrade CSS, from the README's "Before the script loads" */\n${preUpgradeCss(readme)}`;
}

/** The first ```css block in the section of `text` under `heading` (a heading line starting with it). */
export function cssBlockAfter(text: string, heading: string, file: string): string;
/** The README's pre-upgrade CSS: the first ```css block after "### Before the script loads". */
export function preUpgradeCss(readme: string): string;
/** The file: a one-line header naming the package and version, then the README's block. */
export function lecCss(readme: string, version: string): string;

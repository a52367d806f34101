// What the toolbar's Locale, Theme and Direction do to a story's page, and the "Show code"
// snippet. Shared by the Storybook preview and test/stories.test.ts, so the tests render every
// story on the page Storybook gives it.
import {setLocale} from '../src/internal/localization.js';
import type {LecLocale} from '../src/internal/localization.js';
import {cssPropertyArgs} from './arg-types.js';

export type StoryTheme = 'light' | 'dark' | 'auto';
export interface StoryGlobals {
  locale?: LecLocale;
  theme?: StoryTheme;
  dir?: 'ltr' | 'rtl';
}

/**
 * Sets up the story's page as a webmaster's page would be: `<html lang>` (the elements follow
 * it), `dir`, and a light, dark or visitor-chosen colour scheme with a matching page background
 * (preview.css). Resolves once the elements can render in the locale.
 */
export async function applyStoryGlobals(
  doc: Document,
  globals: StoryGlobals
): Promise<Required<StoryGlobals>> {
  const page = {
    locale: globals.locale ?? 'en',
    theme: globals.theme ?? 'light',
    dir: globals.dir ?? 'ltr',
  } as const;
  const root = doc.documentElement;
  root.lang = page.locale;
  root.dir = page.dir;
  root.dataset.lecTheme = page.theme;
  await setLocale(page.locale);
  return page;
}

/**
 * The locale a story renders in: the toolbar's, from the story context. Without one (the tests
 * call a story's render with its args alone), the page's, which the same globals have set.
 */
export function storyLocale(context?: {globals?: StoryGlobals}): LecLocale {
  const locale =
    context?.globals?.locale ??
    (typeof document === 'undefined' ? 'en' : document.documentElement.lang);
  return locale.startsWith('zh') ? 'zh-Hans' : 'en';
}

/**
 * A story's own text (a label, a trail) in the story's locale: on a Chinese page, the Chinese
 * version of a value that is still one of the story's English ones. A value changed in the
 * controls shows as typed, in either locale.
 */
export function inLocale<T>(
  value: T,
  locale: LecLocale,
  translations: readonly (readonly [en: T, zh: T])[]
): T {
  if (locale !== 'zh-Hans') return value;
  const json = JSON.stringify(value);
  const found = translations.find(([en]) => JSON.stringify(en) === json);
  return found ? found[1] : value;
}

/**
 * The parameters of a Docs page's first story: rendered in the page itself, so the controls on
 * the page change it. The page's other stories each have a frame of their own (one language per
 * document, see preview.ts), and Storybook passes a Docs page's controls into no frame: changed
 * there, they changed nothing a designer could see.
 */
export const DOCS_PRIMARY = {docs: {story: {inline: true}}};

/** The script tag every snippet starts with: the one-tag bundle (README, "For webmasters"). */
export const SCRIPT_TAG =
  '<script type="module" src="https://your.cdn/@sjtu-lec/elements/dist/lec.js"></script>';

interface SnippetContext {
  args: Record<string, unknown>;
  globals: StoryGlobals;
  component?: unknown;
}

/**
 * Lit's rendering keeps the story file's line breaks and indentation inside tags: put each
 * element's start tag on one line, and drop the empty lines between elements.
 */
function tidy(markup: string): string {
  return (
    markup
      .replace(/<[a-z][^>]*>/g, (tag) =>
        tag
          .replace(/\s+/g, ' ')
          .replace(/ >$/, '>')
          // JSON in an attribute reads better in single quotes: items='[{"label": ...}]'.
          .replace(
            /([\w-]+)="([^"']*&quot;[^"']*)"/g,
            (_, name, value) => `${name}='${value.replaceAll('&quot;', '"')}'`
          )
          // Boolean attributes as a webmaster writes them: structured-data, not structured-data="".
          .replace(/ (structured-data|no-qr|download)=""/g, ' $1')
      )
      .replace(/\n\s*(<\/[a-z-]+>)/g, '$1')
      // One element of ours per line.
      .replace(/(<\/lec-[a-z]+>)\s*(?=<lec-)/g, '$1\n')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim())
      .join('\n')
  );
}

const HEADER = '<!-- The page: <html lang=';

/**
 * "Show code": what a webmaster pastes. The story's own markup (Storybook renders it without the
 * decorators), the page's language, the script tag, and any custom property set in the
 * controls as a rule for the page's stylesheet (never a style attribute, which a strict CSP blocks).
 */
export function pasteableSnippet(
  code: string,
  context: SnippetContext
): string {
  // Storybook may pass a snippet through twice (in the story's frame and on the Docs page), and
  // passes an empty one before the story has rendered.
  if (code.startsWith(HEADER) || !code.trim()) return code;
  const lang = context.globals.locale === 'zh-Hans' ? 'zh-CN' : 'en';
  const tag =
    typeof context.component === 'string'
      ? context.component
      : 'lec-about, lec-breadcrumb, lec-qr';
  const tokens = cssPropertyArgs(context.args);
  const css = tokens.length
    ? [
        '',
        "<!-- In the page's stylesheet: -->",
        `<style>\n  ${tag} {\n${tokens.map(([k, v]) => `    ${k}: ${v};`).join('\n')}\n  }\n</style>`,
      ]
    : [];
  return [
    `${HEADER}"${lang}"> (the elements follow it). Once per page: -->`,
    SCRIPT_TAG,
    ...css,
    '',
    tidy(code),
  ].join('\n');
}

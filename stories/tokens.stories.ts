import type {Meta, StoryObj} from '@storybook/web-components';
import {html} from 'lit';
import {ref} from 'lit/directives/ref.js';
import '../src/lec-about/lec-about.js';
import '../src/lec-breadcrumb/lec-breadcrumb.js';
import '../src/lec-qr/lec-qr.js';
import {DOCS_PRIMARY} from '../.storybook/story-page.js';

/** One public design token (a CSS custom property a page may set). */
export interface LecToken {
  /** The custom property. */
  name: `--lec-${string}`;
  /** The element whose own token it is, or `shared` for the design tokens of src/internal/tokens.ts. */
  group: 'shared' | 'lec-breadcrumb' | 'lec-qr' | 'lec-about';
  /** Its value when the page leaves it unset (as in `src/internal/tokens.ts` and `custom-elements.json`). */
  default: string;
  /** One line for the controls table. */
  description: string;
  /**
   * A CSS property that takes the same values: a typed value is checked with `CSS.supports()`
   * against it before it is applied, and `color` gets a colour picker.
   */
  property: string;
  /**
   * Only a length will do (`0.875em`, `14px`, not `small`, `normal` or a percentage): the
   * elements and the pre-upgrade CSS compute with it (`1.5 * var(--lec-breadcrumb-font-size)`),
   * which a keyword the property itself accepts would leave invalid, and a percentage would take
   * of the containing block. Checked in a calc() of border-top-width, which takes lengths only.
   */
  length?: true;
}

const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', " +
  "'Liberation Sans', 'DejaVu Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', " +
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

/** Every public `--lec-*` token: the one list the playground's controls and CSS come from. */
export const TOKENS: readonly LecToken[] = [
  {
    name: '--lec-color-brand',
    group: 'shared',
    default: 'light-dark(#a71e32, #ff8095)',
    description: 'SJTU red: the About heading and its accent rule.',
    property: 'color',
  },
  {
    name: '--lec-color-text',
    group: 'shared',
    default: 'light-dark(#1f2328, #e6e8eb)',
    description: 'Body text, the current entry of the trail and QR captions.',
    property: 'color',
  },
  {
    name: '--lec-color-muted',
    group: 'shared',
    default: 'light-dark(#545b64, #b3bac3)',
    description: 'The trail’s prefix and separators.',
    property: 'color',
  },
  {
    name: '--lec-color-surface',
    group: 'shared',
    default: 'light-dark(transparent, #16181c)',
    description:
      'Background of the About section, in either scheme once set (unset: the page’s own in the light scheme).',
    property: 'color',
  },
  {
    name: '--lec-color-line',
    group: 'shared',
    default: 'light-dark(#d8dce1, #3a3f46)',
    description: 'The rule under the About heading.',
    property: 'color',
  },
  {
    name: '--lec-color-link',
    group: 'shared',
    default: 'light-dark(#a71e32, #ff8095)',
    description:
      'Links in the trail, its “…” button and the QR download button.',
    property: 'color',
  },
  {
    name: '--lec-color-focus',
    group: 'shared',
    default: 'light-dark(#0b57d0, #8ab4f8)',
    description: 'The keyboard focus ring.',
    property: 'color',
  },
  {
    name: '--lec-font-family',
    group: 'shared',
    default: FONT_STACK,
    description:
      'The typeface of all text (by default system fonts; Chinese ones first for Chinese About text).',
    property: 'font-family',
  },
  {
    name: '--lec-font-size',
    group: 'shared',
    default: 'medium',
    description:
      'The base size every size is in em of; use an absolute size such as 18px (medium = the visitor’s own).',
    property: 'font-size',
  },
  {
    name: '--lec-breadcrumb-color',
    group: 'lec-breadcrumb',
    default: 'var(--lec-color-muted)',
    description: 'The colour of the prefix and separators.',
    property: 'color',
  },
  {
    name: '--lec-breadcrumb-link-color',
    group: 'lec-breadcrumb',
    default: 'var(--lec-color-link)',
    description: 'The colour of links and the “…” button.',
    property: 'color',
  },
  {
    name: '--lec-breadcrumb-current-color',
    group: 'lec-breadcrumb',
    default: 'var(--lec-color-text)',
    description: 'The colour of the current entry.',
    property: 'color',
  },
  {
    name: '--lec-breadcrumb-gap',
    group: 'lec-breadcrumb',
    default: '0.375em',
    description: 'The space between entries and separators, as a length.',
    property: 'column-gap',
    length: true,
  },
  {
    name: '--lec-breadcrumb-font-size',
    group: 'lec-breadcrumb',
    default: '0.875em',
    description: 'The font size of the whole trail, as a length (0.875em, 14px).',
    property: 'font-size',
    length: true,
  },
  {
    name: '--lec-breadcrumb-separator',
    group: 'lec-breadcrumb',
    default: "'›'",
    description:
      "The separator, a CSS string such as '/' (plain text is quoted for you); mirrors in right-to-left pages.",
    property: 'content',
  },
  {
    name: '--lec-qr-size',
    group: 'lec-qr',
    default: '8em',
    description: 'The width and height of the code, quiet zone included.',
    property: 'inline-size',
  },
  {
    name: '--lec-qr-color',
    group: 'lec-qr',
    default: '#000',
    description:
      'The colour of the dark modules (keep a contrast of 4:1 or more with the background, or phones miss it).',
    property: 'color',
  },
  {
    name: '--lec-qr-background',
    group: 'lec-qr',
    default: '#fff',
    description:
      'The colour of the light modules and quiet zone; stays light in dark mode.',
    property: 'color',
  },
  {
    name: '--lec-qr-gap',
    group: 'lec-qr',
    default: '0.5em',
    description: 'The space between the code, its caption and the download button.',
    property: 'row-gap',
  },
  {
    name: '--lec-qr-caption-size',
    group: 'lec-qr',
    default: '0.875em',
    description: 'The caption’s font size.',
    property: 'font-size',
  },
  {
    name: '--lec-qr-caption-color',
    group: 'lec-qr',
    default: 'var(--lec-color-text)',
    description: 'The caption’s colour on screen (printed, the caption is dark).',
    property: 'color',
  },
  {
    name: '--lec-qr-message-size',
    group: 'lec-qr',
    default: '0.75em',
    description:
      'The font size of the note shown instead of a code (text too long, image not loaded).',
    property: 'font-size',
  },
  {
    name: '--lec-about-max-width',
    group: 'lec-about',
    default: '72em',
    description: 'The widest the section grows.',
    property: 'max-inline-size',
  },
  {
    name: '--lec-about-gap',
    group: 'lec-about',
    default: '2em',
    description: 'The space between the text and the QR codes.',
    property: 'column-gap',
  },
  {
    name: '--lec-about-padding',
    group: 'lec-about',
    default: '1.5em 1.25em',
    description: 'The padding of the section.',
    property: 'padding',
  },
  {
    name: '--lec-about-heading-color',
    group: 'lec-about',
    default: 'var(--lec-color-brand)',
    description: 'The heading’s colour; SJTU red by default.',
    property: 'color',
  },
  {
    name: '--lec-about-heading-font-size',
    group: 'lec-about',
    default: 'clamp(1.375em, 1.125em + 1.25cqi, 1.75em)',
    description:
      'The heading’s font size; by default it grows with the section’s width.',
    property: 'font-size',
  },
  {
    name: '--lec-about-text-font-size',
    group: 'lec-about',
    default: '1em',
    description: 'The font size of the paragraphs.',
    property: 'font-size',
  },
  {
    name: '--lec-about-line-height',
    group: 'lec-about',
    default: '1.7',
    description:
      'The line height of the paragraphs (1.8 by default in Chinese).',
    property: 'line-height',
  },
  {
    name: '--lec-about-measure',
    group: 'lec-about',
    default: '40em',
    description:
      'The longest line of the paragraphs (38em, about 38 characters, in Chinese).',
    property: 'max-inline-size',
  },
];

/**
 * Controls' values, keyed by token name without its leading `--` (the controls show the full
 * name): the preview's own handling of `--` args does not touch them, so the playground alone
 * checks and applies them. Empty or missing means "the default".
 */
type PlaygroundArgs = Partial<Record<string, string | number>>;
const argKey = (token: LecToken) => token.name.slice(2);

/** The rule a designer copies: the three tags, so the tokens reach every element on the page. */
const SELECTOR = 'lec-about,\nlec-breadcrumb,\nlec-qr';

const UI = {
  en: {
    cssHeading: 'CSS for your stylesheet',
    unchanged:
      '/* Every token is at its default: change a control to get its CSS here. */',
    copy: 'Copy CSS',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the text and copy it.',
    ignored: (name: string, value: string, property: string) =>
      `Not applied: ${name}: ${value} is not a valid ${property} value.`,
    trailLabel: 'Breadcrumb (standalone)',
    aboutUs: 'About Us',
    page: 'About SJTU LEC',
  },
  'zh-Hans': {
    cssHeading: '复制到样式表的 CSS',
    unchanged: '/* 所有变量均为默认值：修改控件后，这里显示相应的 CSS。 */',
    copy: '复制 CSS',
    copied: '已复制。',
    copyFailed: '无法复制：请选中文字后复制。',
    ignored: (name: string, value: string, property: string) =>
      `未应用：${name}: ${value} 不是有效的 ${property} 值。`,
    trailLabel: '面包屑导航（单独示例）',
    aboutUs: '关于我们',
    page: '学院简介',
  },
};
type Ui = (typeof UI)['en'];

const uiFor = (locale: string | undefined) =>
  locale?.toLowerCase().startsWith('zh') ? UI['zh-Hans'] : UI.en;
const langOf = (ui: Ui) => (ui === UI.en ? 'en' : 'zh-Hans');

/** `'/'` stays as it is; `/` becomes `'/'`, so the separator control takes plain text too. */
function asCssString(value: string) {
  if (/^(['"]).*\1$/s.test(value)) return value;
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

interface Resolved {
  /** The tokens to set: given a value, and valid. */
  set: [name: string, value: string][];
  /** The tokens whose value the browser would not accept, with the property they were checked as. */
  invalid: [name: string, value: string, property: string][];
}

/**
 * Reads the controls: only an empty one means the default. A value is set even when it reads
 * like a default: the defaults depend on the language (in Chinese the About text has a line
 * height of 1.8, a measure of 38em and Chinese fonts first, and the trail and codes keep the
 * Latin-first fonts), and the CSS goes into a stylesheet every language of the site shares.
 */
function resolve(args: PlaygroundArgs): Resolved {
  const result: Resolved = {set: [], invalid: []};
  for (const token of TOKENS) {
    // Controls give strings; a value from the URL may be a number (a line height).
    let value = String(args[argKey(token)] ?? '').trim();
    if (!value) continue;
    if (token.property === 'content') value = asCssString(value);
    // No CSSOM outside a browser (Storybook's docs extraction): accept the value as typed.
    const ok =
      typeof CSS === 'undefined' ||
      (CSS.supports(token.property, value) &&
        (!token.length || value === '0' || CSS.supports('border-top-width', `calc(${value} * 1.5)`)));
    if (ok) result.set.push([token.name, value]);
    else result.invalid.push([token.name, value, token.length ? 'length' : token.property]);
  }
  return result;
}

/** The CSS shown under the elements and copied by the button. */
function cssFor({set}: Resolved, ui: Ui) {
  if (!set.length) return ui.unchanged;
  const lines = set.map(([name, value]) => `  ${name}: ${value};`);
  return `${SELECTOR} {\n${lines.join('\n')}\n}`;
}

/** Applies the tokens through the CSSOM (no style attribute string, so a strict CSP allows it). */
const applyTokens = (set: Resolved['set']) => (el?: Element) => {
  if (!el) return;
  const style = (el as HTMLElement).style;
  const values = new Map(set);
  for (const {name} of TOKENS) {
    const value = values.get(name);
    if (value === undefined) style.removeProperty(name);
    else style.setProperty(name, value);
  }
};

/** A new rendering (the tokens changed) clears "Copied.", which was about the CSS before. */
const clearStatus = () => (el?: Element) => {
  if (el) el.textContent = '';
};

/** Each rendering gets its own ids, so two playgrounds on one page never share a heading id. */
let instances = 0;

async function copyCss(event: Event, text: string, ui: Ui) {
  const button = event.currentTarget as HTMLButtonElement;
  const status = button.parentElement!.querySelector('.lec-sb-status')!;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = ui.copied;
  } catch {
    status.textContent = ui.copyFailed;
  }
}

function playground(args: PlaygroundArgs, locale: string | undefined) {
  const ui = uiFor(locale);
  const resolved = resolve(args);
  const css = cssFor(resolved, ui);
  const id = `lec-sb-css-${++instances}`;
  return html`<div class="lec-sb-playground">
    <div class="lec-sb-preview" ${ref(applyTokens(resolved.set))}>
      <!-- Named apart from the trail inside <lec-about>: two landmarks, two names. -->
      <lec-breadcrumb label=${ui.trailLabel}
        ><a href="#about-us">${ui.aboutUs}</a
        ><span>${ui.page}</span></lec-breadcrumb
      >
      <lec-qr value="https://lec.sjtu.edu.cn/"></lec-qr>
      <lec-about about-us-href="#about-us"></lec-about>
    </div>
    <section class="lec-sb-css" lang=${langOf(ui)} aria-labelledby=${id}>
      <h2 class="lec-sb-css-heading" id=${id}>${ui.cssHeading}</h2>
      <!-- CSS reads left to right, also on a right-to-left page. -->
      <pre dir="ltr"><code>${css}</code></pre>
      ${
        resolved.invalid.length
          ? html`<ul class="lec-sb-invalid">
              ${resolved.invalid.map(
                ([name, value, property]) =>
                  html`<li>${ui.ignored(name, value, property)}</li>`
              )}
            </ul>`
          : ''
      }
      <div class="lec-sb-actions">
        <button
          type="button"
          class="lec-sb-button"
          @click=${(e: Event) => copyCss(e, css, ui)}
        >
          ${ui.copy}
        </button>
        <span class="lec-sb-status" role="status" ${ref(clearStatus())}></span>
      </div>
    </section>
  </div>`;
}

/** What "Show code" gives: the CSS, then the markup, both ready to paste into a page. */
function snippet(args: PlaygroundArgs, locale: string | undefined) {
  const ui = uiFor(locale);
  const resolved = resolve(args);
  const lang = ui === UI.en ? 'en' : 'zh-CN';
  return [
    `<!-- The page: <html lang="${lang}"> (the elements follow it). Once per page: -->`,
    '<script type="module" src="https://your.cdn/@sjtu-lec/elements/dist/lec.js"></script>',
    '',
    ...(resolved.set.length
      ? [
          "<!-- In the page's stylesheet: -->",
          `<style>\n${cssFor(resolved, ui)}\n</style>`,
          '',
        ]
      : []),
    `<lec-breadcrumb label="${ui.trailLabel}"><a href="#about-us">${ui.aboutUs}</a><span>${ui.page}</span></lec-breadcrumb>`,
    '<lec-qr value="https://lec.sjtu.edu.cn/"></lec-qr>',
    '<lec-about about-us-href="#about-us"></lec-about>',
  ].join('\n');
}

const shorten = (list: string) => {
  const items = list.split(/,\s*/);
  return `${items[0]}, …, ${items[items.length - 1]}`;
};

const presetColors = (value: string) => value.match(/#[0-9a-f]{3,8}\b/gi) ?? [];

const CATEGORY: Record<LecToken['group'], string> = {
  shared: 'Shared tokens (all three elements)',
  'lec-breadcrumb': '<lec-breadcrumb>',
  'lec-qr': '<lec-qr>',
  'lec-about': '<lec-about>',
};

const meta: Meta<PlaygroundArgs> = {
  title: 'Design/Token playground',
  tags: ['autodocs'],
  excludeStories: ['TOKENS'],
  argTypes: Object.fromEntries(
    TOKENS.map((token) => [
      argKey(token),
      {
        name: token.name,
        description: token.description,
        control:
          token.property === 'color'
            ? {type: 'color', presetColors: presetColors(token.default)}
            : {type: 'text'},
        table: {
          category: CATEGORY[token.group],
          type: {
            summary:
              token.property === 'color'
                ? 'color'
                : token.length
                  ? 'a length'
                  : `a value for ${token.property}`,
          },
          // A long default (the font stack) folds away behind its first and last entries.
          defaultValue:
            token.default.length > 48
              ? {summary: shorten(token.default), detail: token.default}
              : {summary: token.default},
        },
      },
    ])
  ),
  render: (args, context) => playground(args, context?.globals?.locale),
  parameters: {
    docs: {
      // Each Docs-page story has its own frame: tall enough for the whole playground.
      story: {iframeHeight: 2000},
      source: {
        transform: (
          _code: string,
          context: {args: PlaygroundArgs; globals?: {locale?: string}}
        ) => snippet(context.args, context.globals?.locale),
      },
    },
  },
};
export default meta;
type Story = StoryObj<PlaygroundArgs>;

/**
 * Change any token in the controls and the trail, the code and the About section follow at
 * once. Under them is the CSS for the tokens you changed, ready for the site's stylesheet;
 * an empty control means the default. Switch the toolbar's theme to dark to see the colours
 * that follow the scheme (unset, the surface colour only shows in dark).
 */
export const Playground: Story = {parameters: DOCS_PRIMARY};

/** The same playground on a Chinese page: the Chinese text has its own defaults for line height and measure. */
export const PlaygroundChinese: Story = {
  globals: {locale: 'zh-Hans'},
  parameters: {docs: {story: {iframeHeight: 1400}}},
  render: (args, context) =>
    playground(args, context?.globals?.locale ?? 'zh-Hans'),
};

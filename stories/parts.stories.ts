import type {Meta, StoryObj} from '@storybook/web-components';
import {html} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import '../src/lec-about/lec-about.js';
import '../src/lec-breadcrumb/lec-breadcrumb.js';
import '../src/lec-qr/lec-qr.js';
import {SCRIPT_TAG, storyLocale} from '../.storybook/story-page.js';
import type {StoryGlobals} from '../.storybook/story-page.js';
import type {LecLocale} from '../src/internal/localization.js';

/** The rules' comments, in the story's language; the rules themselves are the same in both. */
const COMMENTS = {
  en: [
    'The trail: each link a pill, the current page in bold, red separators.',
    'The section as a card, its heading with a thicker rule.',
    'Each code with rounded corners and a caption in bold.',
  ],
  'zh-Hans': [
    '面包屑导航：每个链接显示为胶囊形，当前页面加粗，分隔符为红色。',
    '整个栏目显示为卡片，标题下的横线加粗。',
    '二维码圆角，说明文字加粗。',
  ],
} satisfies Record<LecLocale, [trail: string, section: string, codes: string]>;

/**
 * A site's own look beyond the tokens: rules for the elements' CSS parts (`::part()`, listed
 * in each element's Docs table under "CSS Shadow Parts"). Scoped to a class of the page, as a
 * site scopes its theme; here that class is on the story's wrapper, so the rules go when the
 * story does. The same text is applied and shown, so what a designer copies is what they saw.
 * The comments are in the locale's language.
 */
const partsCss = ([trail, section, codes]: readonly string[]) => `/* ${trail} */
.my-site lec-breadcrumb::part(link) {
  padding: 0.125em 0.625em;
  border-radius: 999px;
  background: light-dark(#f6e7ea, #3b2329);
  text-decoration: none;
}
.my-site lec-breadcrumb::part(link):hover {
  text-decoration: underline;
}
.my-site lec-breadcrumb::part(current) {
  font-weight: 600;
}
.my-site lec-breadcrumb::part(separator) {
  color: light-dark(#a71e32, #ff8095);
}

/* ${section} */
.my-site lec-about::part(base) {
  border: 1px solid light-dark(#d8dce1, #3a3f46);
  border-radius: 1rem;
}
.my-site lec-about::part(heading) {
  border-block-end-width: 2px;
  letter-spacing: 0.01em;
}

/* ${codes} */
.my-site lec-qr::part(code) {
  border-radius: 0.5rem;
  box-shadow: 0 0 0 1px light-dark(#d8dce1, #3a3f46);
}
.my-site lec-qr::part(caption) {
  font-weight: 600;
}`;

export const PARTS_CSS = {
  en: partsCss(COMMENTS.en),
  'zh-Hans': partsCss(COMMENTS['zh-Hans']),
} satisfies Record<LecLocale, string>;

const TEXT = {
  en: {
    home: 'Home',
    aboutUs: 'About Us',
    page: 'About SJTU LEC',
    website: 'Website',
    sjtu: 'SJTU',
    cssHeading: 'The CSS for the site’s stylesheet',
  },
  'zh-Hans': {
    home: '首页',
    aboutUs: '关于我们',
    page: '学院简介',
    website: '学院网站',
    sjtu: '上海交通大学',
    cssHeading: '复制到网站样式表的 CSS',
  },
} satisfies Record<LecLocale, Record<string, string>>;

/**
 * The section with its own trail and codes in its slots: they are the page's elements, so the
 * page's `::part()` rules reach them. (The trail and code the section makes itself sit in its
 * shadow root, where the page's rules do not reach; the tokens do.)
 */
const markup = (locale: LecLocale) => {
  const t = TEXT[locale];
  return `<lec-about about-us-href="#about-us">
  <lec-breadcrumb slot="breadcrumb"><a href="#home">${t.home}</a><a href="#about-us">${t.aboutUs}</a><span>${t.page}</span></lec-breadcrumb>
  <lec-qr slot="qr" value="https://lec.sjtu.edu.cn/" caption="${t.website}"></lec-qr>
  <lec-qr slot="qr" value="https://www.sjtu.edu.cn/" caption="${t.sjtu}"></lec-qr>
</lec-about>`;
};

const meta: Meta = {
  title: 'Design/Styling with parts',
  excludeStories: ['PARTS_CSS'],
  parameters: {
    docs: {
      story: {iframeHeight: 1500},
      source: {
        transform: (_code: string, context: {globals?: StoryGlobals}) => {
          const locale = storyLocale(context);
          return [
            `<!-- The page: <html lang="${locale === 'zh-Hans' ? 'zh-CN' : 'en'}"> (the elements follow it). Once per page: -->`,
            SCRIPT_TAG,
            '',
            "<!-- In the site's stylesheet: -->",
            `<style>\n${PARTS_CSS[locale]}\n</style>`,
            '',
            `<div class="my-site">\n${markup(locale)}\n</div>`,
          ].join('\n');
        },
      },
    },
  },
  render: (_args, context) => {
    const locale = storyLocale(context);
    // Our own constants, never a visitor's text: unsafeHTML only so the markup shown under
    // "Show code" and the markup rendered are one string.
    return html`<div class="lec-sb-playground">
      ${unsafeHTML(`<style>${PARTS_CSS[locale]}</style>`)}
      <div class="my-site lec-sb-preview">${unsafeHTML(markup(locale))}</div>
      <section
        class="lec-sb-css"
        lang=${locale}
        aria-labelledby="lec-sb-parts-css"
      >
        <h2 class="lec-sb-css-heading" id="lec-sb-parts-css">
          ${TEXT[locale].cssHeading}
        </h2>
        <!-- CSS reads left to right, also on a right-to-left page. -->
        <pre dir="ltr"><code>${PARTS_CSS[locale]}</code></pre>
      </section>
    </div>`;
  },
};
export default meta;
type Story = StoryObj;

/**
 * A site that restyles the elements with `::part()`: the trail's links as pills, the section as
 * a card, the codes with rounded corners. The elements' tokens (see the Token playground) set
 * colours, sizes and fonts; parts are for the rest. The page's rules reach the trail and codes
 * the page puts into the section's slots, not the ones the section makes itself.
 */
export const Restyled: Story = {};

/** The same on a Chinese page. */
export const RestyledChinese: Story = {globals: {locale: 'zh-Hans'}};

/** On a dark page: the rules' colours follow the page's scheme through `light-dark()`. */
export const RestyledDark: Story = {globals: {theme: 'dark'}};

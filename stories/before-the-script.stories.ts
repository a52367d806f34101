import type {Meta, StoryObj} from '@storybook/web-components';
import {html} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import '../src/lec-about/lec-about.js';
import '../src/lec-breadcrumb/lec-breadcrumb.js';
import '../src/lec-qr/lec-qr.js';
import {storyLocale} from '../.storybook/story-page.js';
import type {LecLocale} from '../src/internal/localization.js';

/** The page's text properties in both columns: unusual ones, as a CMS page may set. */
const HOST_TEXT = 'font: 16px/1.5 Georgia, serif; letter-spacing: 0.04em;';

/**
 * The page of the first column: `lec.css` (as dist/lec.css; Storybook makes it from the README,
 * see .storybook/main.ts), the page's language and colour scheme as the toolbar sets them, and
 * the markup. Relative to the preview, wherever Storybook is served.
 */
function pageBeforeTheScript(markup: string) {
  const root = document.documentElement;
  const theme = root.dataset.lecTheme;
  const scheme = theme === 'dark' ? 'dark' : theme === 'auto' ? 'light dark' : 'light';
  return `<!doctype html><html lang="${root.lang}" dir="${root.dir || 'ltr'}"><meta charset="utf-8">
<link rel="stylesheet" href="dist/lec.css">
<style>
  /* The preview's page colours (.storybook/preview.css). */
  :root { color-scheme: ${scheme}; }
  body { margin: 0; padding: 2px; background: light-dark(Canvas, #16181c); color: light-dark(CanvasText, #e6e8eb); ${HOST_TEXT} }
  lec-qr, lec-breadcrumb, lec-about { outline: 1px dashed #cf222e; }
</style>
<body>${markup}</body></html>`;
}

/** Makes the frame as tall as its page once its stylesheet has loaded, and again once its fonts have. */
function fitFrame(event: Event) {
  const frame = event.target as HTMLIFrameElement;
  const page = frame.contentDocument;
  if (!page) return;
  const fit = () => (frame.style.blockSize = `${page.documentElement.scrollHeight}px`);
  fit();
  void page.fonts.ready.then(fit);
}

const LABELS = {
  en: {
    before: 'Before the script (lec.css only)',
    frame: 'Before the script: the markup and lec.css',
    after: 'After',
  },
  'zh-Hans': {
    before: '脚本加载前（仅 lec.css）',
    frame: '脚本加载前：HTML 与 lec.css',
    after: '脚本加载后',
  },
};

/** The two columns, labelled in the story's locale; `markup` is this file's own, never a visitor's. */
const beforeAndAfter = (markup: string, locale: LecLocale) =>
  html`<div class="lec-sb-before-after">
    <figure>
      <figcaption>${LABELS[locale].before}</figcaption>
      <iframe
        title=${LABELS[locale].frame}
        srcdoc=${pageBeforeTheScript(markup)}
        @load=${fitFrame}
      ></iframe>
    </figure>
    <figure>
      <figcaption>${LABELS[locale].after}</figcaption>
      <div class="lec-sb-after">${unsafeHTML(markup)}</div>
    </figure>
  </div>`;

/**
 * What a visitor sees while the script is on its way, beside what they see once it has run. The
 * first column is a page of its own (a frame) with the markup and `lec.css` (the README's
 * pre-upgrade CSS, "Before the script loads") and no script: the elements are not defined there.
 * The second is the same markup with the elements. Both columns set the same unusual text
 * properties, as a CMS page might (Georgia, wide letter spacing); a dashed outline shows each
 * element's box. The toolbar's Locale and Theme set both pages.
 */
const meta: Meta = {
  title: 'Design/Before the script',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

/**
 * A course list, a code per course: captions of one to three lines in English and Chinese, the
 * default caption (QR code, 二维码 on a Chinese page) and a caption the page gives as an element.
 * Each code keeps its square and its caption's lines: nothing below moves when the codes render.
 */
export const CourseList: Story = {
  parameters: {docs: {story: {iframeHeight: 520}}},
  render: (_args, context) => {
    const locale = storyLocale(context);
    const zh = locale === 'zh-Hans';
    return beforeAndAfter(
      [
        'Introduction to Data Science and Its Practice',
        'Academic Writing',
        '数据科学导论与实践应用（春季学期）',
        'Shanghai: History and Culture of a Modern City, with Walks',
      ]
        .map((caption, i) => `<lec-qr value="https://lec.sjtu.edu.cn/courses/${i + 1}" caption="${caption}"></lec-qr>`)
        .join(' ') +
        ' <lec-qr value="https://lec.sjtu.edu.cn/"></lec-qr>' +
        ` <lec-qr value="https://lec.sjtu.edu.cn/"><b slot="caption">${zh ? '页面自带的说明元素' : 'A caption element of the page'}</b></lec-qr>` +
        `<p>${zh ? '列表之后的文字。' : 'The text after the list.'}</p>`,
      locale
    );
  },
};

/**
 * A trail written as plain links. Before the script it is one line with the prefix (Location:,
 * 当前位置： on a Chinese page) and chevrons; the element keeps that line.
 */
export const Trail: Story = {
  parameters: {docs: {story: {iframeHeight: 160}}},
  render: (_args, context) => {
    const locale = storyLocale(context);
    const [home, aboutUs, page, after] =
      locale === 'zh-Hans'
        ? ['首页', '关于我们', '学院简介', '面包屑导航之后的文字。']
        : ['Home', 'About Us', 'About SJTU LEC', 'The text after the trail.'];
    return beforeAndAfter(
      `<lec-breadcrumb><a href="https://lec.sjtu.edu.cn/">${home}</a><a href="https://lec.sjtu.edu.cn/about/">${aboutUs}</a><span>${page}</span></lec-breadcrumb>` +
        `<p>${after}</p>`,
      locale
    );
  },
};

/**
 * The whole section. Before the script it holds the height of its built-in text in the page's
 * language at the screen's width (lec.css steps it by the width of the screen, not of the
 * column, which a stylesheet cannot read here), so the page below moves little. Its code appears
 * with it, in its place. The prerendered page (`lec.ssr.js`) does not move at all.
 */
export const Section: Story = {
  // The section after the script is long: its frame on the Docs page scrolls.
  parameters: {docs: {story: {iframeHeight: 1000}}},
  render: (_args, context) => {
    const locale = storyLocale(context);
    const [caption, after] =
      locale === 'zh-Hans'
        ? ['学院网站', '栏目之后的文字。']
        : ['Website', 'The text after the section.'];
    return beforeAndAfter(
      `<lec-about><lec-qr slot="qr" value="https://lec.sjtu.edu.cn/" caption="${caption}"></lec-qr></lec-about>` +
        `<p>${after}</p>`,
      locale
    );
  },
};

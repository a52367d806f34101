import type {Meta, StoryObj} from '@storybook/web-components';
import {html, nothing} from 'lit';
import '../src/lec-about/lec-about.js';
import {DOCS_PRIMARY, inLocale, storyLocale} from '../.storybook/story-page.js';

interface AboutArgs {
  heading?: string;
  headingLevel?: number;
  aboutUsHref?: string;
  noQr?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  /** The heading through the `heading` slot (Docs table: Slots). */
  'slot-heading'?: string;
}

const about = (a: AboutArgs, content: unknown = nothing) =>
  html`<lec-about
    heading=${a.heading ?? nothing}
    heading-level=${a.headingLevel ?? nothing}
    about-us-href=${a.aboutUsHref ?? nothing}
    ?no-qr=${a.noQr}
    theme=${a.theme ?? nothing}
    >${a['slot-heading'] ? html`<span slot="heading">${a['slot-heading']}</span>` : nothing}${content}</lec-about
  >`;

const meta: Meta<AboutArgs> = {
  title: 'Elements/lec-about',
  component: 'lec-about',
  tags: ['autodocs'],
  args: {aboutUsHref: '#about-us'},
  parameters: {docs: {story: {iframeHeight: 760}}},
  render: (a) => about(a),
};
export default meta;
type Story = StoryObj<AboutArgs>;

/** The whole section from one tag: trail, heading, the official text and a code for the page. */
export const Default: Story = {parameters: DOCS_PRIMARY};

/** The Chinese edition: the same tag on a Chinese page. */
export const Chinese: Story = {globals: {locale: 'zh-Hans'}};

/** On a phone (320 px): the QR code moves below the text. */
export const Narrow: Story = {
  parameters: {lecFrame: 'phone', docs: {story: {iframeHeight: 1500}}},
};

export const NarrowChinese: Story = {...Narrow, globals: {locale: 'zh-Hans'}};

/** On a dark page the section follows the page's colour scheme (`theme="dark"` would pin it). */
export const Dark: Story = {globals: {theme: 'dark'}};

export const DarkChinese: Story = {globals: {locale: 'zh-Hans', theme: 'dark'}};

/**
 * A CMS theme that is dark by its CSS alone (a dark background, no `color-scheme`): the section
 * sees a light page, so `theme="dark"` pins its dark colours (or the page adds
 * `:root { color-scheme: dark }`). Without either its text would be dark on the dark page; clear
 * the `theme` control to see it. The README's "Dark themes" says the same.
 */
export const DarkThemeByItsCss: Story = {
  args: {theme: 'dark'},
  // The page light as far as colour schemes go, whatever the toolbar: that is the case shown.
  globals: {theme: 'light'},
  render: (a) => html`<div class="lec-sb-dark-cms">${about(a)}</div>`,
};

/** `heading-level="1"` when the section is the page's main content. */
export const CustomHeadingLevel: Story = {args: {headingLevel: 1}};

/** The webmaster's own paragraphs replace the built-in text and keep its styling. */
export const OwnParagraphs: Story = {
  args: {heading: 'Who we are'},
  render: (a, context) => {
    const locale = storyLocale(context);
    const heading = inLocale(a.heading, locale, [['Who we are', '学院概况']]);
    return about(
      {...a, heading},
      locale === 'zh-Hans'
        ? html`<p>
              终身教育学院为处于职业生涯各个阶段的专业人士提供继续教育与国际教育。
            </p>
            <p>
              欢迎到徐汇校区参观，或关注学院微信公众号，了解新闻与课程信息。
            </p>`
        : html`<p>
              The Lifelong Education College offers continuing and international
              education for professionals at every stage of their careers.
            </p>
            <p>
              Visit us on the Xuhui campus, or follow our WeChat account for
              news and courses.
            </p>`
    );
  },
};

/** Any number of `<lec-qr>` in `slot="qr"`, as on the original page. */
export const CustomQrCodes: Story = {
  render: (a, context) => {
    const zh = storyLocale(context) === 'zh-Hans';
    return about(
      a,
      html`<lec-qr
          slot="qr"
          value="https://lec.sjtu.edu.cn/"
          caption=${zh ? '学院网站' : 'Website'}
        ></lec-qr>
        <lec-qr
          slot="qr"
          value="https://www.sjtu.edu.cn/"
          caption=${zh ? '上海交通大学' : 'SJTU'}
        ></lec-qr>`
    );
  },
};

/**
 * A `<lec-breadcrumb>` in `slot="breadcrumb"` replaces the built-in trail, here with a deeper one
 * that starts at the home page.
 */
export const OwnBreadcrumb: Story = {
  render: ({aboutUsHref, ...a}, context) => {
    const zh = storyLocale(context) === 'zh-Hans';
    // The About Us address goes to the page's own trail; the built-in one, which reads it, is replaced.
    return about(
      a,
      html`<lec-breadcrumb slot="breadcrumb"
        ><a href="/">${zh ? '首页' : 'Home'}</a
        ><a href=${aboutUsHref ?? '/about/'}>${zh ? '关于我们' : 'About Us'}</a
        ><span>${zh ? '学院简介' : 'About SJTU LEC'}</span></lec-breadcrumb
      >`
    );
  },
};

/** `no-qr` hides the QR area. */
export const WithoutQr: Story = {args: {noQr: true}};

/**
 * Roughly a printed A4 page: light scheme, no background. The real print styles (no buttons,
 * crisp codes, nothing cut off) apply under print media: open the browser's print preview, or
 * DevTools > Rendering > Emulate CSS media type: print.
 */
export const PrintPreview: Story = {
  args: {theme: 'light'},
  parameters: {lecFrame: 'a4', docs: {story: {iframeHeight: 900}}},
};

import type {Meta, StoryObj} from '@storybook/web-components';
import {html, nothing} from 'lit';
import '../src/lec-about/lec-about.js';

interface AboutArgs {
  heading?: string;
  headingLevel?: number;
  aboutUsHref?: string;
  noQr?: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

const about = (a: AboutArgs, content: unknown = nothing) =>
  html`<lec-about
    heading=${a.heading ?? nothing}
    heading-level=${a.headingLevel ?? nothing}
    about-us-href=${a.aboutUsHref ?? nothing}
    ?no-qr=${a.noQr}
    theme=${a.theme ?? nothing}
    >${content}</lec-about
  >`;

const meta: Meta<AboutArgs> = {
  title: 'Elements/lec-about',
  component: 'lec-about',
  tags: ['autodocs'],
  args: {headingLevel: 2, aboutUsHref: '#about-us', noQr: false},
  argTypes: {
    headingLevel: {control: 'select', options: [1, 2, 3, 4, 5, 6]},
    theme: {control: 'select', options: [undefined, 'light', 'dark', 'auto']},
  },
  render: (a) => about(a),
};
export default meta;
type Story = StoryObj<AboutArgs>;

/** The whole section from one tag: trail, heading, the official text and a code for the page. */
export const Default: Story = {};

/** The Chinese edition: the same tag on a Chinese page. */
export const Chinese: Story = {globals: {locale: 'zh-Hans'}};

/** On a phone (320 px): the QR code moves below the text. */
export const Narrow: Story = {
  render: (a) =>
    html`<div style="inline-size:320px;border:1px dashed #ccc">
      ${about(a)}
    </div>`,
};

export const NarrowChinese: Story = {...Narrow, globals: {locale: 'zh-Hans'}};

/** `theme="dark"` pins the dark scheme for the section and everything in it. */
export const Dark: Story = {
  args: {theme: 'dark'},
  render: (a) =>
    html`<div style="background:#0d0f12;color-scheme:dark;padding:1rem">
      ${about(a)}
    </div>`,
};

export const DarkChinese: Story = {...Dark, globals: {locale: 'zh-Hans'}};

/** `heading-level="1"` when the section is the page's main content. */
export const CustomHeadingLevel: Story = {args: {headingLevel: 1}};

/** The webmaster's own paragraphs replace the built-in text and keep its styling. */
export const OwnParagraphs: Story = {
  args: {heading: 'Who we are'},
  render: (a) =>
    about(
      a,
      html`<p>
          The Lifelong Education College offers continuing and international
          education for professionals at every stage of their careers.
        </p>
        <p>
          Visit us on the Xuhui campus, or follow our WeChat account for news
          and courses.
        </p>`
    ),
};

/** Any number of `<lec-qr>` in `slot="qr"`, as on the original page. */
export const CustomQrCodes: Story = {
  render: (a) =>
    about(
      a,
      html`<lec-qr
          slot="qr"
          value="https://lec.sjtu.edu.cn/"
          caption="Website"
        ></lec-qr>
        <lec-qr
          slot="qr"
          value="https://www.sjtu.edu.cn/"
          caption="SJTU"
        ></lec-qr>`
    ),
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
  render: (a) =>
    html`<div
      style="inline-size:210mm;max-inline-size:100%;box-sizing:border-box;padding:15mm;background:#fff;color:#000;box-shadow:0 0 0 1px #ccc"
    >
      ${about(a)}
    </div>`,
};

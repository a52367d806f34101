import type {Meta, StoryObj} from '@storybook/web-components';
import {html, nothing} from 'lit';
import '../src/lec-qr/lec-qr.js';

interface QrArgs {
  value?: string;
  src?: string;
  caption?: string;
  label?: string;
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
  margin?: number;
  size?: number;
  href?: string;
  logo?: string;
  download?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<QrArgs> = {
  title: 'Elements/lec-qr',
  component: 'lec-qr',
  tags: ['autodocs'],
  args: {value: 'https://lec.sjtu.edu.cn/', errorCorrection: 'M', margin: 4},
  argTypes: {
    errorCorrection: {control: 'select', options: ['L', 'M', 'Q', 'H']},
    theme: {control: 'select', options: [undefined, 'light', 'dark', 'auto']},
    download: {control: 'select', options: [undefined, 'png', 'svg']},
  },
  render: (a) =>
    html`<lec-qr
      value=${a.value ?? nothing}
      src=${a.src ?? nothing}
      caption=${a.caption ?? nothing}
      label=${a.label ?? nothing}
      error-correction=${a.errorCorrection ?? nothing}
      margin=${a.margin ?? nothing}
      size=${a.size ?? nothing}
      href=${a.href ?? nothing}
      logo=${a.logo ?? nothing}
      download=${a.download ?? nothing}
      theme=${a.theme ?? nothing}
    ></lec-qr>`,
};
export default meta;
type Story = StoryObj<QrArgs>;

/** A generated code for a URL, with the default localized caption. */
export const Default: Story = {};

export const DefaultChinese: Story = {globals: {locale: 'zh-Hans'}};

/** Chinese text encodes as UTF-8 and decodes back exactly. */
export const ChineseText: Story = {
  args: {value: '上海交通大学终身教育学院', caption: '学院名称'},
  globals: {locale: 'zh-Hans'},
};

/** An existing image, such as a WeChat account code the college cannot regenerate. */
export const ImageMode: Story = {
  args: {value: undefined, src: '/fixtures/wechat-qr.png', caption: 'WeChat'},
};

export const ImageModeChinese: Story = {
  args: {value: undefined, src: '/fixtures/wechat-qr.png', caption: '微信公众号'},
  globals: {locale: 'zh-Hans'},
};

/** A centre logo forces error correction H and covers at most 9 % of the code. */
export const WithLogo: Story = {args: {logo: '/fixtures/logo.svg', size: 200}};

export const Sizes: Story = {
  render: (a) =>
    html`<div style="display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap">
      ${[96, 128, 192, 256].map(
        (size) => html`<lec-qr value=${a.value ?? nothing} size=${size} caption="${size} px"></lec-qr>`
      )}
    </div>`,
};

export const ErrorCorrectionLevels: Story = {
  render: (a) =>
    html`<div style="display:flex;gap:1rem;flex-wrap:wrap">
      ${(['L', 'M', 'Q', 'H'] as const).map(
        (level) =>
          html`<lec-qr value=${a.value ?? nothing} error-correction=${level} caption="Level ${level}"></lec-qr>`
      )}
    </div>`,
};

/** The quiet zone and light modules stay light on a dark page, so the code still scans. */
export const DarkPage: Story = {
  render: (a) =>
    html`<div style="background:#16181c;color-scheme:dark;padding:1.5rem">
      <lec-qr value=${a.value ?? nothing} theme="dark" download></lec-qr>
    </div>`,
};

export const DarkPageChinese: Story = {...DarkPage, globals: {locale: 'zh-Hans'}};

/** Text that does not fit: a localized message in the same box, and a `lec-qr-error` event. */
export const TooLong: Story = {args: {value: 'x'.repeat(2400)}};

export const TooLongChinese: Story = {args: {value: 'x'.repeat(2400)}, globals: {locale: 'zh-Hans'}};

/** On a phone, tapping the code opens the link. */
export const AsALink: Story = {args: {href: 'https://lec.sjtu.edu.cn/'}};

export const DownloadButton: Story = {args: {download: 'png', caption: 'SJTU LEC'}};

export const DownloadButtonChinese: Story = {args: {download: 'svg'}, globals: {locale: 'zh-Hans'}};

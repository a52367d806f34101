import type {Meta, StoryObj} from '@storybook/web-components';
import {html, nothing} from 'lit';
import '../src/lec-qr/lec-qr.js';
import {DOCS_PRIMARY, inLocale, storyLocale} from '../.storybook/story-page.js';

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
  /** The `caption` slot's text (Docs table: Slots). */
  'slot-caption'?: string;
}

const qr = (a: QrArgs) =>
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
    >${a['slot-caption'] ? html`<span slot="caption">${a['slot-caption']}</span>` : nothing}</lec-qr
  >`;

/** The stories' English captions with their Chinese versions: a story viewed in Chinese shows these. */
const CAPTIONS_ZH = [
  ['WeChat', '微信公众号'],
  ['SJTU LEC', '上海交通大学终身教育学院'],
  ['Scan for the course list', '扫码查看课程列表'],
] as const;

const meta: Meta<QrArgs> = {
  title: 'Elements/lec-qr',
  component: 'lec-qr',
  tags: ['autodocs'],
  args: {value: 'https://lec.sjtu.edu.cn/'},
  parameters: {docs: {story: {iframeHeight: 260}}},
  render: (a, context) => {
    const locale = storyLocale(context);
    return qr({
      ...a,
      caption: inLocale(a.caption, locale, CAPTIONS_ZH),
      'slot-caption': inLocale(a['slot-caption'], locale, CAPTIONS_ZH),
    });
  },
};
export default meta;
type Story = StoryObj<QrArgs>;

/** A generated code for a URL, with the default localized caption. */
export const Default: Story = {parameters: DOCS_PRIMARY};

/** The same tag on a Chinese page: the caption is 二维码. */
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
  args: {
    value: undefined,
    src: '/fixtures/wechat-qr.png',
    caption: '微信公众号',
  },
  globals: {locale: 'zh-Hans'},
};

/** A centre logo forces error correction H and covers at most 9 % of the code. */
export const WithLogo: Story = {
  args: {logo: '/fixtures/logo.svg', size: 200},
  parameters: {docs: {story: {iframeHeight: 300}}},
};

/** `size` in CSS pixels; the caption wraps to the code's width. */
export const Sizes: Story = {
  parameters: {lecFrame: 'row', docs: {story: {iframeHeight: 340}}},
  render: (a) =>
    html`${[96, 128, 192, 256].map((size) => qr({...a, size, caption: `${size} px`}))}`,
};

/** L, M, Q, H: more error correction, more modules, more damage a scanner can survive. */
export const ErrorCorrectionLevels: Story = {
  parameters: {lecFrame: 'row'},
  render: (a, context) => {
    const zh = storyLocale(context) === 'zh-Hans';
    return html`${(['L', 'M', 'Q', 'H'] as const).map((level) =>
      qr({
        ...a,
        errorCorrection: level,
        caption: zh ? `纠错级别 ${level}` : `Level ${level}`,
      })
    )}`;
  },
};

/** On a dark page the quiet zone and light modules stay light, so the code still scans. */
export const DarkPage: Story = {args: {download: ''}, globals: {theme: 'dark'}};

export const DarkPageChinese: Story = {
  ...DarkPage,
  globals: {locale: 'zh-Hans', theme: 'dark'},
};

/** Text that does not fit: a localized message in the same box, and a `lec-qr-error` event. */
export const TooLong: Story = {args: {value: 'x'.repeat(2400)}};

export const TooLongChinese: Story = {
  args: {value: 'x'.repeat(2400)},
  globals: {locale: 'zh-Hans'},
};

/** On a phone, tapping the code opens the link. */
export const AsALink: Story = {args: {href: 'https://lec.sjtu.edu.cn/'}};

export const DownloadButton: Story = {
  args: {download: 'png', caption: 'SJTU LEC'},
  parameters: {docs: {story: {iframeHeight: 300}}},
};

export const DownloadButtonChinese: Story = {
  args: {download: 'svg'},
  globals: {locale: 'zh-Hans'},
  parameters: {docs: {story: {iframeHeight: 300}}},
};

/** The caption through the `caption` slot, where a page can put markup of its own. */
export const CaptionSlot: Story = {
  args: {'slot-caption': 'Scan for the course list'},
};

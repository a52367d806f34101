import type {Meta, StoryObj} from '@storybook/web-components';
import {html} from 'lit';
import '../src/lec-about/lec-about.js';
import '../src/lec-qr/lec-qr.js';

/**
 * The original page as a webmaster pastes it: one `<lec-about>` (trail, heading and the four
 * paragraphs are its built-in text, in the page's language) and the page's two codes, both
 * captioned 二维码 as on the original, the first generated from the college's address and the
 * second an existing image.
 */
const originalPage = () =>
  html`<lec-about>
    <lec-qr
      slot="qr"
      value="https://lec.sjtu.edu.cn/"
      caption="二维码"
    ></lec-qr>
    <lec-qr slot="qr" src="/fixtures/wechat-qr.png" caption="二维码"></lec-qr>
  </lec-about>`;

const meta: Meta = {
  title: 'Design/Original page',
  tags: ['autodocs'],
  render: () => originalPage(),
  // Each Docs-page story has its own frame: tall enough for the whole page.
  parameters: {docs: {story: {iframeHeight: 1600}}},
};
export default meta;
type Story = StoryObj;

/**
 * The About page of the college's English site, rebuilt from the original: the trail
 * "Location:About Us > About SJTU LEC", the heading "About SJTU LEC", the four paragraphs of the
 * official text, and two QR codes, both captioned 二维码 even on the English page.
 *
 * Where ours differs on purpose:
 * - The trail is a navigation landmark named "Breadcrumb", with the current page marked for
 *   screen readers; "Location:" is followed by a little space, and the entries are separated by a
 *   `›` chevron that screen readers skip and that mirrors on right-to-left pages, instead of `>`.
 *   "About Us" becomes a link once the page sets `about-us-href` (left out here, as the original
 *   gives no address).
 * - The heading is an `h2` (set `heading-level` to fit the page's outline) with an SJTU-red
 *   accent rule.
 * - The codes stand beside the text on a wide screen and move below it on a narrow one; the
 *   generated code is sharp SVG at any zoom, and screen readers hear its caption and the
 *   address it encodes.
 * - The captions are kept as 二维码 to match the original. On a real English page leave
 *   `caption` out (it then reads "QR code", and 二维码 in Chinese) or say what each code is, as
 *   the demo does ("Website", "WeChat").
 * - The image code is our test image (`/fixtures/wechat-qr.png`), standing in for the page's own.
 */
export const OriginalEnglish: Story = {};

/**
 * The same markup on the Chinese page (`<html lang="zh-CN">`): the trail "当前位置：关于我们 ›
 * 学院简介", the heading 学院简介 and the official Chinese text come from the element; the
 * captions are the page's own 二维码. Chinese text gets Chinese typography: Chinese system fonts
 * first, a taller line height (1.8) and a shorter line (38em, about 38 characters).
 */
export const OriginalChinese: Story = {
  globals: {locale: 'zh-Hans'},
  parameters: {docs: {story: {iframeHeight: 1000}}},
};

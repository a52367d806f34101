import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {create} from 'qrcode/lib/core/qrcode.js';
import '../src/lec-about/lec-about.js';
import '../src/lec-qr/lec-qr.js';
import type {LecQr} from '../src/lec-qr/lec-qr.js';
import {captureConsole, decodeQr, idle, nextFrame, pngToImageData, screenshot, setLocale, setViewport, visualDiff} from './helpers.js';

const part = (el: LecQr, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const codeImg = (el: LecQr) => el.shadowRoot!.querySelector('[role="img"]')!;
/** The symbol's side in modules, encoded as the element does (one byte-mode segment). */
const modulesFor = (value: string, level: 'L' | 'M' | 'Q' | 'H' = 'M') =>
  create([{data: value, mode: 'byte'}], {errorCorrectionLevel: level}).modules.size;
const viewBoxSide = (el: LecQr) =>
  Number(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);

/** Renders a code big enough for whole pixels per module, photographs it and decodes it. */
async function renderAndDecode(value: string, level = 'M') {
  const modules = modulesFor(value, level as 'M') + 8;
  const el = await fixture<LecQr>(
    html`<lec-qr value=${value} error-correction=${level} size=${modules * 3}></lec-qr>`
  );
  // The symbol of this level: a code silently made at another level can still decode.
  expect(viewBoxSide(el), `the symbol's side at level ${level}`).to.equal(modules);
  return decodeQr(await screenshot(part(el, 'code')!));
}

/** The longest text that fits at a level: Chinese (3 bytes each) padded with ASCII. */
function longest(bytes: number) {
  const chinese = '终身教育'.repeat(Math.floor(bytes / 12 / 2));
  return chinese + 'x'.repeat(bytes - new TextEncoder().encode(chinese).length);
}

describe('<lec-qr>', () => {
  before(() => setLocale('en'));
  afterEach(() => setLocale('en'));

  describe('by default', () => {
    let el: LecQr;
    beforeEach(async () => {
      el = await fixture<LecQr>(html`<lec-qr value="https://www.sjtu.edu.cn/"></lec-qr>`);
    });

    it('upgrades to a LecQr', () => {
      expect(el).to.be.instanceOf(customElements.get('lec-qr')!);
    });

    it('renders one crisp SVG path inside a figure with a caption', () => {
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(svg.querySelectorAll('path')).to.have.length(1);
      expect(getComputedStyle(svg).shapeRendering).to.equal('crispedges');
      expect(part(el, 'base')!.localName).to.equal('figure');
      expect(part(el, 'caption')!.localName).to.equal('figcaption');
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('QR code');
    });

    it('has every documented part', () => {
      for (const name of ['base', 'code', 'svg', 'caption']) expect(part(el, name), name).to.exist;
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('names the code by its caption and what it encodes, and hides the matrix', () => {
      expect(codeImg(el).getAttribute('aria-label')).to.equal('QR code: https://www.sjtu.edu.cn/');
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('is 8em (128 px at the default text size) wide and square, with a 4-module quiet zone', async () => {
      const box = part(el, 'code')!.getBoundingClientRect();
      expect(box.width).to.equal(128);
      expect(box.height).to.equal(128);
      const svg = el.shadowRoot!.querySelector('svg')!;
      const side = viewBoxSide(el);
      const modules = modulesFor('https://www.sjtu.edu.cn/', 'M');
      expect(side).to.equal(modules + 8);
      expect(svg.querySelector('path')!.getAttribute('transform')).to.equal('translate(4 4)');
    });

    it('decodes back to its value', async () => {
      expect(decodeQr(await screenshot(part(el, 'code')!))).to.equal('https://www.sjtu.edu.cn/');
    });

    it('re-encodes only when what it encodes changes', async () => {
      const internals = el as unknown as {encoded: unknown};
      const before = internals.encoded;
      el.caption = 'WeChat';
      el.size = 200;
      await el.updateComplete;
      expect(internals.encoded).to.equal(before);
      el.value = 'https://lec.sjtu.edu.cn/';
      await el.updateComplete;
      expect(internals.encoded).not.to.equal(before);
    });

    it('matches its visual baseline', async () => {
      await visualDiff(el, 'lec-qr-default');
    });
  });

  describe('decoding with a real decoder', () => {
    before(() => setViewport({width: 1000, height: 1000}));
    const values = [
      'https://www.sjtu.edu.cn/about?x=1&y=2#part',
      '上海交通大学终身教育学院',
      'Emoji 🎓📚 and more 👩‍🎓',
      `"quotes" 'apostrophes' <b>angle</b> & ampersand`,
      '12345678901234567890',
      'HELLO WORLD $%*+-./:',
    ];
    for (const value of values) {
      it(`gives back ${JSON.stringify(value)}`, async () => {
        expect(await renderAndDecode(value)).to.equal(value);
      });
    }

    const capacity = {L: 2953, M: 2331, Q: 1663, H: 1273};
    for (const [level, bytes] of Object.entries(capacity)) {
      it(`gives back the longest text at level ${level} (${bytes} bytes)`, async () => {
        const value = longest(bytes);
        expect(new TextEncoder().encode(value).length).to.equal(bytes);
        expect(await renderAndDecode(value, level)).to.equal(value);
      });
    }
  });

  describe('when value is empty', () => {
    it('encodes the address of the page', async () => {
      const el = await fixture<LecQr>(html`<lec-qr size="300"></lec-qr>`);
      expect(decodeQr(await screenshot(part(el, 'code')!))).to.equal(location.href);
      expect(codeImg(el).getAttribute('aria-label')).to.equal(`QR code: ${location.href}`);
    });
  });

  describe('when the text is too long', () => {
    it('shows the overflow in the same box and fires lec-qr-error', async () => {
      const value = longest(2331) + 'yy';
      const el = document.createElement('lec-qr');
      el.value = value;
      const logs = await captureConsole(async () => {
        const event = oneEvent(el, 'lec-qr-error');
        document.body.append(el);
        const {detail} = await event;
        expect(detail).to.include({reason: 'too-long', length: 2333, max: 2331});
      });
      expect(logs.join()).to.contain('2333 bytes');
      const message = part(el, 'message')!;
      expect(message.textContent).to.equal(
        'The text is too long for a QR code: 2333 bytes, 2 more than the 2331 that fit.'
      );
      expect(part(el, 'code')!.getBoundingClientRect().height).to.equal(128);
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('QR code');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('says it in Chinese on a Chinese page', async () => {
      await setLocale('zh-Hans');
      const el = await fixture<LecQr>(html`<lec-qr value=${'x'.repeat(3000)} error-correction="L"></lec-qr>`);
      expect(part(el, 'message')!.textContent).to.equal(
        '内容过长，无法生成二维码：共3000字节，比上限（2953字节）多47字节。'
      );
    });
  });

  describe('error-correction', () => {
    it('accepts L, M, Q and H', async () => {
      // A text whose symbol grows at each level (33, 37, 41, 45 modules): "LEC" is 21 at all four,
      // so a level ignored passed this test (until 2026-12-04).
      const value = 'https://lec.sjtu.edu.cn/' + 'a'.repeat(40);
      const sides = [];
      for (const level of ['L', 'M', 'Q', 'H'] as const) {
        const el = await fixture<LecQr>(html`<lec-qr value=${value} error-correction=${level}></lec-qr>`);
        sides.push(viewBoxSide(el));
        expect(viewBoxSide(el), level).to.equal(modulesFor(value, level) + 8);
      }
      expect(new Set(sides).size, `sides ${sides}`).to.equal(4);
    });

    it('falls back to M with a warning that names the bad value', async () => {
      const value = 'https://lec.sjtu.edu.cn/' + 'a'.repeat(40);
      let el!: LecQr;
      const logs = await captureConsole(async () => {
        el = await fixture<LecQr>(html`<lec-qr value=${value} error-correction="Z"></lec-qr>`);
      });
      expect(logs.join()).to.contain('error-correction="Z"');
      expect(viewBoxSide(el)).to.equal(modulesFor(value, 'M') + 8);
    });
  });

  describe('margin and size', () => {
    it('draws a quiet zone of `margin` modules, measured in pixels', async () => {
      const value = 'LEC';
      const modules = modulesFor(value, 'M');
      for (const margin of [4, 2, 0]) {
        const side = modules + 2 * margin;
        const el = await fixture<LecQr>(
          html`<lec-qr value=${value} margin=${margin} size=${side * 5}></lec-qr>`
        );
        const image = await screenshot(part(el, 'code')!);
        // Half a module into the code: the top row of the finder pattern, dark from its edge.
        const row = Math.floor((margin + 0.5) * 5) * image.width * 4;
        let firstDark = 0;
        while (image.data[row + firstDark * 4] > 128) firstDark++;
        expect(firstDark / 5, `margin ${margin}`).to.equal(margin);
      }
    });

    it('takes its size from the size attribute, then --lec-qr-size', async () => {
      const el = await fixture<LecQr>(html`<lec-qr value="x" size="200"></lec-qr>`);
      expect(part(el, 'code')!.getBoundingClientRect().width).to.equal(200);
      const styled = await fixture<LecQr>(
        html`<lec-qr value="x" style="--lec-qr-size: 150px"></lec-qr>`
      );
      expect(part(styled, 'code')!.getBoundingClientRect().width).to.equal(150);
    });

    it('ignores a nonsensical size with a warning', async () => {
      for (const size of ['-5', '0', 'abc', '99999']) {
        let el!: LecQr;
        const logs = await captureConsole(async () => {
          el = await fixture<LecQr>(html`<lec-qr value="x" size=${size}></lec-qr>`);
        });
        expect(logs.join(), size).to.contain('size=');
        expect(part(el, 'code')!.getBoundingClientRect().width, size).to.equal(128);
      }
    });

    it('reserves its square box before an image has loaded', async () => {
      const el = await fixture<LecQr>(html`<lec-qr src="/test/fixtures/never-there.png"></lec-qr>`);
      const box = part(el, 'code')!.getBoundingClientRect();
      expect(box.width).to.equal(128);
      expect(box.height).to.equal(128);
    });
  });

  describe('colours', () => {
    it('paints modules with --lec-qr-color on --lec-qr-background', async () => {
      const el = await fixture<LecQr>(
        html`<lec-qr value="x" size="150" style="--lec-qr-color: #002060; --lec-qr-background: #fffbe6"></lec-qr>`
      );
      const image = await screenshot(part(el, 'code')!);
      expect([...image.data.slice(0, 3)]).to.deep.equal([0xff, 0xfb, 0xe6]);
      expect(decodeQr(image)).to.equal('x');
    });

    it('warns when the contrast is too low to scan', async () => {
      const logs = await captureConsole(async () => {
        await fixture(html`<lec-qr value="x" style="--lec-qr-color: #bbb"></lec-qr>`);
        await idle();
      });
      expect(logs.join()).to.match(/contrast of 1\.\d:1/);
    });

    it('does not warn with the default colours', async () => {
      const logs = await captureConsole(async () => {
        await fixture(html`<lec-qr value="x"></lec-qr>`);
        await idle();
      });
      expect(logs).to.deep.equal([]);
    });

    it('warns when the colours are inverted', async () => {
      const logs = await captureConsole(async () => {
        await fixture(html`<lec-qr value="x" style="--lec-qr-color: #fff; --lec-qr-background: #000"></lec-qr>`);
        await idle();
      });
      expect(logs.join()).to.contain('must be darker');
    });

    it('keeps the quiet zone light on a dark page', async () => {
      // On black, so a transparent quiet zone shows (on the white test page it passed anyway).
      const page = await fixture(html`<div style="background: #000; padding: 8px"><lec-qr value="x" theme="dark"></lec-qr></div>`);
      const el = page.querySelector<LecQr>('lec-qr')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'caption')!).color, 'the dark scheme is on').to.equal('rgb(230, 232, 235)');
      const image = await screenshot(part(el, 'code')!);
      const {width, height} = image;
      for (const [x, y] of [[0, 0], [2, 2], [width - 1, 0], [0, height - 1], [width - 1, height - 1]]) {
        const i = (y * width + x) * 4;
        expect([...image.data.slice(i, i + 3)], `pixel ${x}, ${y}`).to.deep.equal([255, 255, 255]);
      }
      expect(decodeQr(image)).to.equal('x');
    });
  });

  describe('caption and accessible name', () => {
    it('uses the caption attribute', async () => {
      const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/" caption="WeChat"></lec-qr>`);
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('WeChat');
      expect(codeImg(el).getAttribute('aria-label')).to.equal('WeChat: https://x.cn/');
    });

    it('shows no caption for caption="", and is still named "QR code" (as documented)', async () => {
      const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/" caption="" download></lec-qr>`);
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('');
      expect(part(el, 'caption')!.getBoundingClientRect().height).to.equal(0);
      expect(codeImg(el).getAttribute('aria-label')).to.equal('QR code: https://x.cn/');
      expect(part(el, 'download')!.getAttribute('aria-label')).to.equal('Download QR code');
    });

    it('uses slotted caption text', async () => {
      const el = await fixture<LecQr>(
        html`<lec-qr value="https://x.cn/"><span slot="caption">Scan <b>me</b></span></lec-qr>`
      );
      await el.updateComplete;
      expect(codeImg(el).getAttribute('aria-label')).to.equal('Scan me: https://x.cn/');
    });

    it('follows slotted caption text that the page changes in place (a framework switching language)', async () => {
      // No slotchange fires when the text inside a slotted node changes: the name and the
      // download button's kept the old words until 2026-12-04.
      const el = await fixture<LecQr>(
        html`<lec-qr value="https://x.cn/" download><span slot="caption">Website</span></lec-qr>`
      );
      await el.updateComplete;
      const span = el.querySelector('span')!;
      span.firstChild!.nodeValue = '学院网站';
      await nextFrame();
      await el.updateComplete;
      expect(codeImg(el).getAttribute('aria-label')).to.equal('学院网站: https://x.cn/');
      expect(part(el, 'download')!.getAttribute('aria-label')).to.equal('Download QR code: 学院网站');
      span.innerHTML = 'Our <b>site</b>';
      await nextFrame();
      await el.updateComplete;
      expect(codeImg(el).getAttribute('aria-label')).to.equal('Our site: https://x.cn/');
      span.remove();
      await nextFrame();
      await el.updateComplete;
      expect(codeImg(el).getAttribute('aria-label'), 'back to the default caption').to.equal('QR code: https://x.cn/');
    });

    it('prefers label for the accessible name', async () => {
      const el = await fixture<LecQr>(html`<lec-qr value="x" label="Our WeChat account"></lec-qr>`);
      expect(codeImg(el).getAttribute('aria-label')).to.equal('Our WeChat account');
    });

    it('is localized on a Chinese page, and switches live', async () => {
      const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/"></lec-qr>`);
      await setLocale('zh-Hans');
      await el.updateComplete;
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('二维码');
      expect(codeImg(el).getAttribute('aria-label')).to.equal('二维码：https://x.cn/');
      await expect(el).to.be.accessible();
      await setLocale('en');
      await el.updateComplete;
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('QR code');
    });

    it('keeps following the locale after a move through another document (its fallback caption is not taken for a slotted one)', async () => {
      // WebKit fires slotchange for a slot's fallback text when the element moves between
      // documents; the caption once read from it stayed in the language of that moment.
      const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/" download></lec-qr>`);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        await setLocale('zh-Hans');
        await el.updateComplete;
        frame.contentDocument!.body.append(el);
        await el.updateComplete;
        await nextFrame();
        document.body.append(el);
        await el.updateComplete;
        await nextFrame();
        await setLocale('en');
        await el.updateComplete;
        expect(codeImg(el).getAttribute('aria-label')).to.equal('QR code: https://x.cn/');
        expect(part(el, 'download')!.getAttribute('aria-label')).to.equal('Download QR code');
      } finally {
        frame.remove();
        el.remove();
      }
    });
  });

  describe('image mode', () => {
    it('shows the image with the same caption and name', async () => {
      const el = await fixture<LecQr>(
        html`<lec-qr src="/test/fixtures/wechat-qr.png" caption="WeChat" size="264"></lec-qr>`
      );
      const img = part(el, 'image') as HTMLImageElement;
      await img.decode();
      expect(img.alt).to.equal('WeChat');
      expect(el.shadowRoot!.querySelector('svg')).to.be.null;
      expect(decodeQr(await screenshot(img))).to.equal('https://www.sjtu.edu.cn/');
      await expect(el).to.be.accessible();
    });

    it('is named by its caption and what it holds, like a generated code', async () => {
      const el = await fixture<LecQr>(
        html`<lec-qr src="/test/fixtures/wechat-qr.png" caption="WeChat" value="https://www.sjtu.edu.cn/"></lec-qr>`
      );
      const img = () => part(el, 'image') as HTMLImageElement;
      expect(img().alt).to.equal('WeChat: https://www.sjtu.edu.cn/');
      // Without a value, where it links to; without either, the caption alone.
      el.value = '';
      el.href = 'https://www.sjtu.edu.cn/about/';
      await el.updateComplete;
      expect(img().alt).to.equal('WeChat: https://www.sjtu.edu.cn/about/');
      el.href = undefined;
      await el.updateComplete;
      expect(img().alt).to.equal('WeChat');
      // A slotted caption and the Chinese punctuation, as generated codes have.
      el.value = 'https://www.sjtu.edu.cn/';
      el.innerHTML = '<span slot="caption">微信公众号</span>';
      await setLocale('zh-Hans');
      await el.updateComplete;
      await el.updateComplete;
      expect(img().alt).to.equal('微信公众号：https://www.sjtu.edu.cn/');
      await expect(el).to.be.accessible();
    });

    it('keeps the caption, shows a note and fires lec-qr-error when the image fails', async () => {
      const el = document.createElement('lec-qr');
      el.src = '/test/fixtures/missing.png';
      el.caption = 'WeChat';
      let detail;
      await captureConsole(async () => {
        const event = oneEvent(el, 'lec-qr-error');
        document.body.append(el);
        ({detail} = await event);
      });
      expect(detail).to.include({reason: 'image-failed', src: '/test/fixtures/missing.png'});
      await el.updateComplete;
      expect(part(el, 'message')!.textContent).to.equal('The QR code image could not be loaded.');
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('WeChat');
      expect(part(el, 'code')!.getBoundingClientRect().height).to.equal(128);
      el.remove();
    });
  });

  describe('href', () => {
    for (const href of ['https://lec.sjtu.edu.cn/', 'http://x.cn', '/about/', 'mailto:lec@sjtu.edu.cn', 'tel:+862100000000']) {
      it(`makes the code a link to ${href}`, async () => {
        const el = await fixture<LecQr>(html`<lec-qr value="x" href=${href}></lec-qr>`);
        const link = part(el, 'code') as HTMLAnchorElement;
        expect(link.localName).to.equal('a');
        expect(link.getAttribute('href')).to.equal(href);
      });
    }

    for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd']) {
      it(`ignores ${JSON.stringify(href)} with a warning`, async () => {
        let el!: LecQr;
        const logs = await captureConsole(async () => {
          el = await fixture<LecQr>(html`<lec-qr value="x" href=${href}></lec-qr>`);
        });
        expect(part(el, 'code')!.localName).to.equal('div');
        expect(el.shadowRoot!.querySelector('a')).to.be.null;
        expect(logs.join()).to.contain('<lec-qr> href: ignored the URL');
      });
    }

    it('is no link around a note: too long, or an image that failed', async () => {
      let long!: LecQr;
      let broken!: LecQr;
      await captureConsole(async () => {
        long = await fixture<LecQr>(html`<lec-qr value=${'x'.repeat(3000)} href="https://x.cn/"></lec-qr>`);
        broken = await fixture<LecQr>(html`<lec-qr src="/test/fixtures/missing.png" href="https://x.cn/"></lec-qr>`);
        await oneEvent(broken, 'lec-qr-error');
        await broken.updateComplete;
      });
      for (const el of [long, broken]) {
        expect(part(el, 'message'), 'the note').to.exist;
        expect(el.shadowRoot!.querySelector('a'), 'a link named by the note').to.be.null;
        expect(part(el, 'code')!.getBoundingClientRect().height).to.equal(128);
        await expect(el).to.be.accessible();
      }
      // Once the text fits, the code is the link.
      long.value = 'https://x.cn/';
      await long.updateComplete;
      expect(part(long, 'code')!.localName).to.equal('a');
      expect(part(long, 'svg')).to.exist;
    });

    it('is never a link without a name while its code is encoded', async () => {
      // In a section, a code renders its box first and encodes in later tasks (see slices.ts).
      const section = document.createElement('lec-about');
      const el = document.createElement('lec-qr');
      el.slot = 'qr';
      el.value = 'https://lec.sjtu.edu.cn/';
      el.href = 'https://lec.sjtu.edu.cn/';
      section.append(el);
      const states: string[] = [];
      const observer = new MutationObserver(() => {
        const box = part(el, 'code');
        if (box) states.push(box.localName === 'a' ? (box.querySelector('svg') ? 'link with code' : 'empty link') : 'box');
      });
      document.body.append(section);
      try {
        observer.observe(el.shadowRoot!, {childList: true, subtree: true});
        await el.updateComplete;
        await nextFrame();
        observer.disconnect();
        expect(states, 'the states the code went through').to.include('box');
        expect(states).not.to.include('empty link');
        expect(part(el, 'code')!.localName).to.equal('a');
      } finally {
        section.remove();
      }
    });

    it('is reachable with Tab and named by the code', async () => {
      // With the key: focus() alone reaches an element out of the tab order too.
      const page = await fixture(html`<div><button>before</button><lec-qr value="https://x.cn/" href="https://x.cn/"></lec-qr></div>`);
      const el = page.querySelector<LecQr>('lec-qr')!;
      await el.updateComplete;
      page.querySelector('button')!.focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'code'));
      expect(codeImg(el).getAttribute('aria-label')).to.equal('QR code: https://x.cn/');
      await expect(el).to.be.accessible();
    });
  });

  describe('logo', () => {
    it('draws a centre logo, forces H and still decodes', async () => {
      const value = 'https://lec.sjtu.edu.cn/';
      const side = modulesFor(value, 'H') + 8;
      const el = await fixture<LecQr>(
        html`<lec-qr value=${value} logo="/test/fixtures/logo.svg" size=${side * 4}></lec-qr>`
      );
      const logo = part(el, 'logo') as SVGImageElement;
      await (logo as unknown as HTMLImageElement).decode();
      expect(viewBoxSide(el)).to.equal(side);
      const image = await screenshot(part(el, 'code')!);
      // The logo's red is really on screen, within the centre, and the code still scans.
      let red = 0;
      for (let i = 0; i < image.data.length; i += 4) {
        if (image.data[i] > 140 && image.data[i + 1] < 70 && image.data[i + 2] < 90) red++;
      }
      const share = red / (image.width * image.height);
      expect(share).to.be.above(0.02).and.below(0.09);
      expect(decodeQr(image)).to.equal(value);
    });

    it('renders without the logo when it fails to load, and says so', async () => {
      const el = document.createElement('lec-qr');
      el.value = 'x';
      el.logo = '/test/fixtures/no-logo.svg';
      let detail;
      await captureConsole(async () => {
        const event = oneEvent(el, 'lec-qr-error');
        document.body.append(el);
        ({detail} = await event);
      });
      expect(detail).to.include({reason: 'logo-failed'});
      await el.updateComplete;
      expect(part(el, 'logo')).to.be.null;
      expect(decodeQr(await screenshot(part(el, 'code')!))).to.equal('x');
      el.remove();
    });
  });

  describe('download', () => {
    it('offers a localized button that saves a PNG named after the caption', async () => {
      const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/" caption="WeChat" download></lec-qr>`);
      const button = part(el, 'download') as HTMLButtonElement;
      expect(button.textContent!.trim()).to.equal('Download');
      expect(button.getAttribute('aria-label')).to.equal('Download QR code: WeChat');
      el.addEventListener('lec-qr-download', (e) => e.preventDefault());
      setTimeout(() => button.click());
      const {detail} = await oneEvent(el, 'lec-qr-download');
      expect(detail.filename).to.equal('WeChat.png');
      expect(detail.blob.type).to.equal('image/png');
      const bytes = new Uint8Array(await detail.blob.arrayBuffer());
      expect([...bytes.slice(0, 8)]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(decodeQr(await pngToImageData(detail.blob))).to.equal('https://x.cn/');
    });

    it('saves a valid SVG with download="svg"', async () => {
      const el = await fixture<LecQr>(html`<lec-qr value="上海交通大学" download="svg"></lec-qr>`);
      el.addEventListener('lec-qr-download', (e) => e.preventDefault());
      setTimeout(() => (part(el, 'download') as HTMLButtonElement).click());
      const {detail} = await oneEvent(el, 'lec-qr-download');
      expect(detail.filename).to.equal('QR code.svg');
      const text = await detail.blob.text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.be.null;
      // A standalone SVG, drawn crisp by any viewer: the namespace (the serializer writes it)
      // and crispEdges (from the template) in the file itself.
      expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(text).to.match(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(doc.documentElement.getAttribute('shape-rendering')).to.equal('crispEdges');
      // Rasterise the file as an image viewer would, then decode it.
      const img = new Image();
      img.src = URL.createObjectURL(detail.blob);
      await img.decode();
      const canvas = new OffscreenCanvas(400, 400);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, 400, 400);
      expect(decodeQr(ctx.getImageData(0, 0, 400, 400))).to.equal('上海交通大学');
    });

    it('labels the button in Chinese', async () => {
      await setLocale('zh-Hans');
      const el = await fixture<LecQr>(html`<lec-qr value="x" download></lec-qr>`);
      const button = part(el, 'download')!;
      expect(button.textContent!.trim()).to.equal('下载');
      expect(button.getAttribute('aria-label')).to.equal('下载二维码');
    });

    it("names the button as a QR code's download when the page gives a caption, in both locales", async () => {
      // "下载" and the caption alone said 下载学院网站, "download the website", until 2026-12-04.
      const el = await fixture<LecQr>(html`<lec-qr value="x" caption="学院网站" download></lec-qr>`);
      expect(part(el, 'download')!.getAttribute('aria-label')).to.equal('Download QR code: 学院网站');
      await setLocale('zh-Hans');
      await el.updateComplete;
      const button = part(el, 'download')!;
      expect(button.getAttribute('aria-label')).to.equal('下载二维码：学院网站');
      // The visible label starts the name (WCAG 2.5.3, label in name).
      expect(button.getAttribute('aria-label')!.startsWith(button.textContent!.trim())).to.be.true;
    });
  });

  describe('visual baselines', () => {
    beforeEach(() => setViewport({width: 800, height: 600}));

    it('with a caption, a logo and a download button', async () => {
      const el = await fixture<LecQr>(
        html`<lec-qr value="https://lec.sjtu.edu.cn/" caption="WeChat" logo="/test/fixtures/logo.svg" download size="160"></lec-qr>`
      );
      await (part(el, 'logo') as unknown as HTMLImageElement).decode();
      await nextFrame();
      await visualDiff(el, 'lec-qr-logo-download');
    });

    it('in Chinese, too long', async () => {
      await setLocale('zh-Hans');
      const el = await fixture<LecQr>(html`<lec-qr value=${'x'.repeat(3000)} error-correction="L"></lec-qr>`);
      await visualDiff(el, 'lec-qr-too-long-zh');
    });
  });
});

describe('<lec-qr> with no page address, or text it cannot encode exactly', () => {
  type ErrorDetail = GlobalEventHandlersEventMap['lec-qr-error']['detail'];
  const frames: HTMLIFrameElement[] = [];
  before(() => setLocale('en'));
  afterEach(async () => {
    frames.splice(0).forEach((f) => f.remove());
    await setLocale('en');
  });

  /** An iframe in `parent`, loaded; removed after the test. */
  async function openFrame(setup: (frame: HTMLIFrameElement) => void, parent = document) {
    const frame = parent.createElement('iframe');
    Object.assign(frame.style, {width: '340px', height: '400px', border: '0'});
    setup(frame);
    const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
    parent.body.append(frame);
    await loaded;
    frames.push(frame);
    return frame;
  }

  /**
   * Loads the element's own module inside the frame (as a page would with its script tag, so
   * `location` there is the frame's) and waits for the `<lec-qr>` in it; records the errors it
   * fires from then on.
   */
  async function qrInOwnFrame(frame: HTMLIFrameElement) {
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const errors: unknown[] = [];
    win.addEventListener('lec-qr-error', (e) => errors.push((e as CustomEvent).detail));
    if (!doc.querySelector('lec-qr')) {
      doc.body.style.margin = '0';
      doc.body.innerHTML = '<lec-qr size="300"></lec-qr>';
      const script = Object.assign(doc.createElement('script'), {type: 'module', src: MODULE});
      doc.head.append(script);
    }
    await win.customElements.whenDefined('lec-qr');
    const el = doc.querySelector('lec-qr') as LecQr;
    await el.updateComplete;
    await nextFrame();
    return {el, errors};
  }
  const MODULE = new URL('/src/lec-qr/lec-qr.ts', location.href).href;

  describe('when value is empty in a frame', () => {
    it('encodes the page address (its base URL) in a srcdoc frame, not about:srcdoc', async () => {
      const frame = await openFrame((f) => {
        f.srcdoc = `<!doctype html><html lang="en"><body style="margin:0"><lec-qr size="300"></lec-qr>
          <script type="module" src="${MODULE}"></script></body></html>`;
      });
      const {el} = await qrInOwnFrame(frame);
      expect(frame.contentWindow!.location.href).to.equal('about:srcdoc');
      expect(part(el, 'message')).to.be.null;
      expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(`QR code: ${document.baseURI}`);
      expect(decodeQr(await screenshot(frame))).to.equal(document.baseURI);
    });

    it('follows the address of a single-page app (history.pushState, back, #/route), not an in-page #fragment; a code with a value keeps it', async () => {
      const frame = await openFrame((f) => (f.src = '/test/fixtures/spa.html'));
      const {el, errors} = await qrInOwnFrame(frame);
      const win = frame.contentWindow!;
      const fixed = frame.contentDocument!.querySelector('lec-qr.fixed') as LecQr;
      await fixed.updateComplete;
      const fixedPath = fixed.shadowRoot!.querySelector('path.modules')!;
      const fixedCode = fixedPath.getAttribute('d');
      const name = () => el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label');
      const shows = async (address: string) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await el.updateComplete;
        await nextFrame();
        expect(name()).to.equal(`QR code: ${address}`);
        expect(decodeQr(await screenshot(frame))).to.equal(address);
      };
      const first = win.location.href;
      await shows(first);
      const course = new URL('/courses/42?term=2026', first).href;
      // Where the browser tells of pushState (the Navigation API); Safari before 26.2 tells only of back, forward and fragments.
      const told = 'navigation' in win;
      win.history.pushState(null, '', course);
      await shows(told ? course : first);
      // Every browser tells of a new #fragment and of back, so the code catches up with the address
      // there. A fragment that marks a place in the page is not part of the page's address; one
      // that is an app's route (#/...) is.
      win.location.hash = 'contact';
      await shows(course);
      win.location.hash = '/courses/7';
      await shows(`${course}#/courses/7`);
      const back = new Promise((resolve) => win.addEventListener('popstate', resolve, {once: true}));
      win.history.back();
      await back;
      await shows(course);
      // Not encoded again: the same path element with the same code.
      expect(fixed.shadowRoot!.querySelector('path.modules')).to.equal(fixedPath);
      expect(fixedPath.getAttribute('d')).to.equal(fixedCode);
      expect(errors).to.deep.equal([]);
    });

    // The review of 2026-12-05: a code showing an image kept the old address's code for later.
    it("encodes the app's new address once an image it showed is taken away", async () => {
      const frame = await openFrame((f) => (f.src = '/test/fixtures/spa.html'));
      const {el, errors} = await qrInOwnFrame(frame);
      const win = frame.contentWindow!;
      el.src = '/test/fixtures/wechat-qr.png';
      await el.updateComplete;
      // Every browser tells of an app's #/route (see above); the image still shows meanwhile.
      const route = new Promise((resolve) => win.addEventListener('hashchange', resolve, {once: true}));
      win.location.hash = '/courses/9';
      await route;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img'), 'the image shows while the address changes').to.exist;
      el.src = undefined;
      await el.updateComplete;
      await nextFrame();
      const address = win.location.href;
      expect(address).to.match(/#\/courses\/9$/);
      expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(`QR code: ${address}`);
      expect(decodeQr(await screenshot(frame))).to.equal(address);
      expect(errors).to.deep.equal([]);
    });

    it('encodes the page address in an about:blank frame, not about:blank', async () => {
      const frame = document.createElement('iframe');
      Object.assign(frame.style, {width: '340px', height: '400px', border: '0'});
      document.body.append(frame);
      frames.push(frame);
      const {el, errors} = await qrInOwnFrame(frame);
      expect(frame.contentWindow!.location.href).to.equal('about:blank');
      expect(part(el, 'message')).to.be.null;
      expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(`QR code: ${location.href}`);
      expect(decodeQr(await screenshot(frame))).to.equal(location.href);
      expect(errors).to.deep.equal([]);
    });

    it('shows a note, warns and fires lec-qr-error when no http(s) address exists, and recovers on a page', async () => {
      // A frame inside a blob: document: its own address, its base URL and its parent's are not http(s).
      const blob = URL.createObjectURL(new Blob(['<!doctype html><html lang="en"><body></body></html>'], {type: 'text/html'}));
      const outer = await openFrame((f) => (f.src = blob));
      URL.revokeObjectURL(blob);
      const inner = outer.contentDocument!.createElement('iframe');
      outer.contentDocument!.body.append(inner);
      const doc = inner.contentDocument!;
      const addresses = [doc.URL, doc.baseURI, inner.contentWindow!.parent.location.href];
      expect(addresses.filter((a) => /^https?:/.test(a)), addresses.join(' ')).to.deep.equal([]);
      // Rendered on this page first, then moved, as the suite moves elements between documents.
      const el = await fixture<LecQr>(html`<lec-qr></lec-qr>`);
      let detail: ErrorDetail | undefined;
      const logs = await captureConsole(async () => {
        const event = oneEvent(el, 'lec-qr-error');
        doc.body.append(el);
        ({detail} = await event);
      });
      expect(detail!.reason).to.equal('no-address');
      expect(detail!.message).to.equal('<lec-qr>: value is empty and no http(s) page address was found; set value.');
      expect(logs).to.deep.equal([detail!.message]);
      expect(part(el, 'message')!.textContent).to.equal(
        'No web address to encode; set the text of this QR code.'
      );
      expect(el.shadowRoot!.querySelector('svg')).to.be.null;
      expect(part(el, 'code')!.getBoundingClientRect().height).to.equal(128);
      await setLocale('zh-Hans');
      await el.updateComplete;
      expect(part(el, 'message')!.textContent).to.equal('没有可用的网址，请设置二维码内容。');
      await setLocale('en');
      // Back on a page with an address, it encodes that address again.
      document.body.append(el);
      await el.updateComplete;
      expect(part(el, 'message')).to.be.null;
      expect(codeImg(el).getAttribute('aria-label')).to.equal(`QR code: ${location.href}`);
      el.remove();
    });
  });

  describe('when value has a lone surrogate', () => {
    const CUT = 'https://lec.sjtu.edu.cn/?q=终身教育\uD83D'; // an emoji cut in half
    for (const [name, value, index] of [
      ['an emoji cut in half', CUT, 31],
      ['a low surrogate alone at the start', '\uDE00 LEC', 0],
      ['a pair in the wrong order', 'LEC \uDE00\uD83D', 4],
    ] as const) {
      it(`refuses ${name}: a note in the box, a warning and lec-qr-error`, async () => {
        const el = document.createElement('lec-qr');
        el.value = value;
        el.download = '';
        let detail: ErrorDetail | undefined;
        const logs = await captureConsole(async () => {
          const event = oneEvent(el, 'lec-qr-error');
          document.body.append(el);
          ({detail} = await event);
        });
        try {
          expect(detail!.reason).to.equal('invalid-text');
          expect(detail!.message).to.equal(
            `<lec-qr>: value has a lone surrogate (half a character) at index ${index}; fix the text.`
          );
          expect(logs).to.deep.equal([detail!.message]);
          expect(part(el, 'message')!.textContent).to.equal('This QR code could not be generated.');
          expect(el.shadowRoot!.querySelector('svg, button')).to.be.null;
          expect(part(el, 'code')!.getBoundingClientRect().height).to.equal(128);
          expect(await el.toBlob().then(() => 'resolved', () => 'rejected')).to.equal('rejected');
          await expect(el).to.be.accessible();
        } finally {
          el.remove();
        }
      });
    }

    it('encodes whole emoji, and the fixed text once it is fixed', async () => {
      const events: unknown[] = [];
      const logs = await captureConsole(async () => {
        const el = await fixture<LecQr>(html`<lec-qr value=${CUT} size="300" @lec-qr-error=${(e: CustomEvent) => events.push(e.detail)}></lec-qr>`);
        expect(events).to.have.length(1);
        el.value = `${CUT}\uDE00`;
        await el.updateComplete;
        expect(part(el, 'message')).to.be.null;
        expect(decodeQr(await screenshot(part(el, 'code')!))).to.equal('https://lec.sjtu.edu.cn/?q=终身教育😀');
      });
      expect(events).to.have.length(1);
      expect(logs).to.have.length(1);
    });

    it('says it in Chinese on a Chinese page', async () => {
      await setLocale('zh-Hans');
      await captureConsole(async () => {
        const el = await fixture<LecQr>(html`<lec-qr value=${'\uD83D'}></lec-qr>`);
        expect(part(el, 'message')!.textContent).to.equal('无法生成此二维码。');
      });
    });
  });
});

describe('<lec-qr> when the page removes attributes, or sets properties of another type', () => {
  // Lit sets a removed attribute's property to null, not to its default: each case below once
  // went wrong that way (review of 2026-12-04).
  before(() => setLocale('en'));

  it('takes the download button away with the download attribute', async () => {
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/" download></lec-qr>`);
    expect(part(el, 'download')).to.exist;
    el.removeAttribute('download');
    await el.updateComplete;
    expect(el.download).to.be.null;
    expect(part(el, 'download')).to.be.null;
  });

  it('shows no download button for download = false from script (React: download={condition})', async () => {
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/" download></lec-qr>`);
    (el as unknown as {download: boolean}).download = false;
    await el.updateComplete;
    expect(part(el, 'download')).to.be.null;
  });

  it('goes back to a quiet zone of 4 modules when margin is removed (not 0)', async () => {
    const value = 'LEC';
    const el = await fixture<LecQr>(html`<lec-qr value=${value} margin="1"></lec-qr>`);
    expect(viewBoxSide(el)).to.equal(modulesFor(value) + 2);
    el.removeAttribute('margin');
    await el.updateComplete;
    expect(viewBoxSide(el)).to.equal(modulesFor(value) + 8);
    expect(el.margin, 'the property, typed as a number').to.equal(4);
  });

  it('gives its properties their defaults again when their attributes are removed (not null, which the types deny)', async () => {
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/" error-correction="H" margin="2"></lec-qr>`);
    for (const name of ['value', 'error-correction', 'margin']) el.removeAttribute(name);
    await el.updateComplete;
    expect({value: el.value, errorCorrection: el.errorCorrection, margin: el.margin}).to.deep.equal({value: '', errorCorrection: 'M', margin: 4});
    // An empty value encodes this page's address, at level M.
    expect(codeImg(el).getAttribute('aria-label')).to.equal(`QR code: ${location.href}`);
  });

  it('encodes a number set as its value, and warns of nothing', async () => {
    let el!: LecQr;
    const logs = await captureConsole(async () => {
      el = await fixture<LecQr>(html`<lec-qr size="300"></lec-qr>`);
      (el as unknown as {value: number}).value = 20261204;
      await el.updateComplete;
    });
    expect(logs).to.deep.equal([]);
    expect(decodeQr(await screenshot(part(el, 'code')!))).to.equal('20261204');
  });

  it('downloads a PNG when download is set to true from script (as React passes a bare prop)', async () => {
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/"></lec-qr>`);
    (el as unknown as {download: boolean}).download = true;
    await el.updateComplete;
    el.addEventListener('lec-qr-download', (e) => e.preventDefault());
    setTimeout(() => (part(el, 'download') as HTMLButtonElement).click());
    const {detail} = await oneEvent(el, 'lec-qr-download');
    expect(detail.format).to.equal('png');
    expect(decodeQr(await pngToImageData(detail.blob))).to.equal('https://x.cn/');
  });

  it('does not warn about a theme, nor fail, when theme is removed', async () => {
    const logs = await captureConsole(async () => {
      const el = await fixture<LecQr>(html`<lec-qr value="x" theme="dark"></lec-qr>`);
      el.removeAttribute('theme');
      await el.updateComplete;
    });
    expect(logs).to.deep.equal([]);
  });

  it('stops listening to the screen once removed, even when it updates while detached, and listens again when put back', async () => {
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/a"></lec-qr>`);
    const view = window as Window & {matchMedia: typeof matchMedia};
    const original = view.matchMedia;
    let asked = 0;
    view.matchMedia = (query: string) => {
      asked++;
      return original.call(window, query);
    };
    try {
      const parent = el.parentElement!;
      el.remove();
      el.value = 'https://x.cn/b'; // a detached code still updates (and encodes)
      await el.updateComplete;
      // Before the fix, each such update made a new media query list with our listener, which
      // kept the removed code alive.
      expect(asked, 'media queries asked while detached').to.equal(0);
      parent.append(el);
      await el.updateComplete;
      expect(asked, 'once put back').to.equal(1);
      expect(decodeQr(await screenshot(part(el, 'code')!))).to.equal('https://x.cn/b');
    } finally {
      view.matchMedia = original;
    }
  });

  it('throws nothing into the page when an image replaces the code before its contrast is checked', async () => {
    const errors: string[] = [];
    const record = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', record);
    try {
      const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/"></lec-qr>`);
      // The contrast check waits for an idle moment after the code is drawn; an image comes first.
      el.src = '/test/fixtures/wechat-qr.png';
      await el.updateComplete;
      await idle();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(part(el, 'svg')).to.be.null;
    } finally {
      window.removeEventListener('error', record);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('<lec-qr> given objects, odd numbers and colours (review of 2026-12-05)', () => {
  before(() => setLocale('en'));

  const modulesPath = (el: LecQr) => el.shadowRoot!.querySelector('path.modules')?.getAttribute('d');
  /** Shows an image in the code, makes `change` in an update of its own while it shows, then takes the image away. */
  async function changeWhileImageShows(el: LecQr, change: () => void) {
    el.src = '/test/fixtures/wechat-qr.png';
    await el.updateComplete;
    change();
    await el.updateComplete;
    el.src = undefined;
    await el.updateComplete;
  }

  it('encodes what its value says once an image it showed is taken away', async () => {
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/a" size="300"></lec-qr>`);
    await changeWhileImageShows(el, () => (el.value = 'https://x.cn/b'));
    // Before the fix, the code of https://x.cn/a came back, named https://x.cn/b.
    const fresh = await fixture<LecQr>(html`<lec-qr value="https://x.cn/b"></lec-qr>`);
    expect(modulesPath(el)).to.equal(modulesPath(fresh));
    expect(decodeQr(await screenshot(part(el, 'code')!))).to.equal('https://x.cn/b');
  });

  it('encodes at the level its logo asks for once an image it showed is taken away', async () => {
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/a" size="300"></lec-qr>`);
    await changeWhileImageShows(el, () => (el.logo = '/test/fixtures/logo.svg'));
    // Before the fix, the logo was drawn over the level-M code of before: a logo needs level H.
    const fresh = await fixture<LecQr>(html`<lec-qr value="https://x.cn/a" logo="/test/fixtures/logo.svg"></lec-qr>`);
    expect(modulesPath(el)).to.equal(modulesPath(fresh));
    expect(modulesPath(el)).to.not.equal(modulesPath(await fixture<LecQr>(html`<lec-qr value="https://x.cn/a"></lec-qr>`)));
    expect(el.shadowRoot!.querySelector('svg image'), 'the logo is drawn').to.exist;
  });

  it('takes a URL object as href, src or logo, as its text (no exception, no blank box)', async () => {
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/"></lec-qr>`);
    (el as unknown as {href: URL}).href = new URL('https://lec.sjtu.edu.cn/about/');
    (el as unknown as {logo: URL}).logo = new URL('/test/fixtures/logo.svg', location.href);
    await el.updateComplete;
    expect(part(el, 'base')!.querySelector('a')!.getAttribute('href')).to.equal('https://lec.sjtu.edu.cn/about/');
    expect(el.shadowRoot!.querySelector('svg image')).to.exist;
    (el as unknown as {src: URL}).src = new URL('/test/fixtures/wechat-qr.png', location.href);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(new URL('/test/fixtures/wechat-qr.png', location.href).href);
    const logs = await captureConsole(async () => {
      (el as unknown as {href: URL}).href = new URL('javascript:alert(1)');
      await el.updateComplete;
    });
    expect(logs.join()).to.contain('ignored the URL "javascript:alert(1)"');
    expect(part(el, 'base')!.querySelector('a')).to.be.null;
  });

  it('names its download after a caption set as a number', async () => {
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/" download></lec-qr>`);
    (el as unknown as {caption: number}).caption = 2026;
    await el.updateComplete;
    el.addEventListener('lec-qr-download', (e) => e.preventDefault());
    setTimeout(() => (part(el, 'download') as HTMLButtonElement).click());
    const {detail} = await oneEvent(el, 'lec-qr-download');
    expect(detail.filename).to.equal('2026.png');
  });

  for (const bad of ['-2', 'abc', '100', '1e9']) {
    it(`warns about margin=${JSON.stringify(bad)} and keeps a quiet zone of 4 modules`, async () => {
      let el!: LecQr;
      const logs = await captureConsole(async () => {
        el = await fixture<LecQr>(html`<lec-qr value="LEC" margin=${bad}></lec-qr>`);
      });
      expect(logs).to.deep.equal([`<lec-qr>: margin="${bad}" must be a number of modules from 0 to 16; using 4.`]);
      expect(viewBoxSide(el)).to.equal(modulesFor('LEC') + 8);
    });
  }

  it('takes a blank margin (a template\'s empty field) as the standard 4 modules, silently, not as 0', async () => {
    let el!: LecQr;
    const logs = await captureConsole(async () => {
      el = await fixture<LecQr>(html`<lec-qr value="LEC" margin=" "></lec-qr>`);
    });
    expect(logs).to.deep.equal([]);
    expect(viewBoxSide(el)).to.equal(modulesFor('LEC') + 8);
  });

  it('takes margins from 0 to 16 without a word', async () => {
    const logs = await captureConsole(async () => {
      for (const margin of ['0', '1', '16', '2.5']) {
        const el = await fixture<LecQr>(html`<lec-qr value="LEC" margin=${margin}></lec-qr>`);
        expect(viewBoxSide(el), margin).to.equal(modulesFor('LEC') + 2 * Math.floor(Number(margin)));
      }
    });
    expect(logs).to.deep.equal([]);
  });

  it('takes a size set from script as text (as some frameworks set it), and refuses one under a pixel', async () => {
    let el!: LecQr;
    let logs = await captureConsole(async () => {
      el = await fixture<LecQr>(html`<lec-qr value="x"></lec-qr>`);
      (el as unknown as {size: string}).size = '200';
      await el.updateComplete;
    });
    expect(logs).to.deep.equal([]);
    expect(part(el, 'code')!.getBoundingClientRect().width).to.equal(200);
    logs = await captureConsole(async () => {
      el.setAttribute('size', '0.5');
      await el.updateComplete;
    });
    expect(logs).to.deep.equal(['<lec-qr>: size="0.5" must be a number of pixels from 1 to 4096; using --lec-qr-size.']);
    expect(part(el, 'code')!.getBoundingClientRect().width).to.equal(128);
  });

  it('refuses toBlob() for a code not on the page, instead of waiting forever or drawing it black', async () => {
    const loose = document.createElement('lec-qr') as LecQr;
    loose.value = 'https://x.cn/';
    const never = new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1000));
    const outcome = (blob: Promise<Blob>) =>
      Promise.race([blob.then(() => 'resolved', (e: Error) => e.message), never]);
    expect(await outcome(loose.toBlob())).to.equal('<lec-qr>: toBlob() needs the code on the page; add it first.');
    const el = await fixture<LecQr>(html`<lec-qr value="https://x.cn/"></lec-qr>`);
    el.remove();
    expect(await outcome(el.toBlob('svg'))).to.equal('<lec-qr>: toBlob() needs the code on the page; add it first.');
  });

  /** The warnings a code with these styles gives once its contrast is checked. */
  async function contrastWarnings(style: string) {
    return captureConsole(async () => {
      await fixture(html`<lec-qr value="x" style=${style}></lec-qr>`);
      await idle();
    });
  }

  it('reads colours written in any syntax, and their alpha, for its contrast warning', async () => {
    // Light grey modules, as oklch(): before, the first three numbers (0.9, 0, 0) read as black.
    expect((await contrastWarnings('--lec-qr-color: oklch(0.9 0 0)')).join()).to.match(/contrast of 1\.\d:1/);
    // White as color(srgb 1 1 1) read as black: a warning for a good code.
    expect(await contrastWarnings('--lec-qr-background: color(srgb 1 1 1)')).to.deep.equal([]);
    // Transparent modules show the background: nothing to scan, where the alpha was ignored.
    expect((await contrastWarnings('--lec-qr-color: transparent')).join()).to.contain('contrast of 1.0:1');
  });

  it('says what to do about a text too long for a code with a logo (which needs level H)', async () => {
    const logs = await captureConsole(async () => {
      await fixture(html`<lec-qr value=${'a'.repeat(1500)} logo="/test/fixtures/logo.svg"></lec-qr>`);
    });
    expect(logs).to.deep.equal(['<lec-qr>: the text is 1500 bytes; level H holds 1273. Shorten it or remove the logo (it needs level H).']);
  });

  it('says what is wrong with a src of spaces', async () => {
    const logs = await captureConsole(async () => {
      await fixture(html`<lec-qr src="   "></lec-qr>`);
    });
    expect(logs).to.deep.equal(['<lec-qr>: no image shown: src="   " is not an http(s) or relative URL.']);
  });
});

// WCAG 1.4.4 and 1.4.12: a visitor who doubles the text size (the elements' em is the browser's
// `medium`, here set through --lec-font-size as that setting would) or widens its spacing loses
// nothing of a code's caption, note or button, and a code sized in px keeps its size.
describe('<lec-qr> with larger or wider-spaced text (review of 2026-12-05)', () => {
  before(() => setLocale('en'));
  const rect = (el: Element) => el.getBoundingClientRect();
  /** Whether an element shows all its text: nothing clipped by a line clamp or its box. */
  const whole = (el: Element) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;

  for (const [what, style] of [
    ['the text size doubled', '--lec-font-size: 32px'],
    ['text-spacing overrides (1.4.12)', 'letter-spacing: 0.12em !important; word-spacing: 0.16em !important'],
  ]) {
    it(`shows the whole caption and button of a 120 px code with ${what}, the code still 120 px`, async () => {
      const box = await fixture<HTMLElement>(html`<div style="inline-size: 600px; display: flex; gap: 16px">
        <style>.spaced lec-qr { ${style} }</style>
        <div class="spaced"><lec-qr value="https://lec.sjtu.edu.cn/" size="120" caption="扫描二维码关注终身教育学院官方微信" download></lec-qr></div>
        <div class="spaced"><lec-qr value="https://lec.sjtu.edu.cn/" size="120" caption="Shanghai: History and Culture of a Modern City"></lec-qr></div>
      </div>`);
      const [zh, en] = [...box.querySelectorAll<LecQr>('lec-qr')];
      await Promise.all([zh.updateComplete, en.updateComplete]);
      for (const el of [zh, en]) {
        const caption = el.shadowRoot!.querySelector('.caption')!;
        expect(whole(caption), `the caption "${caption.textContent!.trim()}" is shown whole`).to.equal(true);
        expect(rect(part(el, 'code')!).width).to.be.closeTo(120, 0.5);
      }
      const button = part(zh, 'download')!;
      expect(rect(button).right, 'the button stays within the code').to.be.at.most(rect(zh).right + 0.5);
      expect(whole(button), 'the button shows its whole name').to.equal(true);
    });
  }

  it('grows its box rather than cutting a note at a small size or doubled text', async () => {
    const tooLong = 'x'.repeat(3000);
    const box = await fixture<HTMLElement>(html`<div style="display: flex; gap: 16px; align-items: start">
      <lec-qr value=${tooLong} size="100"></lec-qr>
      <lec-qr value=${tooLong} size="120" style="--lec-font-size: 32px"></lec-qr>
      <lec-qr value="https://lec.sjtu.edu.cn/" size="120" style="--lec-font-size: 32px"></lec-qr>
    </div>`);
    const [small, large, fine] = [...box.querySelectorAll<LecQr>('lec-qr')];
    await Promise.all([small.updateComplete, large.updateComplete, fine.updateComplete]);
    for (const el of [small, large]) {
      const note = part(el, 'message')!;
      const code = part(el, 'code')!;
      expect(rect(note).bottom, 'the note ends within its box').to.be.at.most(rect(code).bottom + 0.5);
      expect(whole(note), 'the note shows its whole text').to.equal(true);
      expect(rect(code).bottom, 'the caption comes after the box').to.be.at.most(rect(el.shadowRoot!.querySelector('.caption')!).top + 0.5);
    }
    // A code keeps its square.
    const code = rect(part(fine, 'code')!);
    expect([code.width, code.height]).to.deep.equal([120, 120]);
  });

  it('keeps its box square around an image that is not (a 300 x 400 image)', async () => {
    const el = await fixture<LecQr>(html`<lec-qr src="/test/fixtures/portrait.png" size="120"></lec-qr>`);
    const img = el.shadowRoot!.querySelector('img')!;
    if (!img.complete) await oneEvent(img, 'load');
    await nextFrame();
    expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([300, 400]);
    const code = rect(part(el, 'code')!);
    expect([code.width, code.height]).to.deep.equal([120, 120]);
    const shown = rect(img);
    expect([shown.width, shown.height], 'the image fills the square (drawn within it, contained)').to.deep.equal([120, 120]);
  });

  it('writes its note left to right on a right-to-left page', async () => {
    const box = await fixture<HTMLElement>(html`<div dir="rtl"><lec-qr src="/test/fixtures/missing.png" size="200"></lec-qr></div>`);
    const el = box.querySelector<LecQr>('lec-qr')!;
    await waitUntil(() => part(el, 'message'), 'the note of an image that failed to load', {timeout: 5000});
    expect(getComputedStyle(part(el, 'message')!).direction).to.equal('ltr');
  });
});

import {expect, fixture, html} from '@open-wc/testing';
import '../src/lec-about/lec-about.js';
import type {LecAbout} from '../src/lec-about/lec-about.js';
import {
  NO_MEDIA_EMULATION,
  NO_NARROW_WINDOW,
  canEmulateMedia,
  captureConsole,
  emulateMedia,
  itIn,
  nextFrame,
  overflowsSideways,
  setLocale,
  setViewport,
  visualDiff,
  engine,
  resetPageWidth,
  setPageWidth,
} from './helpers.js';

const part = (el: LecAbout, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const paragraphs = (el: LecAbout) =>
  [...part(el, 'body').querySelectorAll('p')].map((p) => p.textContent!);
const heading = (el: LecAbout) => part(el, 'heading');
const trail = (el: LecAbout) => el.shadowRoot!.querySelector('lec-breadcrumb')!;
const generatedQr = (el: LecAbout) => el.shadowRoot!.querySelector('lec-qr');
/** Whether the element takes part in layout (slot fallback that is replaced does not). */
const isRendered = (node: Element | null) =>
  !!node && node.getClientRects().length > 0;

/**
 * A macrotask that, unlike requestAnimationFrame and timers, is not paused or throttled when the
 * runner keeps this page in a background tab (it runs two test files at once). Layout is read
 * synchronously, so no frame is needed before measuring.
 */
const tick = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Waits until the element and the elements it renders have settled. */
async function settled(el: LecAbout) {
  await el.updateComplete;
  await tick();
  const inner = el.shadowRoot!.querySelectorAll<
    HTMLElement & {updateComplete: Promise<unknown>}
  >('lec-breadcrumb, lec-qr');
  await Promise.all([...inner].map((e) => e.updateComplete));
  await tick();
}

/** Every string a reader or a screen reader meets: text and names, through nested shadow roots. */
function readableText(root: Node, out: string[] = []): string[] {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent!);
    if (
      !(node instanceof Element) ||
      ['style', 'script'].includes(node.localName)
    )
      continue;
    for (const name of ['aria-label', 'alt', 'title']) {
      const value = node.getAttribute(name);
      if (value) out.push(value);
    }
    if (node.shadowRoot) readableText(node.shadowRoot, out);
    readableText(node, out);
  }
  return out;
}

/** Latin words in a text, once URLs (the QR code's address) are taken out. */
const latinWords = (text: string) =>
  text.replace(/https?:\/\/\S+/g, ' ').match(/[A-Za-z]+/g) ?? [];

/** Proper names that stay in Latin letters on the Chinese page. */
const ALLOWED_LATIN = ['QS', 'MIT'];

let englishParagraphs: string[];

interface Axe {
  setup(node: Node): unknown;
  teardown(): void;
  commons: {text: {accessibleText(element: Element): string}};
}

/**
 * Accessible names as a screen reader gets them, computed by axe-core's implementation of the
 * accname spec (it follows aria-labelledby into slotted content and nested shadow roots).
 */
async function accessibleNames(
  host: LecAbout,
  elements: Element[]
): Promise<string[]> {
  // The accessible() assertion also loads axe-core onto the window.
  await expect(host).to.be.accessible();
  const axe = (window as unknown as {axe: Axe}).axe;
  axe.setup(document);
  try {
    return elements.map((e) => axe.commons.text.accessibleText(e));
  } finally {
    axe.teardown();
  }
}

describe('<lec-about>', () => {
  before(async () => {
    await setLocale('en');
    const text = await (await fetch('/test/fixtures/about-en.txt')).text();
    englishParagraphs = text.trim().split(/\n\n/);
  });
  beforeEach(() => setViewport({width: 1024, height: 800}));
  afterEach(async () => {
    resetPageWidth();
    await setLocale('en');
    if (canEmulateMedia) await emulateMedia({media: 'screen', colorScheme: 'light'});
  });

  describe('by default, in English', () => {
    let el: LecAbout;
    beforeEach(async () => {
      await setViewport({width: 1024, height: 800});
      el = await fixture<LecAbout>(html`<lec-about></lec-about>`);
      await settled(el);
    });

    it('upgrades to a LecAbout', () => {
      expect(el).to.be.instanceOf(customElements.get('lec-about')!);
    });

    it('has every documented part', () => {
      for (const name of [
        'base',
        'breadcrumb',
        'heading',
        'content',
        'body',
        'qr',
      ]) {
        expect(el.shadowRoot!.querySelector(`[part~="${name}"]`), name).to
          .exist;
      }
    });

    it('is a region labelled by its heading', () => {
      const base = part(el, 'base');
      expect(base.localName).to.equal('section');
      const id = base.getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(id)).to.equal(heading(el));
      expect(base.getAttribute('lang')).to.equal('en');
    });

    it('shows the four paragraphs of the original page word for word', () => {
      expect(englishParagraphs).to.have.length(4);
      expect(paragraphs(el)).to.deep.equal(englishParagraphs);
      // The source's curly apostrophes and straight double quotes survive.
      expect(paragraphs(el)[2])
        .to.contain('university’s')
        .and.contain('"Four Orientations"');
    });

    it('has the heading "About SJTU LEC" in an h2', () => {
      expect(heading(el).localName).to.equal('h2');
      expect(heading(el).textContent!.trim()).to.equal('About SJTU LEC');
    });

    it('shows the trail "Location: About Us > About SJTU LEC" with the current page marked', () => {
      const nav = trail(el).shadowRoot!;
      expect(
        nav.querySelector('[part~="prefix"]')!.textContent!.trim()
      ).to.equal('Location:');
      const entries = [...nav.querySelectorAll('[part~="list"] .entry')];
      expect(entries.map((e) => e.textContent!.trim())).to.deep.equal([
        'About Us',
        'About SJTU LEC',
      ]);
      expect(entries[1].getAttribute('aria-current')).to.equal('page');
      // Without about-us-href, "About Us" is plain text rather than a link to nowhere.
      expect(nav.querySelector('a')).to.be.null;
    });

    it('shows one generated QR code for the page, captioned "QR code"', () => {
      const qrs = el.shadowRoot!.querySelectorAll('lec-qr');
      expect(qrs).to.have.length(1);
      const qr = qrs[0];
      expect(qr.value).to.equal('');
      const caption = qr.shadowRoot!.querySelector('[part~="caption"]')!;
      expect(caption.textContent!.trim()).to.equal('QR code');
      const name = qr
        .shadowRoot!.querySelector('[role="img"]')!
        .getAttribute('aria-label');
      expect(name).to.equal(`QR code: ${location.href}`);
    });

    it('does not justify English text and keeps a comfortable measure', () => {
      const body = part(el, 'body');
      const style = getComputedStyle(body);
      expect(style.textAlign).to.equal('start');
      expect(
        parseFloat(style.lineHeight) / parseFloat(style.fontSize)
      ).to.be.closeTo(1.7, 0.01);
      expect(body.getBoundingClientRect().width).to.be.at.most(
        40 * parseFloat(style.fontSize) + 0.5
      );
    });

    it('draws the SJTU-red accent from --lec-color-brand', async () => {
      expect(getComputedStyle(heading(el)).color).to.equal('rgb(167, 30, 50)');
      expect(getComputedStyle(heading(el), '::after').backgroundColor).to.equal(
        'rgb(167, 30, 50)'
      );
      el.style.setProperty('--lec-color-brand', 'rgb(0, 64, 128)');
      expect(getComputedStyle(heading(el), '::after').backgroundColor).to.equal(
        'rgb(0, 64, 128)'
      );
    });

    it('reads its custom properties', async () => {
      el.style.cssText = `--lec-about-heading-color: rgb(1, 2, 3); --lec-about-heading-font-size: 40px;
        --lec-about-text-font-size: 20px; --lec-about-line-height: 2; --lec-about-gap: 50px;
        --lec-about-max-width: 700px`;
      const h = getComputedStyle(heading(el));
      expect(h.color).to.equal('rgb(1, 2, 3)');
      expect(h.fontSize).to.equal('40px');
      const body = getComputedStyle(part(el, 'body'));
      expect(body.fontSize).to.equal('20px');
      expect(body.lineHeight).to.equal('40px');
      expect(part(el, 'base').getBoundingClientRect().width).to.equal(700);
      expect(getComputedStyle(part(el, 'content')).rowGap).to.equal('50px');
    });

    it('puts the QR code beside the text when wide', () => {
      const body = part(el, 'body').getBoundingClientRect();
      const qr = part(el, 'qr').getBoundingClientRect();
      expect(qr.left).to.be.at.least(body.right);
      expect(qr.top).to.be.below(body.bottom);
    });
  });

  // An Arabic, Hebrew or Uyghur page (dir="rtl") that shows the college's English or Chinese
  // text: the layout mirrors, but each paragraph reads left to right, its full stop at its end
  // and the Chinese indent at its start (the review of 2026-12-05).
  for (const locale of ['en', 'zh-Hans']) {
    it(`writes its own paragraphs left to right on a right-to-left page (${locale})`, async () => {
      await setLocale(locale);
      const box = await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 700px"><lec-about></lec-about></div>`);
      const el = box.querySelector<LecAbout>('lec-about')!;
      await settled(el);
      const ps = [...part(el, 'body').querySelectorAll('p')];
      expect(ps.length).to.be.above(0);
      for (const p of ps) {
        expect(getComputedStyle(p).direction).to.equal('ltr');
        // The last character (the full stop) ends the last line: right of the one before it.
        const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text;
        const range = document.createRange();
        range.setStart(text, text.length - 1);
        range.setEnd(text, text.length);
        const stop = range.getBoundingClientRect();
        range.setStart(text, text.length - 2);
        range.setEnd(text, text.length - 1);
        expect(stop.left, `"${text.data.slice(-2)}" in order`).to.be.at.least(range.getBoundingClientRect().left);
      }
      await setLocale('en');
    });
  }

  describe('at desktop widths', () => {
    // The original page: one generated code and one existing image. Before, the codes sat right
    // after the text and left a band of ~280 px of empty card under the end of the heading rule.
    for (const width of [1280, 1920]) {
      for (const locale of ['en', 'zh-Hans']) {
        it(`keeps the text measure and puts the QR codes at the far end, no empty band (${width} px, ${locale})`, async () => {
          await setPageWidth(width);
          await setLocale(locale);
          const el = await fixture<LecAbout>(html`<lec-about>
            <lec-qr slot="qr" value="https://lec.sjtu.edu.cn/"></lec-qr>
            <lec-qr slot="qr" src="/test/fixtures/wechat-qr.png"></lec-qr>
          </lec-about>`);
          await settled(el);
          const rule = heading(el).getBoundingClientRect();
          const body = part(el, 'body');
          const text = body.getBoundingClientRect();
          const codes = [...el.querySelectorAll('lec-qr')].map((q) => q.getBoundingClientRect());
          // The codes stand beside the text, and the last one ends where the heading rule ends.
          for (const code of codes) {
            expect(code.left).to.be.at.least(text.right);
            expect(code.top).to.be.below(text.bottom);
          }
          expect(Math.max(...codes.map((c) => c.right))).to.be.closeTo(rule.right, 1);
          // The text keeps a comfortable measure: 40em in English, 38em in Chinese.
          const em = parseFloat(getComputedStyle(body).fontSize);
          expect(text.width).to.be.at.most((locale === 'en' ? 40 : 38) * em + 0.5);
          expect(text.width).to.be.at.least((locale === 'en' ? 36 : 34) * em);
          expect(text.left).to.be.closeTo(rule.left, 1);
        });
      }
    }
  });

  // The section is a size container (its layout follows its own width), which gives it no
  // intrinsic width: a page that sized <lec-about> to its content (a float, a table cell, a
  // start-aligned grid item, a flex item) got a 40 px sliver, one word per line.
  describe('in a box the page sizes to its content', () => {
    const boxes: Array<[string, (about: unknown) => unknown, number]> = [
      ['a float', (about) => html`<div style="float: left">${about}</div>`, 0],
      // The table's border spacing (2 px) and the cell's padding (1 px), each side.
      ['an auto-width table cell', (about) => html`<table><tr><td>${about}</td></tr></table>`, 6],
      ['a start-aligned grid item', (about) => html`<div style="display: grid; justify-items: start">${about}</div>`, 0],
      ['an inline-block', (about) => html`<div style="display: inline-block">${about}</div>`, 0],
      ['a flex item beside a 200 px sidebar', (about) => html`<div style="display: flex"><div style="flex: none; inline-size: 200px"></div>${about}</div>`, 200],
    ];
    for (const [name, wrap, beside] of boxes) {
      it(`takes the room there is, up to --lec-about-max-width, in ${name}`, async () => {
        const room = 900;
        const host = await fixture<HTMLElement>(
          html`<div style="inline-size: ${room}px">${wrap(html`<lec-about></lec-about>`)}</div>`
        );
        const el = host.querySelector('lec-about')!;
        await settled(el);
        expect(el.getBoundingClientRect().width).to.be.closeTo(room - beside, 1);
        expect(part(el, 'body').getBoundingClientRect().width).to.be.above(400);
        // With more room than its maximum, it stops at the maximum, as in a block.
        el.style.setProperty('--lec-about-max-width', '30em');
        await nextFrame();
        const em = parseFloat(getComputedStyle(el).fontSize);
        expect(part(el, 'base').getBoundingClientRect().width).to.be.closeTo(Math.min(30 * em, room - beside), 1);
      });
    }
  });

  describe('when narrow (320 px)', () => {
    beforeEach(async () => {
      if (engine !== 'webkit') await setViewport({width: 320, height: 640});
    });

    // The same check in every engine: the layout follows the element's own width (a container
    // query), so a 320 px column on a wider page lays it out as a 320 px screen would.
    for (const locale of ['en', 'zh-Hans']) {
      it(`in a 320 px column, puts the QR code below the text and keeps every box inside (${locale})`, async () => {
        await setLocale(locale);
        const column = await fixture<HTMLDivElement>(html`<div style="width: 320px"><lec-about></lec-about></div>`);
        const el = column.querySelector('lec-about')!;
        await settled(el);
        const body = part(el, 'body').getBoundingClientRect();
        const qr = part(el, 'qr').getBoundingClientRect();
        expect(qr.top).to.be.at.least(body.bottom);
        const right = column.getBoundingClientRect().right;
        for (const box of el.shadowRoot!.querySelectorAll('*')) {
          expect(box.getBoundingClientRect().right, box.localName).to.be.at.most(right + 0.5);
        }
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      });
    }

    for (const locale of ['en', 'zh-Hans']) {
      itIn(['chromium', 'firefox'], NO_NARROW_WINDOW, `puts the QR code below the text and does not overflow sideways (${locale})`, async () => {
        await setLocale(locale);
        const el = await fixture<LecAbout>(html`<lec-about></lec-about>`);
        await settled(el);
        const body = part(el, 'body').getBoundingClientRect();
        const qr = part(el, 'qr').getBoundingClientRect();
        expect(qr.top).to.be.at.least(body.bottom);
        expect(overflowsSideways()).to.be.false;
        for (const box of el.shadowRoot!.querySelectorAll('*')) {
          expect(
            box.getBoundingClientRect().right,
            box.localName
          ).to.be.at.most(320);
        }
      });
    }
  });

  describe('accessibility', () => {
    for (const width of [1024, 320]) {
      for (const locale of ['en', 'zh-Hans']) {
        it(`has no axe violations at ${width} px (${locale})`, async () => {
          await setPageWidth(width);
          await setLocale(locale);
          const el = await fixture<LecAbout>(
            html`<lec-about about-us-href="/about/"></lec-about>`
          );
          await settled(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('has no axe violations in the dark theme', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about theme="dark"></lec-about>`
      );
      await settled(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessible names', () => {
    const region = (el: LecAbout) => part(el, 'base');
    const nav = (el: LecAbout) => trail(el).shadowRoot!.querySelector('nav')!;
    const code = (el: LecAbout) =>
      generatedQr(el)!.shadowRoot!.querySelector('[role="img"]')!;

    it('names the region after its heading, in English', async () => {
      const el = await fixture<LecAbout>(html`<lec-about></lec-about>`);
      await settled(el);
      expect(
        await accessibleNames(el, [region(el), heading(el), nav(el), code(el)])
      ).to.deep.equal([
        'About SJTU LEC',
        'About SJTU LEC',
        'Breadcrumb',
        `QR code: ${location.href}`,
      ]);
    });

    it('names everything in Chinese on a Chinese page', async () => {
      await setLocale('zh-Hans');
      const el = await fixture<LecAbout>(
        html`<lec-about about-us-href="/about/"></lec-about>`
      );
      await settled(el);
      const link = nav(el).querySelector('a')!;
      expect(
        await accessibleNames(el, [region(el), nav(el), link, code(el)])
      ).to.deep.equal([
        '学院简介',
        '面包屑导航',
        '关于我们',
        `二维码：${location.href}`,
      ]);
    });

    it('takes the region name from a slotted heading', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about heading-level="3"
          ><span slot="heading">Our <em>college</em></span></lec-about
        >`
      );
      expect(await accessibleNames(el, [region(el)])).to.deep.equal([
        'Our college',
      ]);
    });
  });

  describe('in Chinese', () => {
    let el: LecAbout;
    beforeEach(async () => {
      await setViewport({width: 1024, height: 800});
      await setLocale('zh-Hans');
      el = await fixture<LecAbout>(html`<lec-about></lec-about>`);
      await settled(el);
    });

    it('shows the trail, heading and caption in the official terms', () => {
      const nav = trail(el).shadowRoot!;
      expect(
        nav.querySelector('[part~="prefix"]')!.textContent!.trim()
      ).to.equal('当前位置：');
      expect(
        nav.querySelector('[part~="base"]')!.getAttribute('aria-label')
      ).to.equal('面包屑导航');
      const entries = [...nav.querySelectorAll('[part~="list"] .entry')].map(
        (e) => e.textContent!.trim()
      );
      expect(entries).to.deep.equal(['关于我们', '学院简介']);
      expect(heading(el).textContent!.trim()).to.equal('学院简介');
      const caption =
        generatedQr(el)!.shadowRoot!.querySelector('[part~="caption"]')!;
      expect(caption.textContent!.trim()).to.equal('二维码');
      expect(part(el, 'base').getAttribute('lang')).to.equal('zh-Hans');
    });

    it('has four complete Chinese paragraphs', () => {
      const text = paragraphs(el);
      expect(text).to.have.length(4);
      for (const p of text) {
        expect(p.length).to.be.above(40);
        expect(p).to.match(/。$/);
        expect(p, 'full-width punctuation only').not.to.match(/[,;:()"!?]/);
      }
    });

    it('uses the glossary terms', () => {
      const text = paragraphs(el).join('');
      for (const term of [
        '上海交通大学终身教育学院',
        '原继续教育学院',
        '原海外教育学院',
        '教育部直属并与上海市共建的全国重点大学',
        '“综合性、创新性、国际化”',
        'QS世界大学排名',
        '泰晤士高等教育世界大学排名',
        '哈佛大学',
        '麻省理工学院',
        '立德树人',
        '全球创新课程体系',
        '科教兴国战略、人才强国战略、创新驱动发展战略',
        '战略性新兴产业',
        '“全球创新学院”',
        '“国之大者”',
        '“四个面向”（面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康）',
        '产业创新、科技创新、管理创新、设计创新',
        '教育、科技、人才一体化推进',
        '学科深度交叉融合',
        '终身教育体系',
        '“科技是第一生产力、人才是第一资源、创新是第一动力”',
        '中国特色世界一流大学',
        '以中国式现代化全面推进强国建设、民族复兴伟业',
        '125年',
        '120年',
        '300余所',
        '5000余名',
        '120多个国家和地区',
        // Chinese numerals in the fixed expression, and the full term.
        '等九大学科门类',
      ]) {
        expect(text, term).to.contain(term);
      }
    });

    it('leaves no English on the page but proper names', () => {
      const words = latinWords(readableText(el.shadowRoot!).join(' '));
      expect(words.filter((w) => !ALLOWED_LATIN.includes(w))).to.deep.equal([]);
      expect(words).to.include('QS');
    });

    it('uses a CJK line height and measure, justified, with the customary indent', () => {
      const body = part(el, 'body');
      const style = getComputedStyle(body);
      const size = parseFloat(style.fontSize);
      expect(parseFloat(style.lineHeight) / size).to.be.closeTo(1.8, 0.01);
      expect(style.textAlign).to.equal('justify');
      expect(body.getBoundingClientRect().width).to.be.at.most(38 * size + 0.5);
      expect(getComputedStyle(body.querySelector('p')!).textIndent).to.equal(
        `${2 * size}px`
      );
    });
  });

  describe('switching the locale at run time', () => {
    it('re-renders every string in place', async () => {
      const el = await fixture<LecAbout>(html`<lec-about></lec-about>`);
      await settled(el);
      const section = part(el, 'base');
      await setLocale('zh-Hans');
      await settled(el);
      expect(part(el, 'base')).to.equal(section);
      expect(heading(el).textContent!.trim()).to.equal('学院简介');
      expect(paragraphs(el)[1]).to.equal(
        '上海交通大学终身教育学院是上海交通大学直属单位，由原继续教育学院和原海外教育学院合并组建而成。'
      );
      const latin = latinWords(readableText(el.shadowRoot!).join(' '));
      expect(latin.filter((w) => !ALLOWED_LATIN.includes(w))).to.deep.equal([]);
      await setLocale('en');
      await settled(el);
      expect(paragraphs(el)).to.deep.equal(englishParagraphs);
      expect(heading(el).textContent!.trim()).to.equal('About SJTU LEC');
      const entries = [
        ...trail(el).shadowRoot!.querySelectorAll('[part~="list"] .entry'),
      ];
      expect(entries.map((e) => e.textContent!.trim())).to.deep.equal([
        'About Us',
        'About SJTU LEC',
      ]);
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`renders a real h${level}`, async () => {
        const el = await fixture<LecAbout>(
          html`<lec-about heading-level=${level}></lec-about>`
        );
        expect(heading(el).localName).to.equal(`h${level}`);
        expect(part(el, 'base').getAttribute('aria-labelledby')).to.equal(
          heading(el).id
        );
      });
    }

    for (const bad of ['0', '7', '2.5', 'abc', '-1']) {
      it(`falls back to h2 with a warning for ${JSON.stringify(bad)}`, async () => {
        let el!: LecAbout;
        const logs = await captureConsole(async () => {
          el = await fixture<LecAbout>(
            html`<lec-about heading-level=${bad}></lec-about>`
          );
        });
        expect(heading(el).localName).to.equal('h2');
        // As the page wrote it, not the number Lit made of it (NaN for "abc").
        expect(logs.join()).to.contain(`heading-level="${bad}"`);
      });
    }

    it('goes back to h2 without a warning when the attribute is removed', async () => {
      const el = await fixture<LecAbout>(html`<lec-about heading-level="4"></lec-about>`);
      const logs = await captureConsole(async () => {
        el.removeAttribute('heading-level');
        await el.updateComplete;
      });
      expect(heading(el).localName).to.equal('h2');
      expect(logs, 'it warned heading-level="null" is not 1 to 6').to.deep.equal([]);
      expect(el.headingLevel, 'the property, typed as a number').to.equal(2);
    });

    it('changes level when the attribute changes', async () => {
      const el = await fixture<LecAbout>(html`<lec-about></lec-about>`);
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(heading(el).localName).to.equal('h3');
    });
  });

  describe('about-us-href', () => {
    it('makes "About Us" a link', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about about-us-href="/about/"></lec-about>`
      );
      await settled(el);
      const link = trail(el).shadowRoot!.querySelector('a')!;
      expect(link.textContent!.trim()).to.equal('About Us');
      expect(link.getAttribute('href')).to.equal('/about/');
    });

    it('takes a URL object set from script (as a framework passes one), and refuses an unsafe one', async () => {
      const el = await fixture<LecAbout>(html`<lec-about></lec-about>`);
      (el as unknown as {aboutUsHref: URL}).aboutUsHref = new URL('https://lec.sjtu.edu.cn/about/');
      await settled(el);
      expect(trail(el).shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://lec.sjtu.edu.cn/about/');
      const logs = await captureConsole(async () => {
        (el as unknown as {aboutUsHref: URL}).aboutUsHref = new URL('javascript:alert(1)');
        await settled(el);
      });
      expect(logs.join()).to.contain('<lec-about> about-us-href: ignored the URL');
      expect(trail(el).shadowRoot!.querySelector('a')).to.be.null;
    });

    it('ignores a javascript: URL with a warning', async () => {
      let el!: LecAbout;
      const logs = await captureConsole(async () => {
        el = await fixture<LecAbout>(
          html`<lec-about about-us-href="javascript:alert(1)"></lec-about>`
        );
        await settled(el);
      });
      expect(logs.join()).to.contain(
        '<lec-about> about-us-href: ignored the URL'
      );
      expect(trail(el).shadowRoot!.querySelector('a')).to.be.null;
    });
  });

  describe('slots', () => {
    it('takes the heading text from the heading attribute', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about heading="Who we are"></lec-about>`
      );
      expect(heading(el).textContent!.trim()).to.equal('Who we are');
    });

    it('puts slotted heading text inside the real heading', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about heading="Ignored"
          ><span slot="heading">Our <em>college</em></span></lec-about
        >`
      );
      const slot = heading(el).querySelector('slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Our college');
      // Slotted text takes the heading's styling.
      const span = el.querySelector('span')!;
      expect(getComputedStyle(span).color).to.equal(
        getComputedStyle(heading(el)).color
      );
      expect(getComputedStyle(span).fontSize).to.equal(
        getComputedStyle(heading(el)).fontSize
      );
      await expect(el).to.be.accessible();
    });

    it('replaces the built-in text with the webmaster’s paragraphs, styled alike', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about>
          <p>First own paragraph.</p>
          <p>Second own paragraph.</p>
        </lec-about>`
      );
      await settled(el);
      expect(part(el, 'body').querySelectorAll('p')).to.have.length(0);
      const [first, second] = el.querySelectorAll('p');
      expect(isRendered(first)).to.be.true;
      expect(getComputedStyle(first).marginBlockEnd).to.equal('16px');
      expect(getComputedStyle(second).marginBlockEnd).to.equal('0px');
      expect(getComputedStyle(first).lineHeight).to.equal(
        getComputedStyle(part(el, 'body')).lineHeight
      );
      await expect(el).to.be.accessible();
    });

    it('keeps the built-in text when the default slot holds only whitespace and comments', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about>
          <!-- nothing here -->
        </lec-about>`
      );
      await settled(el);
      expect(paragraphs(el)).to.deep.equal(englishParagraphs);
    });

    it('follows paragraphs added and removed later', async () => {
      const el = await fixture<LecAbout>(html`<lec-about></lec-about>`);
      const own = Object.assign(document.createElement('p'), {
        textContent: 'Added later.',
      });
      el.append(own);
      await settled(el);
      expect(paragraphs(el)).to.have.length(0);
      own.remove();
      el.append(document.createTextNode('   '));
      await settled(el);
      expect(paragraphs(el)).to.have.length(4);
      el.append(document.createTextNode('Plain text counts too.'));
      await settled(el);
      expect(paragraphs(el)).to.have.length(0);
    });

    it('follows text a framework writes into its text node in place (Vue\'s {{ intro }}), which fires no slotchange', async () => {
      const el = await fixture<LecAbout>(html`<lec-about></lec-about>`);
      // One text node, empty at first (the data has not loaded), then filled, then emptied again.
      const text = el.appendChild(document.createTextNode(''));
      await settled(el);
      expect(paragraphs(el)).to.have.length(4);
      text.data = 'Our own introduction, loaded later.';
      await settled(el);
      expect(paragraphs(el), 'the built-in text makes way').to.have.length(0);
      text.data = '  ';
      await settled(el);
      expect(paragraphs(el), 'and comes back').to.have.length(4);
    });

    it('leaves its trail out for an empty element in the breadcrumb slot (a page with a trail of its own)', async () => {
      const el = await fixture<LecAbout>(html`<lec-about no-qr><span slot="breadcrumb"></span></lec-about>`);
      await settled(el);
      // As the README says: one trail on the page, so one breadcrumb landmark.
      expect([...el.shadowRoot!.querySelectorAll('nav, lec-breadcrumb')].filter(isRendered)).to.have.length(0);
      expect(isRendered(trail(el))).to.be.false;
      expect(paragraphs(el)).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('replaces the trail with a slotted <lec-breadcrumb>', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about>
          <lec-breadcrumb slot="breadcrumb"
            ><a href="/">Home</a><span>About</span></lec-breadcrumb
          >
        </lec-about>`
      );
      await settled(el);
      expect(isRendered(el.querySelector('lec-breadcrumb'))).to.be.true;
      expect(isRendered(trail(el))).to.be.false;
      expect(paragraphs(el)).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('shows any number of slotted <lec-qr> instead of the generated one', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about>
          <lec-qr
            slot="qr"
            value="https://lec.sjtu.edu.cn/"
            caption="Website"
          ></lec-qr>
          <lec-qr
            slot="qr"
            value="https://www.sjtu.edu.cn/"
            caption="SJTU"
          ></lec-qr>
        </lec-about>`
      );
      await settled(el);
      expect(isRendered(generatedQr(el))).to.be.false;
      const [a, b] = el.querySelectorAll('lec-qr');
      expect(isRendered(a) && isRendered(b)).to.be.true;
      // Beside the text when wide: side by side where there is room, else one above the other.
      const body = part(el, 'body').getBoundingClientRect();
      for (const code of [a, b]) {
        expect(code.getBoundingClientRect().left).to.be.at.least(body.right);
      }
      expect(paragraphs(el)).to.have.length(4);
    });
  });

  describe('own codes and the code of the page', () => {
    it('makes no hidden code of the page behind slotted codes, and makes it when they go', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about><lec-qr slot="qr" value="https://lec.sjtu.edu.cn/" caption="Website"></lec-qr></lec-about>`
      );
      await settled(el);
      // Fallback content of a filled slot is not shown, but an element there would still be
      // upgraded, rendered and encoded: the demo's load spent 10 to 40 ms (4x CPU) on it.
      expect(generatedQr(el)).to.be.null;
      const own = el.querySelector('lec-qr')!;
      own.remove();
      await settled(el);
      expect(isRendered(generatedQr(el))).to.be.true;
      expect(generatedQr(el)!.shadowRoot!.querySelector('svg')).to.exist;
      // A code slotted later replaces it again, as does one that gains slot="qr".
      const later = Object.assign(document.createElement('lec-qr'), {value: 'https://www.sjtu.edu.cn/'});
      el.append(later);
      await settled(el);
      expect(generatedQr(el)).to.exist; // not slotted: the default slot's own content
      later.slot = 'qr';
      await settled(el);
      expect(generatedQr(el)).to.be.null;
      expect(isRendered(later)).to.be.true;
    });
  });

  describe('no-qr', () => {
    it('hides the QR area, slotted codes included', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about no-qr>
          <lec-qr slot="qr" value="x"></lec-qr>
        </lec-about>`
      );
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part~="qr"]')).to.be.null;
      expect(generatedQr(el)).to.be.null;
      expect(isRendered(el.querySelector('lec-qr'))).to.be.false;
      el.noQr = false;
      await settled(el);
      expect(isRendered(el.querySelector('lec-qr'))).to.be.true;
    });
  });

  describe('theme', () => {
    const colours = (el: LecAbout) => ({
      background: getComputedStyle(part(el, 'base')).backgroundColor,
      text: getComputedStyle(part(el, 'body')).color,
      heading: getComputedStyle(heading(el)).color,
      caption: getComputedStyle(
        generatedQr(el)!.shadowRoot!.querySelector('[part~="caption"]')!
      ).color,
    });

    it('pins dark colours with theme="dark", nested elements included', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about theme="light"></lec-about>`
      );
      await settled(el);
      const light = colours(el);
      expect(light.background).to.equal('rgba(0, 0, 0, 0)');
      expect(light.text).to.equal('rgb(31, 35, 40)');
      el.theme = 'dark';
      await settled(el);
      expect(el.getAttribute('theme')).to.equal('dark');
      const dark = colours(el);
      expect(dark.background).to.equal('rgb(22, 24, 28)');
      expect(dark.text).to.equal('rgb(230, 232, 235)');
      expect(dark.heading).to.equal('rgb(255, 128, 149)');
      expect(dark.caption).to.equal('rgb(230, 232, 235)');
    });

    // Until 2026-12-04 the section's background read the surface colour in the dark scheme only:
    // a page's --lec-color-surface did nothing on a light page.
    it('takes --lec-color-surface as its background in either scheme', async () => {
      const el = await fixture<LecAbout>(html`<lec-about theme="light" style="--lec-color-surface: rgb(250, 240, 230)"></lec-about>`);
      await settled(el);
      expect(colours(el).background).to.equal('rgb(250, 240, 230)');
      el.theme = 'dark';
      await settled(el);
      expect(colours(el).background).to.equal('rgb(250, 240, 230)');
    });

    it('warns about an unknown theme and follows the page', async () => {
      let page!: HTMLElement;
      const logs = await captureConsole(async () => {
        page = await fixture(html`<div style="color-scheme: dark"><lec-about theme="sepia"></lec-about></div>`);
      });
      expect(logs.join()).to.contain('theme="sepia"');
      // The page's colour scheme, dark here, as if theme were not set.
      const el = page.querySelector<LecAbout>('lec-about')!;
      await settled(el);
      expect(colours(el).background).to.equal('rgb(22, 24, 28)');
    });

    itIn(['chromium'], NO_MEDIA_EMULATION, 'follows prefers-color-scheme with theme="auto"', async () => {
      await emulateMedia({colorScheme: 'dark'});
      const el = await fixture<LecAbout>(
        html`<lec-about theme="auto"></lec-about>`
      );
      await settled(el);
      expect(colours(el).background).to.equal('rgb(22, 24, 28)');
    });

    itIn(['chromium'], NO_MEDIA_EMULATION, 'prints light, without background or padding, the QR codes kept whole', async () => {
      const el = await fixture<LecAbout>(
        html`<lec-about theme="dark"></lec-about>`
      );
      await settled(el);
      await emulateMedia({media: 'print'});
      await tick();
      const base = getComputedStyle(part(el, 'base'));
      expect(base.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(base.paddingTop).to.equal('0px');
      expect(getComputedStyle(part(el, 'body')).color).to.equal(
        'rgb(31, 35, 40)'
      );
      expect(getComputedStyle(part(el, 'qr')).breakInside).to.equal('avoid');
      // White paper whatever the page sets on the element itself (a dark card's background, as
      // the demo's): until 2026-12-04 a plain rule of the page's beat the print rule, and the
      // section printed dark text on that dark card.
      el.style.background = 'rgb(22, 24, 28)';
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      await emulateMedia({media: 'screen'});
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 24, 28)');
    });

    // --lec-font-size inherits as written: 1.125em applied again inside the section made its
    // trail and codes 1.125 x 1.125 the page's text (until 2026-12-04).
    it('applies a relative --lec-font-size once, to its trail and codes too', async () => {
      const box = await fixture<HTMLElement>(html`<div style="font-size: 16px; --lec-font-size: 1.25em">
        <lec-about><lec-qr slot="qr" value="x"></lec-qr></lec-about>
        <lec-about><lec-breadcrumb slot="breadcrumb"><a href="/">Home</a><span>Here</span></lec-breadcrumb></lec-about>
        <lec-breadcrumb><a href="/">Home</a><span>Here</span></lec-breadcrumb>
      </div>`);
      const el = box.querySelector('lec-about') as LecAbout;
      await settled(el);
      const size = (e: Element) => getComputedStyle(e).fontSize;
      expect(size(el)).to.equal('20px');
      expect(size(box.querySelector(':scope > lec-breadcrumb')!), 'a trail on its own').to.equal('20px');
      expect(size(el.shadowRoot!.querySelector('lec-breadcrumb')!), "the section's trail").to.equal('20px');
      expect(size(el.querySelector('lec-qr')!), 'a slotted code').to.equal('20px');
      expect(size(box.querySelector('[slot=breadcrumb]')!), 'a slotted trail').to.equal('20px');
    });
  });

  describe('visual baselines', () => {
    // Fixed QR values (the page's own address changes between runs), like the original page:
    // one generated code and one existing image.
    async function render(locale: string, width: number) {
      await setPageWidth(width, 900);
      await setLocale(locale);
      const el = await fixture<LecAbout>(
        html`<lec-about about-us-href="/about/">
          <lec-qr slot="qr" value="https://lec.sjtu.edu.cn/"></lec-qr>
          <lec-qr slot="qr" src="/test/fixtures/wechat-qr.png"></lec-qr>
        </lec-about>`
      );
      await settled(el);
      const img = el
        .querySelectorAll('lec-qr')[1]
        .shadowRoot!.querySelector('img')!;
      // Not img.decode(): it waits for a frame, which a background tab never paints.
      if (!img.complete)
        await new Promise((resolve) =>
          img.addEventListener('load', resolve, {once: true})
        );
      await document.fonts.ready;
      await tick();
      return el;
    }

    it('in English, wide', async () => {
      await visualDiff(await render('en', 1024), 'lec-about-en-wide');
    });

    it('in Chinese, wide', async () => {
      await visualDiff(await render('zh-Hans', 1024), 'lec-about-zh-wide');
    });

    it('in English, narrow', async () => {
      await visualDiff(await render('en', 320), 'lec-about-en-narrow');
    });

    it('in Chinese, narrow', async () => {
      await visualDiff(await render('zh-Hans', 320), 'lec-about-zh-narrow');
    });
  });
});

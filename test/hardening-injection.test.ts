import {expect, fixture, html} from '@open-wc/testing';
import '../src/lec-qr/lec-qr.js';
import '../src/lec-breadcrumb/lec-breadcrumb.js';
import '../src/lec-about/lec-about.js';
import type {LecQr} from '../src/lec-qr/lec-qr.js';
import {captureConsole, setLocale} from './helpers.js';
import {
  VECTORS,
  cancelDownloads,
  clickEverything,
  expectNoPageErrors,
  payloadElements,
  pwned,
  resetPwned,
  shadowRoots,
  twoFrames,
  unsafeUrls,
} from './hostile-vectors.js';

const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;
const shadow = (root: ParentNode, id: string) => $(root, `#${id}`).shadowRoot!;
/** How <lec-breadcrumb> reads the text of a light-DOM entry. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const ldScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

describe('hardening: injection', () => {
  let restoreDownloads: () => void;
  before(async () => {
    await setLocale('en');
    restoreDownloads = cancelDownloads();
  });
  after(() => restoreDownloads());
  afterEach(() => resetPwned());
  expectNoPageErrors();

  it('has a table of at least 20 hostile vectors', () => {
    expect(VECTORS.length).to.be.at.least(20);
    expect(new Set(VECTORS.map((v) => v.payload)).size).to.equal(VECTORS.length);
  });

  for (const {name, payload: p, refusedAsUrl} of VECTORS) {
    it(`keeps ${JSON.stringify(name)} inert in every string input`, async () => {
      const items = JSON.stringify([{label: p, href: '/a/'}, {label: 'B', href: p}, {label: 'Here'}]);
      let root!: HTMLElement;
      const logs = await captureConsole(async () => {
        root = await fixture<HTMLElement>(html`<div>
          <lec-qr id="value" value=${p}></lec-qr>
          <lec-qr id="caption" value="x" caption=${p} download></lec-qr>
          <lec-qr id="label" value="x" label=${p}></lec-qr>
          <lec-qr id="href" value="x" href=${p}></lec-qr>
          <lec-qr id="src" src=${p}></lec-qr>
          <lec-qr id="logo" value="x" logo=${p}></lec-qr>
          <lec-qr id="slotted" value="x" download><span slot="caption">${p}</span></lec-qr>
          <lec-breadcrumb id="items" items=${items} structured-data></lec-breadcrumb>
          <lec-breadcrumb id="light" label=${p} prefix=${p}
            ><a href=${p}>${p}</a><a href="/b/">B</a><span>${p}</span></lec-breadcrumb
          >
          <lec-about id="about" heading=${p} about-us-href=${p} no-qr></lec-about>
          <lec-about id="slots" no-qr><span slot="heading">${p}</span><p>${p}</p></lec-about>
        </div>`);
        // The nested trail of <lec-about> renders after its host.
        await twoFrames();
      });
      const roots = shadowRoots(root);

      await clickEverything(roots);
      expect(pwned(), 'a payload ran').to.be.undefined;
      expect(payloadElements(roots), 'markup from the payload').to.deep.equal([]);
      expect(unsafeUrls(roots), 'unsafe URLs on screen').to.deep.equal([]);

      // Text stays text, character for character.
      expect($(shadow(root, 'value'), '[role="img"]').getAttribute('aria-label')).to.equal(`QR code: ${p}`);
      expect($(shadow(root, 'caption'), 'slot[name="caption"]').textContent).to.equal(p);
      expect($(shadow(root, 'label'), '[role="img"]').getAttribute('aria-label')).to.equal(p);
      expect($(shadow(root, 'slotted'), '[role="img"]').getAttribute('aria-label')).to.equal(`${p.trim()}: x`);
      const labels = (id: string) => [...shadow(root, id).querySelectorAll('.base .entry:not(.ruler *)')].map((e) => e.textContent);
      expect(labels('items')).to.deep.equal([p.trim(), 'B', 'Here']);
      expect(labels('light')).to.deep.equal([squash(p), 'B', squash(p)]);
      expect($(shadow(root, 'light'), 'nav').getAttribute('aria-label')).to.equal(p);
      expect($(shadow(root, 'light'), 'slot[name="prefix"]').textContent).to.equal(p);
      expect($(shadow(root, 'about'), 'h2 slot[name="heading"]').textContent).to.equal(p);
      const slots = $(root, '#slots');
      expect(slots.querySelector('[slot="heading"]')!.textContent).to.equal(p);
      expect(slots.querySelector('p')!.textContent).to.equal(p);
      expect(slots.querySelectorAll(':scope > * *')).to.have.length(0);
      expect(shadow(root, 'slots').querySelectorAll('.body p')).to.have.length(0);

      // The JSON-LD carries the label as data and can never close its script.
      const ld = ldScripts();
      expect(ld).to.have.length(1);
      expect(ld[0].childElementCount).to.equal(0);
      expect(ld[0].textContent).not.to.contain('<');
      const list = JSON.parse(ld[0].textContent!).itemListElement;
      expect(list[0].name).to.equal(p.trim());
      // An entry whose address is refused has no item; a kept one has an http(s) item.
      expect('item' in list[1], 'the second entry has an item').to.equal(!refusedAsUrl);
      if (!refusedAsUrl) expect(new URL(list[1].item).protocol).to.match(/^https?:$/);

      // URL inputs: refused with one warning each, or kept as an inert relative URL.
      const warned = (where: string) => logs.filter((l) => l.startsWith(`${where}: `) && l.includes('URL')).length;
      const hrefLink = shadow(root, 'href').querySelector('a');
      const aboutLink = $(shadow(root, 'about'), 'lec-breadcrumb').shadowRoot!.querySelector('.base a');
      if (refusedAsUrl) {
        expect(warned('<lec-qr> href')).to.equal(1);
        expect(warned('<lec-qr> src')).to.equal(1);
        expect(warned('<lec-qr> logo')).to.equal(1);
        expect(warned('<lec-breadcrumb> items')).to.equal(1);
        expect(warned('<lec-breadcrumb> <a href>')).to.equal(1);
        expect(warned('<lec-about> about-us-href')).to.equal(1);
        expect(hrefLink).to.be.null;
        expect(shadow(root, 'src').querySelector('img')).to.be.null;
        expect($(shadow(root, 'src'), '[part="message"]').textContent).to.equal('The QR code image could not be loaded.');
        expect(shadow(root, 'logo').querySelector('image')).to.be.null;
        expect(shadow(root, 'items').querySelectorAll('.base a')).to.have.length(1);
        expect(shadow(root, 'light').querySelectorAll('.base a')).to.have.length(1);
        expect(aboutLink).to.be.null;
      } else {
        expect(logs.filter((l) => /^<lec-[a-z]+> ([a-z-]+|<a href>): .*URL/.test(l))).to.deep.equal([]);
        expect(hrefLink).not.to.be.null;
        expect(aboutLink).not.to.be.null;
      }
    });
  }

  describe('when the HTML parser decodes entities first', () => {
    it('refuses the javascript: URLs that &#106; and &colon; spell out, in every URL input', async () => {
      const tricks = ['&#106;avascript:window.__pwned=31', 'javascript&colon;window.__pwned=32', '&#x6A;avascript&#x3A;window.__pwned=33', 'jav&#x09;ascript:window.__pwned=34', '&Tab;&NewLine;&#x20;JAVA&Tab;SCRIPT:window.__pwned=35'];
      const container = document.createElement('div');
      const logs = await captureConsole(async () => {
        container.innerHTML = tricks
          .map(
            (t) => `<lec-qr value="x" href="${t}" logo="${t}"></lec-qr><lec-qr src="${t}"></lec-qr>
              <lec-breadcrumb><a href="${t}">A</a><span>B</span></lec-breadcrumb>
              <lec-about no-qr about-us-href="${t}"></lec-about>`
          )
          .join('');
        document.body.append(container);
        await twoFrames();
      });
      try {
        const roots = shadowRoots(container);
        await clickEverything(roots);
        expect(pwned()).to.be.undefined;
        expect(unsafeUrls(roots)).to.deep.equal([]);
        expect(roots.flatMap((r) => [...r.querySelectorAll('a')])).to.have.length(0);
        expect(roots.flatMap((r) => [...r.querySelectorAll('img, image')])).to.have.length(0);
        // href, logo, src, the light-DOM link and about-us-href, for each trick.
        expect(logs.filter((l) => /^<lec-[a-z]+> ([a-z-]+|<a href>): .*URL/.test(l))).to.have.length(5 * tricks.length);
      } finally {
        container.remove();
      }
    });
  });

  describe('properties set from script', () => {
    it('treats items given as objects with extra keys, getters and non-string fields as data', async () => {
      const el = await fixture<HTMLElement & {items: unknown}>(html`<lec-breadcrumb></lec-breadcrumb>`);
      let getterCalls = 0;
      await captureConsole(async () => {
        el.items = [
          {label: '<img src=x onerror="window.__pwned=40">', href: {toString: () => 'javascript:window.__pwned=41'}},
          {
            get label() {
              getterCalls++;
              return '<svg onload="window.__pwned=42">';
            },
            href: 'https://lec.sjtu.edu.cn/',
            innerHTML: '<img src=x onerror="window.__pwned=43">',
          },
          {label: ['<b>array</b>'], href: '/x/'},
        ];
        await (el as unknown as LecQr).updateComplete;
      });
      const roots = shadowRoots(el);
      await clickEverything(roots);
      expect(pwned()).to.be.undefined;
      expect(payloadElements(roots)).to.deep.equal([]);
      const entries = [...el.shadowRoot!.querySelectorAll('.base .entry:not(.ruler *)')];
      expect(entries.map((e) => [e.localName, e.textContent])).to.deep.equal([
        ['span', '<img src=x onerror="window.__pwned=40">'],
        ['a', '<svg onload="window.__pwned=42">'],
      ]);
      expect(getterCalls).to.be.above(0);
    });
  });

  describe('on a page with the strict CSP and Trusted Types (source modules)', () => {
    // test/fixtures/csp/strict.html carries the CSP of issue 7 in a <meta> element and imports
    // src/lec.ts (the one-tag entry) as an external module; the dev server injects nothing inline.
    async function load(lang: string, page = 'strict.html') {
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '800px';
      frame.style.blockSize = '600px';
      const report = new Promise<Record<string, unknown>>((resolve) => {
        const onMessage = (e: MessageEvent) => {
          if (e.source !== frame.contentWindow || e.data?.type !== 'lec-csp-report') return;
          removeEventListener('message', onMessage);
          resolve(e.data);
        };
        addEventListener('message', onMessage);
      });
      frame.src = `/test/fixtures/csp/${page}?lang=${lang}`;
      document.body.append(frame);
      try {
        return await report;
      } finally {
        frame.remove();
      }
    }

    const expected = {
      en: {caption: 'LEC', prefix: 'Location:', heading: 'About SJTU LEC', qr: 'QR code'},
      'zh-CN': {caption: 'LEC', prefix: '当前位置：', heading: '学院简介', qr: '二维码'},
    } as const;

    for (const [lang, want] of Object.entries(expected)) {
      it(`renders all three elements fully (${lang})`, async () => {
        const r = await load(lang);
        expect(r.error).to.be.undefined;
        expect(r.rendered).to.deep.equal(['lec-breadcrumb:1', 'lec-qr:1', 'lec-qr:1', 'lec-about:1']);
        expect(r.qrCaption).to.equal(want.caption);
        expect(r.qrHasPath).to.be.true;
        expect(r.logo).to.be.true;
        expect(r.imageLoaded).to.be.true;
        expect(r.breadcrumb).to.match(new RegExp(`^${want.prefix}`));
        expect(r.aboutHeading).to.equal(want.heading);
        expect(r.aboutParagraphs).to.equal(4);
        expect(r.aboutQr).to.equal(want.qr);
        expect((r.violations as string[]).filter((v) => v.startsWith('error') || v.startsWith('rejection'))).to.deep.equal([]);
        expect((r.violations as string[]).filter((v) => /trusted-types|script-src/.test(v))).to.deep.equal([]);
      });
    }

    // The size reaches the QR box through the CSSOM (style.setProperty), which a strict CSP allows;
    // a style attribute written as markup would be blocked (`style-src-attr`) and lose the size.
    it('raises no CSP violation and still applies size (en and zh-CN)', async () => {
      for (const lang of Object.keys(expected)) {
        const r = await load(lang);
        expect(r.violations, lang).to.deep.equal([]);
        expect(r.qrWidth, lang).to.equal(160);
      }
    });

    // A script's text is a Trusted Types sink: the JSON-LD goes through our policy, which the
    // page must allow by name; a page that does not gets one warning saying so, not an error.
    it('writes the JSON-LD through the lec-elements policy when the page allows it', async () => {
      const r = await load('en', 'json-ld-allowed.html');
      expect(r.error).to.be.undefined;
      expect(r.violations).to.deep.equal([]);
      expect(r.warnings).to.deep.equal([]);
      expect(r.rendered).to.deep.equal([3, 2]);
      const [first, second] = r.jsonLd as Array<{itemListElement: Array<{name: string; item?: string}>}>;
      expect(first.itemListElement.map((e) => e.name)).to.deep.equal(['Home', 'About Us', 'About SJTU LEC']);
      expect(first.itemListElement[1].item).to.equal(`${location.origin}/about/`);
      expect(second.itemListElement.map((e) => e.name)).to.deep.equal(['Home', 'Second trail']);
    });

    it('warns once and writes no JSON-LD when the page refuses the policy', async () => {
      const r = await load('en', 'json-ld-refused.html');
      expect(r.error).to.be.undefined;
      expect(r.rendered).to.deep.equal([3, 2]);
      expect(r.jsonLd).to.deep.equal([]);
      expect(r.warnings).to.have.length(1);
      expect((r.warnings as string[])[0]).to.match(/^<lec-breadcrumb>: structured-data needs the Trusted Types policy "lec-elements"/);
      // The one violation is the refused policy itself; no script text was ever attempted.
      const violations = r.violations as string[];
      expect(violations).to.have.length(1);
      expect(violations[0]).to.match(/^trusted-types /);
    });
  });
});

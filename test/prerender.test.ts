// The prerenderer's pages in the browser: test/fixtures/prerender/page.html, prerendered by
// dist/prerender/prerender.js in the language of its <html lang> and served by
// scripts/prerender-fixtures.js. Each page is a frame of its own: with scripts disabled (what a
// reader without JavaScript sees), then with dist/lec.ssr.js hydrating it, and the HTML as a
// crawler reads it. In both locales and every engine.
import {expect, waitUntil} from '@open-wc/testing';
import {itIn, nextFrame} from './helpers.js';
import type {ListenedWindow} from './cms-pages.js';

const CANONICAL = 'https://lec.sjtu.edu.cn/about/index.htm';
const TAGS = 'lec-about, lec-breadcrumb, lec-qr';

interface Locale {
  lang: string;
  prefix: string;
  heading: string;
  /** A paragraph in this language has these characters; the other language's has few. */
  script: RegExp;
}
const LOCALES: Locale[] = [
  {lang: 'en', prefix: 'Location:', heading: 'About SJTU LEC', script: /[A-Za-z]/g},
  {lang: 'zh-CN', prefix: '当前位置：', heading: '学院简介', script: /[\u4e00-\u9fff]/g},
];

type Upgraded = HTMLElement & {updateComplete: Promise<unknown>};

/** Opens `url` in a frame 1100 px wide; `sandbox` without allow-scripts is a browser with JavaScript off. */
async function openFrame(url: string, {scripts = true} = {}) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'inline-size: 1100px; block-size: 1400px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await doc.fonts.ready;
  await nextFrame();
  return {frame, doc, win: frame.contentWindow as ListenedWindow};
}

const page = (lang: string, extra = '') => `/prerendered/page.html?lang=${lang}${extra}`;

/** Every element of ours, in light DOM and inside shadow roots, in tree order. */
function ours(root: ParentNode): Element[] {
  return [...root.querySelectorAll(TAGS)].flatMap((el) => [el, ...(el.shadowRoot ? ours(el.shadowRoot) : [])]);
}

/** How many of each landmark a visitor would see: in every shadow root, light-DOM paragraphs of <lec-about> included. */
function counts(doc: Document) {
  const all = (selector: string) =>
    ours(doc).reduce((n, el) => n + (el.shadowRoot?.querySelectorAll(selector).length ?? 0), 0);
  const shownLight = [...doc.querySelectorAll('lec-about > p')].filter((p) => p.getClientRects().length).length;
  return {sections: all('section'), paragraphs: all('p:not([part=message])') + shownLight, navs: all('nav'), figures: all('figure'), svgs: all('svg')};
}

/** Boxes of what a visitor reads, rounded to whole pixels, by name. */
function boxes(doc: Document) {
  const about = doc.querySelector('lec-about')!.shadowRoot!;
  const trail = doc.querySelector('lec-breadcrumb')!.shadowRoot!;
  const parts: Record<string, Element> = {
    trail: trail.querySelector('nav')!,
    prefix: trail.querySelector('[part=prefix]')!,
    about: about.querySelector('section')!,
    heading: about.querySelector('[part=heading]')!,
    innerTrail: about.querySelector('lec-breadcrumb')!.shadowRoot!.querySelector('nav')!,
    aboutCode: about.querySelector('lec-qr')!.shadowRoot!.querySelector('[part=code]')!,
  };
  about.querySelectorAll('p').forEach((p, i) => (parts[`paragraph ${i}`] = p));
  doc.querySelectorAll('.codes lec-qr').forEach((qr, i) => {
    parts[`code ${i}`] = qr.shadowRoot!.querySelector('[part=code]')!;
    parts[`caption ${i}`] = qr.shadowRoot!.querySelector('figcaption')!;
  });
  return Object.fromEntries(
    Object.entries(parts).map(([name, el]) => {
      const r = el.getBoundingClientRect();
      return [name, [r.x, r.y, r.width, r.height].map(Math.round)];
    })
  );
}

/** The entries, separators and prefix of a trail's shadow root, as a visitor sees them. */
function trailSeen(nav: Element) {
  const visible = (el: Element) => el.getBoundingClientRect().width > 0;
  const separators = [...nav.querySelectorAll('.list [part=separator]')].filter(visible);
  return {
    prefix: nav.querySelector('[part=prefix]')!.textContent!.trim(),
    entries: [...nav.querySelectorAll('.list .entry')].filter(visible).map((e) => e.textContent!.trim()),
    separators: separators.map((s) => getComputedStyle(s, '::before').content),
    // Each entry ends before the next begins, with a separator between: not run together.
    gaps: [...nav.querySelectorAll('.list .entry')].filter(visible).map((e) => e.getBoundingClientRect()).map((r, i, all) => (i ? Math.round(r.left - all[i - 1].right) : 0)).slice(1),
  };
}

/** Loads dist/lec.ssr.js (or another bundle) into an open page, as a late script tag, and waits until everything has rendered. */
async function loadBundle(doc: Document, win: ListenedWindow, src = '/prerendered/lec.ssr.js') {
  const script = Object.assign(doc.createElement('script'), {type: src.includes('.iife.') ? 'text/javascript' : 'module', src});
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  doc.head.append(script);
  await loaded;
  await win.__sjtuLecElements!.ready;
  for (let depth = 0; depth < 3; depth++) {
    await Promise.all(ours(doc).map((el) => (el as Upgraded).updateComplete));
    await nextFrame();
  }
}

const paragraphsOf = (doc: Document) =>
  [...doc.querySelector('lec-about')!.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent!.trim());

/** Text as a crawler that ignores markup reads it: every tag stripped (<template> included), entities decoded. */
function strippedText(html: string) {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return new DOMParser().parseFromString(`<body>${text}`, 'text/html').body.textContent!.replace(/\s+/g, ' ');
}

describe('Prerendered pages (dist/prerender/prerender.js, then dist/lec.ssr.js)', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const locale of LOCALES) {
    describe(`in ${locale.lang}`, () => {
      it('without JavaScript: the trail, heading, four paragraphs and QR codes, styled as the upgraded page', async () => {
        const noJs = await openFrame(page(locale.lang, '&script=none'), {scripts: false});
        frame = noJs.frame;
        const {doc} = noJs;
        expect(doc.defaultView!.customElements.get('lec-about'), 'no script ran').to.equal(undefined);
        for (const el of ours(doc)) expect(el.shadowRoot, `${el.localName} has its declarative shadow root`).to.not.equal(null);

        // The page's trail: prefix, its three links and two separators, and no pre-upgrade prefix doubling it.
        const top = doc.querySelector('lec-breadcrumb')!;
        const trail = trailSeen(top.shadowRoot!.querySelector('nav')!);
        expect(trail.prefix).to.equal(locale.prefix);
        expect(trail.entries).to.deep.equal(['Home', 'About Us', 'About SJTU LEC']);
        expect(trail.separators).to.deep.equal(['"›"', '"›"']);
        for (const gap of trail.gaps) expect(gap).to.be.above(4);
        expect(getComputedStyle(top, '::before').content, 'the pre-upgrade CSS leaves a prerendered trail alone').to.be.oneOf(['none', 'normal']);

        // The About section: its own trail (not run-together text), heading, four paragraphs in the page's language.
        const about = doc.querySelector('lec-about')!.shadowRoot!;
        const inner = trailSeen(about.querySelector('lec-breadcrumb')!.shadowRoot!.querySelector('nav')!);
        expect(inner.prefix).to.equal(locale.prefix);
        expect(inner.entries).to.have.length(2);
        expect(inner.separators).to.deep.equal(['"›"']);
        expect(inner.gaps[0]).to.be.above(4);
        expect(about.querySelector('[part=heading]')!.textContent!.trim()).to.equal(locale.heading);
        const paragraphs = paragraphsOf(doc);
        expect(paragraphs).to.have.length(4);
        for (const text of paragraphs) expect(text.match(locale.script)!.length, text.slice(0, 40)).to.be.above(text.length / 3);

        // Every code as SVG, with the canonical address where the page gave no value.
        const codes = ours(doc).filter((el) => el.localName === 'lec-qr');
        expect(codes).to.have.length(3);
        for (const qr of codes) {
          const path = qr.shadowRoot!.querySelector('svg path.modules');
          expect(path?.getAttribute('d')?.length, 'a code in SVG').to.be.above(100);
          expect(path!.getBoundingClientRect().width).to.be.above(90);
        }
        expect(codes[0].shadowRoot!.querySelector('[role=img]')!.getAttribute('aria-label')).to.contain(CANONICAL);

        // Styled as the upgraded page: the same boxes as after hydration, to the pixel.
        const seen = boxes(doc);
        const hydrated = await openFrame(page(locale.lang));
        try {
          await loadBundle(hydrated.doc, hydrated.win, '/prerendered/lec.ssr.js?again');
          expect(seen).to.deep.equal(boxes(hydrated.doc));
          expect(paragraphs).to.deep.equal(paragraphsOf(hydrated.doc));
        } finally {
          hydrated.frame.remove();
        }
      });

      it('hydrates in place: the same nodes and boxes, nothing doubled, no error or warning', async () => {
        const opened = await openFrame(page(locale.lang, '&script=none'));
        frame = opened.frame;
        const {doc, win} = opened;
        const before = counts(doc);
        expect(before).to.deep.equal({sections: 1, paragraphs: 4, navs: 2, figures: 3, svgs: 3});
        const about = doc.querySelector('lec-about')!.shadowRoot!;
        const nodes = [about.querySelector('h2')!, ...about.querySelectorAll('p'), ...ours(doc).map((el) => el.shadowRoot!.firstElementChild)];
        const seen = boxes(doc);
        const path = doc.querySelector('.codes lec-qr:not([value])')!.shadowRoot!.querySelector('path')!.getAttribute('d');

        await loadBundle(doc, win);
        expect(ours(doc).every((el) => (el as Upgraded).updateComplete), 'upgraded').to.equal(true);
        expect(counts(doc)).to.deep.equal(before);
        for (const node of nodes) expect(node!.isConnected, `${node!.localName} kept, not rendered again`).to.equal(true);
        expect(boxes(doc)).to.deep.equal(seen);
        // The code for "this page" keeps the server's address (the canonical one), not this test server's.
        expect(doc.querySelector('.codes lec-qr:not([value])')!.shadowRoot!.querySelector('path')!.getAttribute('d')).to.equal(path);
        // ... and keeps it when the visitor follows a link to a place in the page (#fragment).
        win.location.hash = 'contact';
        await new Promise((resolve) => setTimeout(resolve, 50));
        await Promise.all(ours(doc).map((el) => (el as Upgraded).updateComplete));
        expect(doc.querySelector('.codes lec-qr:not([value])')!.shadowRoot!.querySelector('path')!.getAttribute('d')).to.equal(path);
        expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
        expect(win.__violations, 'the strict CSP allows the prerendered styles by hash').to.deep.equal([]);

        // Live after hydration: the page switches language and the elements follow.
        const other = LOCALES.find((l) => l !== locale)!;
        doc.documentElement.lang = other.lang;
        await new Promise((resolve) => setTimeout(resolve, 50));
        await Promise.all(ours(doc).map((el) => (el as Upgraded).updateComplete));
        expect(about.querySelector('[part=heading]')!.textContent!.trim()).to.equal(other.heading);
        expect(counts(doc)).to.deep.equal(before);
        expect([...win.__errors, ...win.__consoleErrors]).to.deep.equal([]);
      });

      it('what a crawler reads: every paragraph in the HTML, and with --light-dom-text outside any template', async () => {
        const paragraphs = await (async () => {
          const opened = await openFrame(page(locale.lang, '&script=none'), {scripts: false});
          try {
            return paragraphsOf(opened.doc);
          } finally {
            opened.frame.remove();
          }
        })();
        const squash = (text: string) => text.replace(/\s+/g, ' ');
        const html = await (await fetch(page(locale.lang))).text();
        for (const text of paragraphs) expect(strippedText(html), 'tags stripped').to.contain(squash(text));
        // Outside templates: what a parser that ignores <template> content (DOMParser does) keeps.
        const outside = (source: string) => new DOMParser().parseFromString(source, 'text/html').body.textContent!.replace(/\s+/g, ' ');
        expect(outside(html)).to.not.contain(squash(paragraphs[0]));
        const light = await (await fetch(page(locale.lang, '&light'))).text();
        for (const text of paragraphs) expect(outside(light), 'light-DOM <p>').to.contain(squash(text));
      });

      it("the trail's structured data: in the HTML's head for a crawler, then the same script, kept up to date by the trail", async () => {
        const ld = 'script[type="application/ld+json"]';
        const list = (items: [string, string?][]) => ({
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: items.map(([name, item], i) => ({'@type': 'ListItem', position: i + 1, name, ...(item ? {item} : {})})),
        });
        // What a crawler without JavaScript reads: one script in the head, links absolute against the canonical address.
        const html = new DOMParser().parseFromString(await (await fetch(page(locale.lang))).text(), 'text/html');
        const served = [...html.querySelectorAll(ld)];
        expect(served.map((s) => s.parentElement!.localName + ' ' + s.getAttribute('data-lec-breadcrumb'))).to.deep.equal(['head served']);
        const home = new URL('/', CANONICAL).href;
        const aboutUs = new URL('/about/', CANONICAL).href;
        expect(JSON.parse(served[0].textContent!)).to.deep.equal(list([['Home', home], ['About Us', aboutUs], ['About SJTU LEC']]));

        const opened = await openFrame(page(locale.lang, '&script=none'));
        frame = opened.frame;
        const {doc, win} = opened;
        const script = doc.querySelector(ld)!;
        await loadBundle(doc, win);
        // Taken over, not doubled: the same element, now the trail's, with links against this page's address.
        expect(doc.querySelectorAll(ld)).to.have.length(1);
        expect(doc.querySelector(ld), 'the same script').to.equal(script);
        expect(script.getAttribute('data-lec-breadcrumb'), 'taken').to.equal('');
        const here = (href: string) => new URL(href, doc.baseURI).href;
        expect(JSON.parse(script.textContent!)).to.deep.equal(list([['Home', here('/')], ['About Us', here('/about/')], ['About SJTU LEC']]));
        // Kept up to date as the page changes the trail, and gone with it.
        const trail = doc.querySelector('body > .page > lec-breadcrumb') as Upgraded;
        trail.querySelector('span')!.textContent = 'Renamed';
        await new Promise((resolve) => setTimeout(resolve, 50));
        await trail.updateComplete;
        expect(JSON.parse(script.textContent!).itemListElement[2].name).to.equal('Renamed');
        trail.remove();
        expect(doc.querySelectorAll(ld)).to.have.length(0);
        expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
      });

      it('with --light-dom-text: the paragraphs shown once, hydrated without error', async () => {
        const opened = await openFrame(page(locale.lang, '&light&script=none'));
        frame = opened.frame;
        const {doc, win} = opened;
        expect(doc.querySelectorAll('lec-about > p')).to.have.length(4);
        const before = counts(doc);
        expect(before.paragraphs).to.equal(4);
        const seen = boxes(doc);
        await loadBundle(doc, win);
        expect(counts(doc)).to.deep.equal(before);
        expect(boxes(doc)).to.deep.equal(seen);
        expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
      });

      // The paragraphs are the built-in text in the language of the render: until 2026-12-04 a
      // page that switched languages afterwards kept them, English on a Chinese page.
      it('with --light-dom-text: a page that switches languages shows the text in the new one, and back', async () => {
        const opened = await openFrame(page(locale.lang, '&light'));
        frame = opened.frame;
        const {doc, win} = opened;
        await loadBundle(doc, win);
        const other = LOCALES.find((l) => l !== locale)!;
        const seenText = () => {
          const about = doc.querySelector('lec-about')!;
          const light = [...about.querySelectorAll(':scope > p')].filter((p) => p.getClientRects().length);
          return [...light, ...about.shadowRoot!.querySelectorAll('.body > p')].map((p) => p.textContent!.trim());
        };
        const inScript = (texts: string[], l: Locale) => texts.every((t) => (t.match(l.script) ?? []).length > t.length / 3);
        expect(seenText()).to.have.length(4);
        expect(inScript(seenText(), locale), 'the served paragraphs').to.be.true;
        // A page's own rule on paragraphs must not bring the served ones back beside the new text.
        // (Through the CSSOM: the page's Content-Security-Policy refuses a <style> of the test's.)
        const sheet = new (win as unknown as typeof window).CSSStyleSheet();
        sheet.replaceSync('lec-about > p { display: block }');
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        doc.documentElement.lang = other.lang;
        for (let i = 0; i < 3; i++) {
          await Promise.all(ours(doc).map((el) => (el as Upgraded).updateComplete));
          await nextFrame();
        }
        expect(seenText(), 'four paragraphs, none twice').to.have.length(4);
        expect(inScript(seenText(), other), `in ${other.lang}`).to.be.true;
        doc.documentElement.lang = locale.lang;
        for (let i = 0; i < 3; i++) {
          await Promise.all(ours(doc).map((el) => (el as Upgraded).updateComplete));
          await nextFrame();
        }
        expect(seenText()).to.have.length(4);
        expect(inScript(seenText(), locale), 'back in the served language').to.be.true;
        expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
      });

      // A prerendered trail collapses into "…" only once the script runs: without it, a trail
      // wider than a phone ran past the screen's edge, the current page cut to nothing (until
      // 2026-12-04). Without JavaScript it wraps instead, every entry whole.
      it('without JavaScript on a narrow screen: every trail wraps within the screen, every entry whole', async () => {
        const opened = await openFrame(page(locale.lang, '&script=none'), {scripts: false});
        frame = opened.frame;
        const {doc} = opened;
        frame.style.inlineSize = '220px';
        await nextFrame();
        await nextFrame();
        const navs = [doc.querySelector('lec-breadcrumb')!, doc.querySelector('lec-about')!.shadowRoot!.querySelector('lec-breadcrumb')!].map(
          (trail) => trail.shadowRoot!.querySelector('nav')!
        );
        for (const nav of navs) {
          const right = nav.getBoundingClientRect().right;
          expect(right, 'the trail within the screen').to.be.at.most(220);
          const entries = [...nav.querySelectorAll<HTMLElement>('.list .entry')];
          expect(entries.length).to.be.at.least(2);
          for (const entry of entries) {
            const box = entry.getBoundingClientRect();
            expect(box.width, entry.textContent!).to.be.above(0);
            expect(box.right, `${entry.textContent} within the trail`).to.be.at.most(right + 1);
            expect(entry.scrollWidth, `${entry.textContent} whole`).to.be.at.most(entry.clientWidth + 1);
          }
        }
      });
    });
  }

  it('a QR code the server had no address for shows a note without JavaScript, then encodes the page once hydrated', async () => {
    const url = page('en', '&url=about:blank&sized&script=none');
    const noJs = await openFrame(url, {scripts: false});
    const note = noJs.doc.querySelector('.codes lec-qr:not([value])')!.shadowRoot!.querySelector('[part=message]');
    expect(note?.textContent).to.contain('No web address');
    noJs.frame.remove();

    const opened = await openFrame(url);
    frame = opened.frame;
    const {doc, win} = opened;
    const errors: Event[] = [];
    doc.addEventListener('lec-qr-error', (e) => errors.push(e));
    await loadBundle(doc, win);
    const qr = doc.querySelector('.codes lec-qr:not([value])')!.shadowRoot!;
    expect(qr.querySelector('[part=message]')).to.equal(null);
    // Its size="120" holds through the update that swaps the note for the code.
    expect(qr.querySelector('[part=code]')!.getBoundingClientRect().width).to.equal(120);
    expect(qr.querySelector('[role=img]')!.getAttribute('aria-label')).to.contain(doc.URL);
    expect(errors, 'no lec-qr-error for the note the server showed').to.have.length(0);
    expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
  });

  it('a code captioned by the page (slot="caption") is named by its caption without JavaScript, hydrates with it and follows it', async () => {
    const url = page('zh-CN', '&slotted&script=none');
    const nameOf = (doc: Document) => doc.querySelector('lec-qr.slotted')!.shadowRoot!.querySelector('[role=img]')!.getAttribute('aria-label');
    const expected = '官方微博：https://lec.sjtu.edu.cn/weibo';
    const noJs = await openFrame(url, {scripts: false});
    expect(nameOf(noJs.doc), 'the server read the slotted caption').to.equal(expected);
    noJs.frame.remove();

    const opened = await openFrame(url);
    frame = opened.frame;
    const {doc, win} = opened;
    const qr = doc.querySelector('lec-qr.slotted') as Upgraded & {download?: string};
    const image = qr.shadowRoot!.querySelector('[role=img]')!;
    await loadBundle(doc, win);
    expect(image.isConnected, 'hydrated in place').to.equal(true);
    expect(nameOf(doc), 'hydrated with the caption the page slotted').to.equal(expected);
    // The page changes the caption's text in place (no slotchange): the code's name and its button's follow.
    qr.querySelector('b')!.textContent = '视频号';
    await waitUntil(() => nameOf(doc) === '官方视频号：https://lec.sjtu.edu.cn/weibo', "the code's name followed its caption's new text");
    qr.download = 'svg';
    await qr.updateComplete;
    const button = qr.shadowRoot!.querySelector('[part=download]')!;
    expect(button.getAttribute('aria-label')).to.contain('官方视频号');
    expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
  });

  it('a code with size="120" is 120 px wide without JavaScript, as the bundle comes and once hydrated', async () => {
    // Chromium reads the attribute in CSS (dist/lec.css); elsewhere the page's own rule (the README's) gives the size.
    const url = page('zh-CN', `&sized&script=none${CSS.supports('inline-size', 'attr(size px, 1px)') ? '' : '&size-css'}`);
    const widthOf = (doc: Document) =>
      Math.round(doc.querySelector('lec-qr[size]')!.shadowRoot!.querySelector('[part=code]')!.getBoundingClientRect().width);
    const noJs = await openFrame(url, {scripts: false});
    expect(widthOf(noJs.doc), 'without JavaScript').to.equal(120);
    noJs.frame.remove();

    const opened = await openFrame(url);
    frame = opened.frame;
    const {doc, win} = opened;
    const code = doc.querySelector('lec-qr[size]')!;
    // Each width the code has from its definition on, as the browser lays it out.
    const widths = new Set<number>();
    const watch = new ResizeObserver(() => widths.add(widthOf(doc)));
    win.customElements.whenDefined('lec-qr').then(() => {
      watch.observe(code.shadowRoot!.querySelector('[part=code]')!);
      // A busy page: the task that defines the codes has no time left, so their hydration waits for later tasks.
      const until = performance.now() + 40;
      while (performance.now() < until);
    });
    await loadBundle(doc, win);
    watch.disconnect();
    expect([...widths], 'from definition to hydrated').to.deep.equal([120]);
    expect(widthOf(doc)).to.equal(120);
    expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
  });

  it('a page prerendered in English whose <html lang> turned Chinese before the bundle came renders in Chinese, once', async () => {
    const opened = await openFrame(page('en', '&script=none'));
    frame = opened.frame;
    const {doc, win} = opened;
    // As a page's own script would, from a cookie or the address (the demo's does).
    doc.documentElement.lang = 'zh-CN';
    await loadBundle(doc, win);
    const zh = LOCALES[1];
    const about = doc.querySelector('lec-about')!.shadowRoot!;
    expect(about.querySelector('[part=heading]')!.textContent!.trim()).to.equal(zh.heading);
    for (const text of paragraphsOf(doc)) {
      expect((text.match(zh.script) ?? []).length, text.slice(0, 30)).to.be.greaterThan(text.length / 2);
    }
    expect(trailSeen(doc.querySelector('lec-breadcrumb')!.shadowRoot!.querySelector('nav')!).prefix).to.equal(zh.prefix);
    expect(counts(doc)).to.deep.equal({sections: 1, paragraphs: 4, navs: 2, figures: 3, svgs: 3});
    expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
    expect(win.__violations, 'styled under the strict CSP').to.deep.equal([]);
    // Styled: the section's heading in its brand colour, not the page's text colour.
    const heading = about.querySelector('[part=heading]')!;
    expect(getComputedStyle(heading).color).to.not.equal(getComputedStyle(doc.body).color);
  });

  it('a prerendered code keeps the server\'s drawing while it encodes again, and ends with the code of its inputs as they are then', async () => {
    const opened = await openFrame(page('en', '&script=none'));
    frame = opened.frame;
    const {doc, win} = opened;
    const qr = doc.querySelector('.codes lec-qr[value]') as Upgraded;
    const path = qr.shadowRoot!.querySelector('path')!;
    const served = path.getAttribute('d');
    // The page changes what the code holds before the bundle hydrates it.
    qr.setAttribute('value', 'https://lec.sjtu.edu.cn/changed-before-hydration/');
    const shown: Array<string | null> = [];
    const removed: Node[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) removed.push(...r.removedNodes);
      shown.push(qr.shadowRoot!.querySelector('path')?.getAttribute('d') ?? null);
    });
    watch.observe(qr.shadowRoot!, {subtree: true, childList: true, attributes: true});
    await loadBundle(doc, win);
    watch.disconnect();
    expect(path.isConnected, 'the same <path>, never a blank box').to.equal(true);
    expect(removed.filter((n) => n.nodeType === 1), 'nothing removed').to.deep.equal([]);
    // The code a fresh element draws for the same inputs.
    const fresh = qr.cloneNode(false) as Upgraded;
    doc.body.append(fresh);
    await fresh.updateComplete;
    const expected = fresh.shadowRoot!.querySelector('path')!.getAttribute('d');
    expect(expected).to.not.equal(served);
    expect(path.getAttribute('d')).to.equal(expected);
    const svg = (el: Element) => el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox');
    expect(svg(qr)).to.equal(svg(fresh));
    // (Its accessible name keeps the server's text: Lit's hydration takes the server's markup as
    // matching. The README says to set a prerendered element's attributes in the HTML.)
    // Only ever the server's drawing, then the new one: no blank, nothing in between.
    expect([...new Set(shown)].filter((d) => d !== served)).to.deep.equal([expected]);
    expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
  });

  it('a server render whose template text drifted from the bundle fails loudly (the check above would catch a drift)', async () => {
    const opened = await openFrame(page('en', '&drift&script=none'));
    frame = opened.frame;
    const {doc, win} = opened;
    const script = Object.assign(doc.createElement('script'), {type: 'module', src: '/prerendered/lec.ssr.js'});
    doc.head.append(script);
    const end = Date.now() + 10_000;
    while (!win.__errors.length && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.__errors.join('\n')).to.contain('Hydration value mismatch');
  });

  it('dist/lec.js on a prerendered page renders each element once, and says to load lec.ssr.js', async () => {
    const opened = await openFrame(page('zh-CN', '&script=none'));
    frame = opened.frame;
    const {doc, win} = opened;
    await loadBundle(doc, win, '/prerendered/lec.js');
    expect(counts(doc)).to.deep.equal({sections: 1, paragraphs: 4, navs: 2, figures: 3, svgs: 3});
    expect(win.__warnings.filter((w) => w.includes('lec.ssr.js'))).to.have.length(1);
    expect([...win.__errors, ...win.__consoleErrors]).to.deep.equal([]);
  });

  it('dist/lec.ssr.iife.js, the classic script, hydrates in place too', async () => {
    const opened = await openFrame(page('zh-CN', '&script=none'));
    frame = opened.frame;
    const {doc, win} = opened;
    const heading = doc.querySelector('lec-about')!.shadowRoot!.querySelector('h2');
    await loadBundle(doc, win, '/prerendered/lec.ssr.iife.js');
    expect(heading!.isConnected).to.equal(true);
    expect(counts(doc)).to.deep.equal({sections: 1, paragraphs: 4, navs: 2, figures: 3, svgs: 3});
    expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
  });

  it('dist/lec.ssr.js on a page that was not prerendered works as dist/lec.js', async () => {
    const opened = await openFrame(page('zh-CN', '&plain&script=none'));
    frame = opened.frame;
    const {doc, win} = opened;
    expect(ours(doc).some((el) => el.shadowRoot)).to.equal(false);
    await loadBundle(doc, win);
    expect(counts(doc)).to.deep.equal({sections: 1, paragraphs: 4, navs: 2, figures: 3, svgs: 3});
    expect(doc.querySelector('lec-about')!.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('学院简介');
    expect([...win.__errors, ...win.__consoleErrors, ...win.__warnings]).to.deep.equal([]);
  });

  itIn(['chromium'], 'only Chromium reports layout shifts', 'CLS with dist/lec.ssr.js delayed by 1 s is at most 0.001', async () => {
    for (const locale of LOCALES) {
      const opened = await openFrame(page(locale.lang, '&delay=1000'));
      const {doc, win} = opened;
      await win.__sjtuLecElements!.ready;
      await Promise.all(ours(doc).map((el) => (el as Upgraded).updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const shifts = await new Promise<number>((resolve) => {
        new (win as unknown as typeof window).PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as {value: number}).value, 0));
        }).observe({type: 'layout-shift', buffered: true});
        setTimeout(() => resolve(0), 500);
      });
      opened.frame.remove();
      expect(shifts, locale.lang).to.be.at.most(0.001);
    }
  });
});

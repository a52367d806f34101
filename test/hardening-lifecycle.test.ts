import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/lec-qr/lec-qr.js';
import '../src/lec-breadcrumb/lec-breadcrumb.js';
import '../src/lec-about/lec-about.js';
import type {LecQr} from '../src/lec-qr/lec-qr.js';
import type {LecBreadcrumb} from '../src/lec-breadcrumb/lec-breadcrumb.js';
import type {LecAbout} from '../src/lec-about/lec-about.js';
import {PRE_UPGRADE_CSS} from '../src/lec-breadcrumb/lec-breadcrumb.styles.js';
import {engine, idle, setLocale} from './helpers.js';
import {expectNoPageErrors, twoFrames, watchPageErrors} from './hostile-vectors.js';

type Lit = HTMLElement & {updateComplete: Promise<boolean>};

const caption = (qr: Element) => qr.shadowRoot!.querySelector('figcaption')!.textContent!.trim();
const entries = (bc: Element) =>
  [...bc.shadowRoot!.querySelectorAll('.base .entry:not(.ruler *)')].map((e) => e.textContent!.trim());
const heading = (about: Element) => about.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
const ldScripts = () => document.head.querySelectorAll('script[type="application/ld+json"]');

const MARKUP = `<lec-qr value="https://lec.sjtu.edu.cn/" caption="LEC"></lec-qr>
<lec-breadcrumb structured-data><a href="/">Home</a><span>About SJTU LEC</span></lec-breadcrumb>
<lec-about no-qr heading="About us"></lec-about>`;

/** Waits for the three elements in `root` (and the trail inside <lec-about>) to finish rendering. */
async function settled(root: ParentNode) {
  const els = [...root.querySelectorAll<Lit>('lec-qr, lec-breadcrumb, lec-about')];
  await Promise.all(els.map((e) => e.updateComplete));
  await twoFrames();
  return els;
}

/** An empty same-origin frame, loaded. */
async function emptyFrame() {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * MARKUP in a box made in our document (the frame's registry has none of our tags) and put into
 * `frame`'s body, where the elements connect (and render) for the first time.
 */
function markupIn(frame: HTMLIFrameElement) {
  const box = document.createElement('div');
  box.innerHTML = MARKUP;
  frame.contentDocument!.body.append(box);
  return box;
}

/** Asserts what a visitor reads from the three elements of MARKUP, in English. */
function expectRendered(root: ParentNode, where: string) {
  const qr = root.querySelector('lec-qr')!;
  expect(caption(qr), where).to.equal('LEC');
  expect(qr.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label'), where).to.equal(
    'LEC: https://lec.sjtu.edu.cn/'
  );
  expect(qr.shadowRoot!.querySelector('path.modules')!.getAttribute('d'), where).to.match(/^M/);
  expect(entries(root.querySelector('lec-breadcrumb')!), where).to.deep.equal(['Home', 'About SJTU LEC']);
  expect(heading(root.querySelector('lec-about')!), where).to.equal('About us');
}

describe('hardening: lifecycle', () => {
  expectNoPageErrors();

  describe('creating elements', () => {
    it('renders elements made by document.createElement, properties set before connecting', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const qr = document.createElement('lec-qr');
      qr.value = 'https://lec.sjtu.edu.cn/';
      qr.caption = 'LEC';
      const bc = document.createElement('lec-breadcrumb');
      bc.structuredData = true;
      bc.append(Object.assign(document.createElement('a'), {href: '/', textContent: 'Home'}));
      bc.append(Object.assign(document.createElement('span'), {textContent: 'About SJTU LEC'}));
      const about = document.createElement('lec-about');
      about.noQr = true;
      about.heading = 'About us';
      box.append(qr, bc, about);
      await settled(box);
      expectRendered(box, 'createElement');
      expect(ldScripts()).to.have.length(1);
    });

    it('renders elements made by innerHTML', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = MARKUP;
      await settled(box);
      expectRendered(box, 'innerHTML');
    });

    it('renders deep clones (cloneNode(true)) with their light DOM, the original untouched', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = MARKUP;
      await settled(box);
      const copy = box.cloneNode(true) as HTMLDivElement;
      document.body.append(copy);
      try {
        await settled(copy);
        expectRendered(copy, 'clone');
        expectRendered(box, 'original');
        // Two structured-data trails on the page, one script each; removing the copy removes its own.
        expect(ldScripts()).to.have.length(2);
      } finally {
        copy.remove();
      }
      expect(ldScripts()).to.have.length(1);
    });
  });

  describe('moving elements', () => {
    it('renders after moves between containers, with one JSON-LD script and live light-DOM updates', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><section id="a"></section><section id="b"></section></div>`);
      const [a, b] = root.querySelectorAll('section');
      a.innerHTML = MARKUP;
      await settled(a);
      for (let i = 0; i < 5; i++) {
        (i % 2 ? a : b).append(...(i % 2 ? b : a).children);
        await settled(root);
        expectRendered(root, `move ${i}`);
        expect(ldScripts()).to.have.length(1);
      }
      const bc = root.querySelector('lec-breadcrumb')!;
      bc.append(Object.assign(document.createElement('span'), {textContent: 'Added after moving'}));
      await waitUntil(() => entries(bc).length === 3, 'the trail follows its light DOM after moves');
    });

    it('renders after being removed and re-added', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = MARKUP;
      const els = await settled(box);
      for (let i = 0; i < 3; i++) {
        for (const el of els) el.remove();
        expect(ldScripts()).to.have.length(0);
        box.append(...els);
        await settled(box);
        expectRendered(box, `re-added ${i}`);
        expect(ldScripts()).to.have.length(1);
      }
    });

    it('shows the current locale when re-added after a locale switch while detached', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = '<lec-qr value="x"></lec-qr><lec-breadcrumb><span>x</span></lec-breadcrumb><lec-about no-qr></lec-about>';
      const els = await settled(box);
      for (const el of els) el.remove();
      await setLocale('zh-Hans');
      box.append(...els);
      await settled(box);
      expect(caption(els[0])).to.equal('二维码');
      expect(els[1].shadowRoot!.querySelector('[part="prefix"]')!.textContent!.trim()).to.equal('当前位置：');
      expect(heading(els[2])).to.equal('学院简介');
    });
  });

  // Nodes made by another frame's document are objects of that frame's window, wherever they
  // are moved: `instanceof Element` against ours is false for them (in every engine), so the
  // elements must test node types. Firefox also hands back such nodes after adoption.
  describe('light DOM made by another frame', () => {
    it('<lec-breadcrumb> reads every entry and <lec-about> takes the frame-made paragraph as its body', async () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const other = frame.contentDocument!;
      try {
        const link = Object.assign(other.createElement('a'), {href: '/', textContent: 'Home'});
        const current = Object.assign(other.createElement('span'), {textContent: 'About SJTU LEC'});
        expect(link instanceof Element, 'the nodes really are from another realm').to.be.false;
        const box = await fixture<HTMLDivElement>(html`<div><lec-breadcrumb></lec-breadcrumb><lec-about no-qr></lec-about></div>`);
        const [trail, about] = [box.querySelector<LecBreadcrumb>('lec-breadcrumb')!, box.querySelector<LecAbout>('lec-about')!];
        trail.append(link, other.createTextNode(' '), current);
        about.append(Object.assign(other.createElement('p'), {textContent: 'Our own text.'}));
        await settled(box);
        await waitUntil(() => entries(trail).length === 2, 'the trail picks up both entries');
        expect(entries(trail)).to.deep.equal(['Home', 'About SJTU LEC']);
        await about.updateComplete;
        expect(about.shadowRoot!.querySelectorAll('[part~="body"] > p')).to.have.length(0);
        expect(about.shadowRoot!.querySelector<HTMLSlotElement>('[part~="body"] slot:not([name])')!.assignedElements()[0].textContent).to.equal('Our own text.');
      } finally {
        frame.remove();
      }
    });
  });

  describe('adopted into an iframe document', () => {

    // A print helper copies the content into a frame and prints the frame at once: the frame's
    // window fires beforeprint, and before, only ours was listened to, so its elements printed
    // as empty boxes.
    it('renders its waiting elements when the iframe they are in prints', async () => {
      const frame = await emptyFrame();
      try {
        const box = markupIn(frame);
        frame.contentWindow!.dispatchEvent(new Event('beforeprint'));
        expectRendered(box, 'when the frame prints');
        expect(box.querySelector('lec-qr')!.shadowRoot!.querySelector('path.modules'), 'the code drawn').to.exist;
        await settled(box);
      } finally {
        frame.remove();
      }
    });

    it('renders when first connected inside the iframe, never having been on the page', async () => {
      const frame = await emptyFrame();
      try {
        // Lit would adopt this document's constructed sheets into the frame's shadow roots,
        // which every engine refuses (NotAllowedError) before the element renders at all.
        const box = markupIn(frame);
        await settled(box);
        expectRendered(box, 'first connected in the iframe');
        // The trail's JSON-LD describes the frame's page: it goes into the frame's head.
        expect(ldScripts(), 'none in our head').to.have.length(0);
        expect(frame.contentDocument!.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
        const qr = box.querySelector('lec-qr')!;
        expect(frame.contentWindow!.getComputedStyle(qr.shadowRoot!.querySelector('[part="code"]')!).backgroundColor, 'styled').to.equal('rgb(255, 255, 255)');
        box.remove();
        expect(frame.contentDocument!.head.querySelectorAll('script[type="application/ld+json"]'), 'removed with the trail').to.have.length(0);
      } finally {
        frame.remove();
      }
    });

    it('stays readable there without throwing, and renders again when moved back', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = MARKUP;
      const els = await settled(box);
      const frame = await emptyFrame();
      const inner = frame.contentDocument!;
      const innerErrors: string[] = [];
      frame.contentWindow!.addEventListener('error', (e) => innerErrors.push(e.message));
      try {
        // The iframe's registry does not define our tags: the elements keep their class and state.
        expect(frame.contentWindow!.customElements.get('lec-qr')).to.be.undefined;
        inner.body.append(...els);
        expect(els.every((el) => el.ownerDocument === inner)).to.be.true;
        await settled(inner);
        expectRendered(inner, 'in the iframe');
        // Still reactive there: a property change re-renders.
        (els[0] as unknown as LecQr).caption = 'Moved';
        await els[0].updateComplete;
        expect(caption(els[0])).to.equal('Moved');
        (els[0] as unknown as LecQr).caption = 'LEC';
        box.append(...els);
        expect(els.every((el) => el.ownerDocument === document)).to.be.true;
        await settled(box);
        expectRendered(box, 'moved back');
        expect(ldScripts()).to.have.length(1);
        expect(innerErrors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('keeps its styles in the iframe and after moving back', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = MARKUP;
      const els = await settled(box);
      const frame = await emptyFrame();
      try {
        const codeWidth = () => els[0].shadowRoot!.querySelector('[part="code"]')!.getBoundingClientRect().width;
        frame.contentDocument!.body.append(...els);
        await settled(frame.contentDocument!);
        expect(codeWidth(), 'in the iframe').to.equal(128);
        box.append(...els);
        await settled(box);
        expect(els.map((el) => el.shadowRoot!.adoptedStyleSheets.length > 0)).to.deep.equal([true, true, true]);
        expect(codeWidth(), 'moved back').to.equal(128);
      } finally {
        frame.remove();
      }
    });
  });

  describe('leaks', () => {
    it('leaves no JSON-LD script behind when structured-data trails are removed', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = Array.from({length: 20}, () => '<lec-breadcrumb structured-data><a href="/">Home</a><span>x</span></lec-breadcrumb>').join('');
      await settled(box);
      expect(ldScripts()).to.have.length(20);
      box.replaceChildren();
      expect(ldScripts()).to.have.length(0);
    });

    it('stops observing the light DOM once disconnected, and catches up on reconnect', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = '<lec-breadcrumb structured-data><a href="/">Home</a><span>Here</span></lec-breadcrumb>';
      const [bc] = (await settled(box)) as LecBreadcrumb[];
      const list = bc.shadowRoot!.querySelector('ol')!;
      const before = list.innerHTML;
      let renders = 0;
      const watcher = new MutationObserver(() => renders++);
      watcher.observe(bc.shadowRoot!, {subtree: true, childList: true, characterData: true, attributes: true});
      bc.remove();
      bc.append(Object.assign(document.createElement('span'), {textContent: 'Added while detached'}));
      bc.querySelector('a')!.setAttribute('href', '/elsewhere/');
      bc.querySelector('a')!.textContent = 'Changed';
      await twoFrames();
      await bc.updateComplete;
      watcher.disconnect();
      expect(renders, 'shadow DOM changes while detached').to.equal(0);
      expect(list.innerHTML).to.equal(before);
      expect(bc.isUpdatePending).to.be.false;
      expect(ldScripts()).to.have.length(0);
      box.append(bc);
      await settled(box);
      expect(entries(bc)).to.deep.equal(['Changed', 'Here', 'Added while detached']);
      expect(ldScripts()).to.have.length(1);
    });

    it('does not re-render detached elements on a locale switch (no listener left)', async () => {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.innerHTML = '<lec-qr value="x"></lec-qr><lec-about no-qr></lec-about>';
      const els = await settled(box);
      for (const el of els) el.remove();
      // Any change to either shadow tree, caught as it happens (a render that ran and finished
      // leaves no pending update behind, so that was no proof).
      let renders = 0;
      const watcher = new MutationObserver(() => renders++);
      for (const el of els) watcher.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true, attributes: true});
      await setLocale('zh-Hans');
      await twoFrames();
      watcher.disconnect();
      expect(renders, 'shadow DOM changes after the switch').to.equal(0);
      expect(caption(els[0])).to.equal('QR code');
      expect(els[1].shadowRoot!.querySelector('#heading')!.textContent!.trim()).to.equal('About SJTU LEC');
    });

    it('lets go of elements left in a frame the page removed: no render and no exception on a locale switch', async () => {
      // Print helpers and CMS previews copy content into a frame and then remove the frame,
      // which never disconnects what is inside. Before, each such code re-rendered on the next
      // switch and threw (its document has no window), and stayed in memory for good.
      const frame = await emptyFrame();
      const box = markupIn(frame);
      const els = await settled(box);
      expectRendered(box, 'in the frame');
      frame.remove();
      let renders = 0;
      const watcher = new MutationObserver(() => renders++);
      for (const el of els) watcher.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true, attributes: true});
      const page = watchPageErrors();
      page.start();
      try {
        await setLocale('zh-Hans');
        await twoFrames();
        await setLocale('en');
        await twoFrames();
      } finally {
        page.stop();
        watcher.disconnect();
      }
      expect(page.errors).to.deep.equal([]);
      expect(renders, 'shadow DOM changes after the switches').to.equal(0);
    });

    it('collects every detached element over 2,000 attach/detach cycles of <lec-about> + <lec-qr> with locale switches', async function () {
      this.timeout(120_000);
      // Firefox frees DOM nodes only in its cycle collector, which runs on its own schedule: late in
      // a full run (a dozen test files in one browser) it has kept every element of rounds 2-4 for
      // the whole minute below, then freed them all when the test ran again; on 2026-12-02 it did so
      // on two tries in a row in CI (the same test passed alone, and in two other full runs). Two
      // more tries there; a real leak keeps its elements on every try, and fails all three.
      // WebKit did the same once, in CI on 2026-12-02: the last 1,000 elements outlived the
      // minute on one try, and the file passed on three tries alone and in a full WebKit run of
      // the same tree (and in four other CI runs that day). It gets the same extra tries.
      this.retries(engine === 'firefox' || engine === 'webkit' ? 2 : 0);
      // How it measures, and its limits. The runner starts Chromium without
      // --js-flags=--expose-gc, so there is no window.gc(); performance.measureUserAgentSpecificMemory()
      // needs a cross-origin-isolated page, which the test page is not; and
      // performance.memory.usedJSHeapSize (non-standard) is bucketed and cached by Chromium without
      // --enable-precise-memory-info - here it returns the same number for seconds, so a 4 MB bound
      // on it alone would pass vacuously. The test therefore proves the absence of leaks directly:
      // it holds a WeakRef to each of the 4,000 elements, lets pending idle callbacks run (the QR
      // contrast check holds its element until then), then churns through short-lived objects,
      // which makes V8 run real major collections (the unified heap collects DOM nodes too), until
      // every element but the two the test keeps is gone. A listener, observer or cache anywhere
      // that kept a detached element would keep it (and its whole shadow tree) alive. (No heap
      // reading: Firefox and WebKit have none, and Chromium's, cached, could not fail.)
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const other = document.body.appendChild(document.createElement('iframe'));
      const churn = () => {
        const garbage: unknown[] = [];
        for (let i = 0; i < 30; i++) garbage.push(Array.from({length: 100_000}, (_, j) => ({j})));
        return garbage.length;
      };
      const rounds = 4;
      const perRound = 500;
      const refs: WeakRef<Element>[] = [];
      const kept: Element[] = [];
      let cycle = 0;
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < perRound; i++, cycle++) {
          if (cycle % 100 === 0) await setLocale(cycle % 200 ? 'zh-Hans' : 'en');
          const about = document.createElement('lec-about');
          const qr = document.createElement('lec-qr');
          qr.value = `https://lec.sjtu.edu.cn/${cycle}`;
          // Every other code has a slotted caption, whose text the code watches (a
          // MutationObserver on the light DOM), which must not keep it alive either.
          if (cycle % 2 === 0) qr.append(Object.assign(document.createElement('span'), {slot: 'caption', textContent: `Course ${cycle}`}));
          box.append(about, qr);
          await qr.updateComplete;
          await about.updateComplete;
          await (about.shadowRoot!.querySelector('lec-qr') as LecQr | null)?.updateComplete;
          // Every tenth code moves to another document first: it must stop listening to this
          // window's address, though it is the other document's by the time it is disconnected.
          if (cycle % 10 === 5) other.contentDocument!.body.append(qr);
          refs.push(new WeakRef(about), new WeakRef(qr));
          if (cycle === rounds * perRound - 1) kept.push(about, qr);
          box.replaceChildren();
          other.contentDocument!.body.replaceChildren();
        }
        await idle();
        churn();
      }
      // The last cycle rendered fully, in the locale of its block (cycles 1900-1999 are Chinese).
      expect(caption(kept[1])).to.equal('二维码');
      expect(heading(kept[0])).to.equal('学院简介');
      expect(ldScripts()).to.have.length(0);
      expect(box.childElementCount).to.equal(0);

      // Blink also scans the stack conservatively, so a stale pointer there can keep one element
      // alive for a while; Firefox frees DOM nodes in its cycle collector, and WebKit scans the
      // stack too, each on its own idle-time schedule that no page can force. So give each attempt
      // a fresh task after a pause, in which the browser's own collection runs on an empty stack,
      // and keep trying for up to 60 s; after the first attempts, churn only now and then, since
      // a browser that is always allocating is never idle enough to collect cycles. The assertion
      // stays exact: no survivor at all.
      let survivors: string[] = [];
      const deadline = performance.now() + 60_000;
      for (let attempt = 0; performance.now() < deadline; attempt++) {
        await idle();
        if (attempt < 8 || attempt % 4 === 0) churn();
        await new Promise((r) => setTimeout(r, attempt < 8 ? 0 : 500));
        survivors = refs.flatMap((r, i) => {
          const element = r.deref();
          return element && !kept.includes(element) ? [`#${i} <${element.localName}>`] : [];
        });
        if (!survivors.length) break;
      }
      other.remove();
      expect(survivors, 'detached elements still alive after collection').to.deep.equal([]);
    });
  });

  describe('without JavaScript (before upgrade)', () => {
    async function noScriptPage(css: string) {
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '600px';
      frame.srcdoc = `<!doctype html><html lang="en"><head><style>${css}</style></head><body>
        <lec-breadcrumb><a href="/">Home</a> › <a href="/about/">About Us</a> › <span>About SJTU LEC</span></lec-breadcrumb>
        <lec-about><h2 slot="heading">About SJTU LEC</h2><p>Our own paragraph.</p></lec-about>
        <lec-qr src="/test/fixtures/wechat-qr.png"><span slot="caption">WeChat</span></lec-qr>
      </body></html>`;
      const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
      document.body.append(frame);
      await loaded;
      return frame;
    }

    for (const [name, css] of [
      ['without any CSS', ''],
      ['with the documented pre-upgrade CSS', PRE_UPGRADE_CSS],
    ] as const) {
      it(`shows the webmaster's links and text, ${name}`, async () => {
        const frame = await noScriptPage(css);
        try {
          const doc = frame.contentDocument!;
          expect(frame.contentWindow!.customElements.get('lec-breadcrumb')).to.be.undefined;
          expect(doc.querySelector('lec-breadcrumb')!.matches(':not(:defined)')).to.be.true;
          const links = [...doc.querySelectorAll<HTMLAnchorElement>('lec-breadcrumb a')];
          expect(links.map((a) => a.textContent)).to.deep.equal(['Home', 'About Us']);
          for (const node of [...links, ...doc.querySelectorAll('lec-breadcrumb span, lec-about h2, lec-about p, lec-qr span')]) {
            const r = node.getBoundingClientRect();
            expect(r.width, node.textContent!).to.be.above(0);
            expect(r.height, node.textContent!).to.be.above(0);
            expect(getComputedStyle(node).visibility).to.equal('visible');
          }
          // Links are real links: focusable, pointing where the webmaster wrote.
          links[1].focus();
          expect(doc.activeElement).to.equal(links[1]);
          expect(new URL(links[1].href).pathname).to.equal('/about/');
        } finally {
          frame.remove();
        }
      });
    }
  });

  describe('nesting', () => {
    it('renders a <lec-about> with slotted elements made in any order', async () => {
      const about = document.createElement('lec-about') as LecAbout;
      const qr = document.createElement('lec-qr');
      qr.slot = 'qr';
      qr.value = 'https://lec.sjtu.edu.cn/';
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.append(about);
      await about.updateComplete;
      about.append(qr);
      await settled(box);
      expect(caption(qr)).to.equal('QR code');
      expect(about.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="qr"]')!.assignedElements()).to.deep.equal([qr]);
    });
  });
});

// The package as npm users get it: the consumer apps of test/consumers/, which
// scripts/pack-test.js installs from the `npm pack` tarball and builds into .cache/consumers/
// (a Vite + TypeScript app, a React 19 app, a Vue 3 app and a page without a build step using
// the CDN bundles through an import map). Each app, once it has run, leaves what it saw in
// window.lecConsumer: what its elements rendered, the events that reached its handlers, and the
// console warnings and errors of the page from before the app loaded. This test opens each
// built app in a frame and checks that, and the frame's real DOM.
import {expect} from '@open-wc/testing';
// The shape the apps report in, from the one file they all copy (types only: no app code here).
import type {ConsumerResult as Reported, Rendered} from './consumers/report.js';

interface ConsumerResult extends Reported {
  /** plain-html: the paths under node_modules/ that the page fetched. */
  fetched?: string[];
}

type ConsumerWindow = Window & typeof globalThis & {lecConsumer?: ConsumerResult};

const QR_EN = {tag: 'lec-qr', shadowRoot: true, content: true, text: 'QR code'};
const QR_ZH = {...QR_EN, text: '二维码'};
/** The <lec-qr> given 3,000 characters: no code, the caption still there. */
const TOO_LONG_EN = {...QR_EN, content: false};
const TOO_LONG_ZH = {...QR_ZH, content: false};
const BREADCRUMB_EN = {tag: 'lec-breadcrumb', shadowRoot: true, content: true, text: 'Location:'};
const ABOUT_EN = {tag: 'lec-about', shadowRoot: true, content: true, text: 'About SJTU LEC'};
const BREADCRUMB_ZH = {...BREADCRUMB_EN, text: '当前位置：'};
const ABOUT_ZH = {...ABOUT_EN, text: '学院简介'};

/**
 * Each consumer: where its built page is, what it must have rendered (in document order) and how
 * many <lec-qr> elements given 3,000 characters report "too-long" to its handlers.
 */
const CONSUMERS: Record<string, {page: string; lang: string; rendered: Rendered[]; tooLong?: number}> = {
  'vite-ts': {page: 'vite-ts/dist/index.html', lang: 'zh-CN', rendered: [QR_ZH, TOO_LONG_ZH]},
  // The React components, then the raw tags.
  'react-ts': {
    page: 'react-ts/dist/index.html',
    lang: 'en',
    rendered: [BREADCRUMB_EN, QR_EN, TOO_LONG_EN, QR_EN, TOO_LONG_EN, ABOUT_EN],
    tooLong: 2,
  },
  'vue-ts': {
    page: 'vue-ts/dist/index.html',
    lang: 'zh-CN',
    rendered: [BREADCRUMB_ZH, QR_ZH, TOO_LONG_ZH, ABOUT_ZH],
  },
  'plain-html': {page: 'plain-html/index.html', lang: 'en', rendered: [BREADCRUMB_EN, QR_EN, TOO_LONG_EN]},
};

/** The one warning each app expects per such element: <lec-qr> saying why it shows no code. */
const TOO_LONG_WARNING = /^<lec-qr>: the text is 3000 bytes; level M holds 2331\. /;

const MISSING = 'run `node scripts/build.js && node scripts/pack-test.js` first';

/** Opens `url` in a frame and waits (up to 20 s) for the app's window.lecConsumer. */
async function open(url: string) {
  const response = await fetch(url, {method: 'HEAD'});
  if (!response.ok) throw new Error(`${url} is missing (HTTP ${response.status}): ${MISSING}`);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ConsumerWindow;
  const end = Date.now() + 20_000;
  while (!win.lecConsumer && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  return {frame, win, doc: frame.contentDocument!, result: win.lecConsumer};
}

describe('npm consumers (scripts/pack-test.js, .cache/consumers/)', () => {
  before(async () => {
    const response = await fetch('/.cache/consumers/vite-ts/package.json', {method: 'HEAD'});
    if (!response.ok) throw new Error(`.cache/consumers/ is missing: ${MISSING}`);
  });

  for (const [name, expected] of Object.entries(CONSUMERS)) {
    it(`${name}: renders every element (${expected.lang}), its handlers get lec-qr-error "too-long", no other warning or error`, async () => {
      const {frame, win, doc, result} = await open(`/.cache/consumers/${expected.page}`);
      try {
        expect(result, `${name} did not finish within 20 s; its console: ${JSON.stringify((win as unknown as {lecConsole?: unknown}).lecConsole)}`).to.exist;
        expect(result!.app).to.equal(name);
        expect(result!.lang).to.equal(expected.lang);
        expect(result!.errors, 'errors').to.deep.equal([]);
        expect(result!.warnings.filter((w) => !TOO_LONG_WARNING.test(w)), 'warnings').to.deep.equal([]);
        const tooLong = expected.tooLong ?? 1;
        expect(result!.warnings, 'the too-long warning, once per element').to.have.length(tooLong);
        expect(result!.events, 'events that reached the handlers').to.deep.equal(
          Array(tooLong).fill({type: 'lec-qr-error', reason: 'too-long'})
        );
        expect(result!.rendered, 'rendered').to.deep.equal(expected.rendered);

        // The frame's real DOM agrees: every element of ours is upgraded and has rendered.
        const elements = [...doc.querySelectorAll('lec-qr, lec-breadcrumb, lec-about')];
        expect(elements.map((el) => el.localName)).to.deep.equal(expected.rendered.map((r) => r.tag));
        for (const el of elements) {
          expect(win.customElements.get(el.localName), `${el.localName} defined`).to.exist;
          // Its base part, which only a render makes (a waiting code holds a placeholder box).
          expect(el.shadowRoot?.querySelector('[part~="base"]'), `${el.localName} rendered`).to.exist;
        }
        expect(doc.querySelector('lec-qr')!.shadowRoot!.querySelector('svg path')!.getAttribute('d')).to.have.length.above(100);
      } finally {
        frame.remove();
      }
    });
  }

  it('plain-html: the import map leads to dist/cdn/ (the CDN bundles and their chunks, nothing else)', async () => {
    const {frame, result} = await open('/.cache/consumers/plain-html/index.html');
    try {
      const fetched = result?.fetched ?? [];
      const cdn = '/.cache/consumers/plain-html/node_modules/@sjtu-lec/elements/dist/cdn/';
      expect(fetched).to.include.members([`${cdn}lec-qr.js`, `${cdn}lec-breadcrumb.js`]);
      expect(fetched.filter((path) => !path.startsWith(cdn)), 'fetched outside dist/cdn/').to.deep.equal([]);
      expect(fetched.filter((path) => !/\/(lec-qr|lec-breadcrumb|chunk-[\w-]+)\.js$/.test(path))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

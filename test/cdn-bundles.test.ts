// The per-element bundles for pages without a bundler (dist/cdn/lec-*.js, scripts/build.js) and
// the pre-upgrade stylesheet dist/lec.css, as a webmaster uses them: each page is a document of
// its own (a srcdoc frame, so its import map and inline module reach the browser as written),
// in English or Chinese, loading one bundle by its URL or through an import map. Run `npm run
// build` first: the files are served from dist/ (through the dev server's esbuild pass, which
// keeps what they do and whom they import).
import {expect} from '@open-wc/testing';
import {settledIn} from './cms-pages.js';
import {engine} from './helpers.js';

type Tag = 'lec-qr' | 'lec-breadcrumb' | 'lec-about';
type Load = 'script' | 'import map';

const TAGS: Tag[] = ['lec-qr', 'lec-breadcrumb', 'lec-about'];

/** What a page with each bundle holds, which tags the bundle defines, and how to read it. */
const BUNDLES: Record<Tag, {body: string; defines: Tag[]; rendered: string; text: string}> = {
  'lec-qr': {
    body: '<lec-qr value="https://lec.sjtu.edu.cn/"></lec-qr>',
    defines: ['lec-qr'],
    rendered: 'svg path',
    text: 'figcaption',
  },
  'lec-breadcrumb': {
    body: '<lec-breadcrumb><a href="/about/">About Us</a><span>About SJTU LEC</span></lec-breadcrumb>',
    defines: ['lec-breadcrumb'],
    rendered: 'nav ol li',
    text: '[part~=prefix]',
  },
  'lec-about': {
    body: '<lec-about no-qr></lec-about>',
    defines: ['lec-qr', 'lec-breadcrumb', 'lec-about'],
    rendered: 'section [part~=body] p',
    text: '[part~=heading]',
  },
};

/** The text each element shows in each language. */
const TEXTS: Record<'en' | 'zh-CN', Record<Tag, string>> = {
  en: {'lec-qr': 'QR code', 'lec-breadcrumb': 'Location:', 'lec-about': 'About SJTU LEC'},
  'zh-CN': {'lec-qr': '二维码', 'lec-breadcrumb': '当前位置：', 'lec-about': '学院简介'},
};

type PageWindow = Window &
  typeof globalThis & {
    __warnings: string[];
    __errors: string[];
    /** The text each element showed when it first rendered. */
    __first: Partial<Record<Tag, string>>;
    __ready?: Promise<void>;
  };

interface Page {
  win: PageWindow;
  doc: Document;
  remove(): void;
}

/** A script tag for the bundle of `tag`, or an import map and a module that imports it by name. */
function loader(tag: Tag, load: Load) {
  if (load === 'script') return `<script type="module" src="/dist/cdn/${tag}.js"></script>`;
  const map = {imports: {[`@sjtu-lec/elements/${tag}.js`]: `/dist/cdn/${tag}.js`}};
  return `<script type="importmap">${JSON.stringify(map)}</script>
<script type="module">import {ready} from '@sjtu-lec/elements/${tag}.js'; window.__ready = ready;</script>`;
}

/**
 * Opens a page in a frame of its own, recording from before any script runs its console warnings
 * and errors and what each element of ours shows in its first render.
 */
async function open({lang, head = '', body}: {lang: string; head?: string; body: string}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px; border: 0; display: block';
  const selectors = Object.fromEntries(TAGS.map((tag) => [tag, BUNDLES[tag].text]));
  const record = `<script>
    window.__warnings = []; window.__errors = []; window.__first = {};
    for (const [level, list] of [['warn', __warnings], ['error', __errors]]) {
      const original = console[level].bind(console);
      console[level] = (...args) => { list.push(args.map(String).join(' ')); original(...args); };
    }
    addEventListener('error', (e) => __errors.push(String(e.message)));
    for (const [tag, selector] of Object.entries(${JSON.stringify(selectors)})) {
      customElements.whenDefined(tag).then(async () => {
        const el = document.querySelector(tag);
        if (!el) return;
        await el.updateComplete;
        __first[tag] = el.shadowRoot.querySelector(selector)?.textContent.trim();
      });
    }
  </script>`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>A page without a bundler</title>${record}${head}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  document.body.append(frame);
  await loaded;
  return {win: frame.contentWindow as PageWindow, doc: frame.contentDocument!, remove: () => frame.remove()};
}

/** Waits until each tag is defined in the page (failing after 15 s), then until all rendered. */
/** Adds a module script to the page, as a webmaster's script tag would load it after the page. */
function loadModule(page: Page, src: string) {
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = src;
  page.doc.head.append(script);
}

/** Each element's box, [x, y, width, height] in whole CSS pixels. */
const roundedBoxes = (els: Element[]) =>
  els.map((el) => el.getBoundingClientRect()).map((r) => [r.x, r.y, r.width, r.height].map(Math.round));

async function definedAndSettled(page: Page, tags: Tag[]) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not defined within 15 s: ${tags.join(', ')}`)), 15_000);
  });
  try {
    await Promise.race([Promise.all(tags.map((tag) => page.win.customElements.whenDefined(tag))), timeout]);
  } finally {
    clearTimeout(timer);
  }
  await page.win.__ready;
  await page.doc.fonts.ready;
  await settledIn(page.doc);
}

/** The paths under /dist/ that the page fetched. */
const fetchedFromDist = (page: Page) =>
  page.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'));

/** `file` and the chunks it imports, transitively, as the server has them. */
async function withChunks(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await (await fetch(file)).text();
  for (const [, from, bare] of code.matchAll(/\bfrom\s*["'](\.\/[^"']+)["']|\bimport\s*["'](\.\/[^"']+)["']/g)) {
    await withChunks(new URL(from ?? bare, new URL(file, location.origin)).pathname, seen);
  }
  return seen;
}

/** The first element of `tag` in the page and what its shadow root shows. */
function shown(page: Page, tag: Tag) {
  const el = page.doc.querySelector(tag)!;
  const root = el.shadowRoot;
  return {
    rendered: !!root?.querySelector(BUNDLES[tag].rendered),
    text: root?.querySelector(BUNDLES[tag].text)?.textContent?.trim(),
  };
}

describe('CDN bundles (dist/cdn/)', () => {
  for (const tag of TAGS) {
    describe(`${tag}.js`, () => {
      for (const load of ['script', 'import map'] as Load[]) {
        for (const lang of ['en', 'zh-CN'] as const) {
          it(`by ${load === 'script' ? 'a script tag' : 'an import map'}, ${lang}: defines ${BUNDLES[tag].defines.join(', ')} only, in the page's language from the first render`, async () => {
            const page = await open({lang, head: loader(tag, load), body: BUNDLES[tag].body});
            try {
              await definedAndSettled(page, BUNDLES[tag].defines);
              const defined = TAGS.filter((t) => page.win.customElements.get(t));
              expect(defined, 'defined tags').to.deep.equal(BUNDLES[tag].defines);
              expect(shown(page, tag)).to.deep.equal({rendered: true, text: TEXTS[lang][tag]});
              // Set before the elements were defined: never a first render in English.
              expect(page.win.__first[tag], 'first render').to.equal(TEXTS[lang][tag]);
              // The bundle and its chunks, nothing else: no other element's bundle, no lec.js.
              const fetched = fetchedFromDist(page);
              expect(new Set(fetched), 'fetched from dist/').to.deep.equal(await withChunks(`/dist/cdn/${tag}.js`));
              expect(fetched.length, 'each file once').to.equal(new Set(fetched).size);
              expect(page.win.__errors, 'errors').to.deep.equal([]);
              expect(page.win.__warnings, 'warnings').to.deep.equal([]);
            } finally {
              page.remove();
            }
          });
        }
      }
    });
  }

  it('the chunks are shared: lec-qr.js and lec-about.js on one page fetch each file once', async () => {
    const head = `${loader('lec-qr', 'script')}${loader('lec-about', 'script')}`;
    const page = await open({lang: 'zh-CN', head, body: `${BUNDLES['lec-qr'].body}${BUNDLES['lec-about'].body}`});
    try {
      await definedAndSettled(page, ['lec-qr', 'lec-breadcrumb', 'lec-about']);
      const fetched = fetchedFromDist(page);
      const expected = new Set([...(await withChunks('/dist/cdn/lec-qr.js')), ...(await withChunks('/dist/cdn/lec-about.js'))]);
      expect(new Set(fetched)).to.deep.equal(expected);
      expect(fetched.length, 'each file once').to.equal(expected.size);
      expect(shown(page, 'lec-qr').text).to.equal('二维码');
      expect(shown(page, 'lec-about').text).to.equal('学院简介');
      // lec-about.js finds <lec-qr> defined by lec-qr.js: the same class, so nothing to say.
      expect(page.win.__warnings).to.deep.equal([]);
      expect(page.win.__errors).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('an import map of the whole folder gives every element its npm name', async () => {
    const map = {imports: {'@sjtu-lec/elements/': '/dist/cdn/'}};
    const head = `<script type="importmap">${JSON.stringify(map)}</script>
<script type="module">import '@sjtu-lec/elements/lec-qr.js'; import '@sjtu-lec/elements/lec-breadcrumb.js';</script>`;
    const page = await open({lang: 'zh-CN', head, body: `${BUNDLES['lec-qr'].body}${BUNDLES['lec-breadcrumb'].body}`});
    try {
      await definedAndSettled(page, ['lec-qr', 'lec-breadcrumb']);
      expect(TAGS.filter((t) => page.win.customElements.get(t))).to.deep.equal(['lec-qr', 'lec-breadcrumb']);
      expect(shown(page, 'lec-qr')).to.deep.equal({rendered: true, text: '二维码'});
      expect(shown(page, 'lec-breadcrumb')).to.deep.equal({rendered: true, text: '当前位置：'});
      expect(page.win.__errors).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('follows later changes of <html lang>', async () => {
    const page = await open({lang: 'en', head: loader('lec-qr', 'import map'), body: BUNDLES['lec-qr'].body});
    try {
      await definedAndSettled(page, ['lec-qr']);
      expect(shown(page, 'lec-qr').text).to.equal('QR code');
      page.doc.documentElement.lang = 'zh-CN';
      const end = Date.now() + 5_000;
      while (shown(page, 'lec-qr').text !== '二维码' && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(shown(page, 'lec-qr').text).to.equal('二维码');
    } finally {
      page.remove();
    }
  });

  it('exports what the npm module exports, plus ready', async () => {
    const names: Record<Tag, string[]> = {
      'lec-qr': ['LecQr', 'ready'],
      'lec-breadcrumb': ['LecBreadcrumb', 'ready'],
      'lec-about': ['LecAbout', 'ready'],
    };
    for (const tag of TAGS) {
      const page = await open({
        lang: 'en',
        head: `<script type="module">import * as m from '/dist/cdn/${tag}.js'; window.__ready = m.ready.then(() => m);</script>`,
        body: '',
      });
      try {
        const module = (await page.win.__ready) as unknown as Record<string, unknown>;
        expect(Object.keys(module).sort(), tag).to.deep.equal(names[tag]);
        const [className] = names[tag];
        expect(page.win.customElements.get(tag), tag).to.equal(module[className]);
      } finally {
        page.remove();
      }
    }
  });
});

describe('How the bundles define the elements', () => {
  // Each element in a task of its own, the section last: one task for all three was the longest
  // task of the demo's load (70 to 130 ms at 4x CPU). The section must still never be painted
  // empty or with undefined parts, which would grow and move what follows it. A page's own codes
  // past the first slice wait for later tasks (src/internal/slices.ts); the section must not wait
  // behind them.
  const watch = `<script>
    window.__defined = []; window.__frames = 0; window.__bad = [];
    for (const tag of ['lec-qr', 'lec-breadcrumb', 'lec-about']) {
      customElements.whenDefined(tag).then(() => __defined.push([tag, customElements.get('lec-about') ? 'with' : 'without']));
    }
    // Before every paint: the section is either not defined yet, or rendered with its parts.
    const check = () => {
      // The parser may not have reached the section at the first frame (150 codes come before
      // it): without the ?. that frame threw, and no frame after it was ever checked.
      const about = document.querySelector('lec-about');
      if (about?.matches(':defined')) {
        __frames++;
        const root = about.shadowRoot;
        const parts = [...root.querySelectorAll('lec-breadcrumb, lec-qr'), ...about.querySelectorAll('lec-qr')];
        if (!root.querySelector('section [part~=body] p')) __bad.push('section empty');
        for (const part of parts) if (!part.matches(':defined')) __bad.push(part.localName + ' undefined');
        for (const code of about.querySelectorAll('lec-qr')) if (!code.shadowRoot.querySelector('figcaption')) __bad.push('code box not rendered');
        if (__frames >= 3) return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  </script>`;
  const section = `<lec-about about-us-href="./"><lec-qr slot="qr" value="https://lec.sjtu.edu.cn/" caption="Website"></lec-qr></lec-about>`;
  const codes = Array.from({length: 150}, (_, i) => `<lec-qr value="https://lec.sjtu.edu.cn/course/${i}" size="64"></lec-qr>`).join('');
  for (const bundle of ['/dist/lec.js', '/dist/cdn/lec-about.js']) {
    for (const [name, body] of [
      ['a section', section],
      ["150 of the page's own codes, then a section", codes + section],
    ]) {
      it(`${bundle}, ${name}: trail, code, then section; the section is painted rendered, with its parts`, async () => {
        const head = `<link rel="stylesheet" href="/dist/lec.css">${watch}<script type="module" src="${bundle}"></script>`;
        const page = await open({lang: 'en', head, body});
        try {
          await definedAndSettled(page, TAGS);
          const end = Date.now() + 5_000;
          const win = page.win as PageWindow & {__defined: [Tag, string][]; __frames: number; __bad: string[]};
          while (win.__frames < 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
          // In order, and the section not in the same loop as the others (whenDefined's callbacks
          // run right after each definition). The task each takes is measured by npm run bench.
          expect(win.__defined, 'order, and whether <lec-about> was defined yet').to.deep.equal([
            ['lec-breadcrumb', 'without'],
            ['lec-qr', 'without'],
            ['lec-about', 'with'],
          ]);
          expect(win.__frames, 'frames with the section defined').to.equal(3);
          expect(win.__bad, 'what a frame showed').to.deep.equal([]);
          expect(page.win.__errors, 'errors').to.deep.equal([]);
        } finally {
          page.remove();
        }
      });
    }
  }
});

describe('dist/lec.css', () => {
  it("is the README's pre-upgrade CSS, byte for byte, under a header with the package and version", async () => {
    const [css, readme, pkg] = await Promise.all([
      fetch('/dist/lec.css').then((r) => r.text()),
      fetch('/README.md').then((r) => r.text()),
      fetch('/package.json').then((r) => r.json()),
    ]);
    const section = readme.indexOf('\n### Before the script loads\n');
    expect(section, 'README section').to.be.above(-1);
    const start = readme.indexOf('```css\n', section) + '```css\n'.length;
    const block = readme.slice(start, readme.indexOf('\n```\n', start) + 1);
    expect(block).to.contain('lec-qr:not(:defined, [data-lec-prerendered])');
    const [charset, header] = css.split('\n', 2);
    expect(charset).to.equal('@charset "UTF-8";');
    expect(header).to.match(/^\/\* .* \*\/$/);
    expect(header).to.contain(`@sjtu-lec/elements ${pkg.version}`);
    expect(css.slice(charset.length + header.length + 2)).to.equal(block);
    // Every rule parses in this engine: one per opening brace, rules inside @supports included.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const count = (rules: CSSRuleList): number =>
      [...rules].reduce((n, rule) => n + 1 + ('cssRules' in rule ? count((rule as CSSGroupingRule).cssRules) : 0), 0);
    expect(count(sheet.cssRules)).to.equal(block.match(/\{/g)!.length);
  });

  // Old Chinese CMS pages are GBK, and many servers send CSS without a charset: the browser then
  // decodes the file as the page is encoded. Until 2026-12-04 lec.css had no @charset, and its
  // 当前位置： and 二维码 came out as GBK mojibake.
  it('keeps its Chinese text on a GBK page whose server sends the file without a charset', async () => {
    const html = '<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="/cms/gbk/lec.css"></head>' +
      '<body><lec-breadcrumb><a href="/">Home</a><span>Here</span></lec-breadcrumb><lec-qr value="x"></lec-qr></body></html>';
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = `/cms/gbk/page.html?html=${encodeURIComponent(html)}`;
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      expect(doc.characterSet.toLowerCase()).to.equal('gbk');
      expect(getComputedStyle(doc.querySelector('lec-breadcrumb')!, '::before').content).to.equal('"当前位置："');
      expect(getComputedStyle(doc.querySelector('lec-qr')!, '::after').content).to.equal('"二维码"');
    } finally {
      frame.remove();
    }
  });

  it('linked from a page, holds the place of <lec-qr> and <lec-breadcrumb> until they upgrade', async () => {
    const body = `${BUNDLES['lec-qr'].body}${BUNDLES['lec-breadcrumb'].body}${BUNDLES['lec-about'].body}`;
    const page = await open({lang: 'zh-CN', head: '<link rel="stylesheet" href="/dist/lec.css">', body});
    try {
      await page.doc.fonts.ready;
      const height = (tag: Tag) => page.doc.querySelector(tag)!.getBoundingClientRect().height;
      const before = {qr: height('lec-qr'), breadcrumb: height('lec-breadcrumb'), about: height('lec-about')};
      expect(before.about, 'lec-about: the height of its Chinese text').to.be.above(640);
      expect(before.qr).to.be.above(0);
      expect(before.breadcrumb).to.be.above(0);
      loadModule(page, '/dist/cdn/lec-about.js');
      await definedAndSettled(page, ['lec-qr', 'lec-breadcrumb', 'lec-about']);
      expect(height('lec-qr')).to.be.closeTo(before.qr, 0.5);
      expect(height('lec-breadcrumb')).to.be.closeTo(before.breadcrumb, 0.5);
    } finally {
      page.remove();
    }
  });

  for (const lang of ['en', 'zh-CN']) {
    it(`holds a code's caption on the lines it will take, the default one in the page's language (${lang})`, async () => {
      const captions = ['', ' caption="Course 12: Introduction to Data Science and Its Practice"', ' caption="课程 12：数据科学导论与实践应用（春季学期）"', ` caption="${'A runaway caption '.repeat(20)}"`];
      const body =
        captions.map((caption) => `<lec-qr value="https://lec.sjtu.edu.cn/"${caption}></lec-qr>`).join('') +
        '<lec-qr value="https://lec.sjtu.edu.cn/"><b slot="caption">A caption of the page\'s own, on two lines</b></lec-qr><p id="after">After</p>';
      // A page's text properties that would change how a caption wraps.
      const head = '<link rel="stylesheet" href="/dist/lec.css"><style>body { letter-spacing: 0.2em; text-transform: uppercase; font-family: serif; }</style>';
      const page = await open({lang, head, body});
      try {
        await page.doc.fonts.ready;
        const els = [...page.doc.querySelectorAll('lec-qr')];
        const boxes = () => roundedBoxes(els);
        const before = boxes();
        const after = page.doc.getElementById('after')!.getBoundingClientRect().top;
        loadModule(page, '/dist/cdn/lec-qr.js');
        await definedAndSettled(page, ['lec-qr']);
        expect(boxes(), 'the boxes before and after the upgrade').to.deep.equal(before);
        expect(Math.round(page.doc.getElementById('after')!.getBoundingClientRect().top)).to.equal(Math.round(after));
        // One line for the default caption, several for the long ones, ten for the runaway one.
        const lines = before.map(([, , , height]) => Math.round((height - 128 - 8) / 21));
        expect(lines[0]).to.equal(1);
        expect(lines[3]).to.equal(10);
        for (const i of [1, 2, 4]) expect(lines[i], `caption ${i}: lines`).to.be.within(2, 4);
      } finally {
        page.remove();
      }
    });
  }

  // The third: a page zoomed by its CSS, as CMS templates fit a design width, where a box's
  // size is measured zoomed (Chromium, Firefox) but set in the code's own pixels.
  for (const [lang, zoom] of [['en', ''], ['zh-CN', ''], ['en', '0.8']]) {
    it(`a course list's codes keep their boxes, captions of several lines included, while most wait for their first render (${lang}${zoom && `, page zoom ${zoom}`})`, async () => {
      // Enough codes that most wait for later slices once defined: each holds the box the
      // pre-upgrade CSS gave it, its caption's lines included, until it renders.
      const captions = ['Course 12: Introduction to Data Science and Its Practice', '课程 12：数据科学导论与实践应用（春季学期）', 'Short'];
      const body =
        Array.from({length: 150}, (_, i) => `<lec-qr value="https://lec.sjtu.edu.cn/courses/${i}" caption="${captions[i % 3]}"></lec-qr>`).join(' ') +
        '<lec-qr value="https://lec.sjtu.edu.cn/"></lec-qr><p id="after">After</p>';
      const head = `<link rel="stylesheet" href="/dist/lec.css"><style>body { letter-spacing: 0.1em; font-family: serif; zoom: ${zoom || 1} }</style>`;
      const page = await open({lang, head, body});
      try {
        await page.doc.fonts.ready;
        const els = [...page.doc.querySelectorAll('lec-qr')] as Array<HTMLElement & {hasUpdated: boolean}>;
        const boxes = () => roundedBoxes(els);
        const before = boxes();
        const after = Math.round(page.doc.getElementById('after')!.getBoundingClientRect().top);
        let waiting = 0;
        let held: number[][] = [];
        void page.win.customElements.whenDefined('lec-qr').then(() => {
          // Still the task that defined the tag: the codes past its slice have not rendered.
          waiting = els.filter((el) => !el.hasUpdated || !el.shadowRoot!.querySelector('svg')).length;
          held = boxes();
        });
        loadModule(page, '/dist/lec.js');
        await definedAndSettled(page, ['lec-qr']);
        expect(waiting, 'codes waiting to render when the tag was defined').to.be.above(50);
        expect(held, 'the boxes while codes wait').to.deep.equal(before);
        expect(boxes(), 'the boxes once rendered').to.deep.equal(before);
        expect(Math.round(page.doc.getElementById('after')!.getBoundingClientRect().top)).to.equal(after);
        if (zoom) return; // (sizes in zoomed pixels, or not, as the engine measures them)
        // Captions of one line and of several: a square of 128 px, the gap (8 px), lines of 21 px.
        const lines = before.slice(0, 3).map(([, , , height]) => Math.round((height - 128 - 8) / 21));
        expect(lines[2]).to.equal(1);
        for (const n of lines.slice(0, 2)) expect(n).to.be.within(2, 4);
      } finally {
        page.remove();
      }
    });
  }

  it("reads a code's size attribute where the browser reads attributes in CSS, and keeps --lec-qr-size's box elsewhere", async () => {
    const body = '<lec-qr value="https://lec.sjtu.edu.cn/" size="200"></lec-qr><lec-qr value="https://lec.sjtu.edu.cn/" style="--lec-qr-size: 150px"></lec-qr>';
    const page = await open({lang: 'en', head: '<link rel="stylesheet" href="/dist/lec.css">', body});
    try {
      await page.doc.fonts.ready;
      const [sized, tokened] = [...page.doc.querySelectorAll('lec-qr')];
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return [r.width, r.height];
      };
      const reads = page.doc.defaultView!.CSS.supports('inline-size', 'attr(size px, 1px)');
      const [width, height] = box(sized);
      // 16 px text: the gap (0.5em) and one caption line (1.3125em) below the code.
      expect(width, reads ? 'the size attribute' : '--lec-qr-size (8em), this engine reads no attributes in CSS').to.equal(reads ? 200 : 128);
      expect(height).to.equal(width + 8 + 21);
      const before = {sized: box(sized), tokened: box(tokened)};
      expect(before.tokened).to.deep.equal([150, 150 + 8 + 21]);
      loadModule(page, '/dist/cdn/lec-qr.js');
      await definedAndSettled(page, ['lec-qr']);
      const after = {sized: box(sized), tokened: box(tokened)};
      expect(after.tokened.map(Math.round)).to.deep.equal(before.tokened);
      if (reads) expect(after.sized.map(Math.round), 'no jump on upgrade').to.deep.equal(before.sized);
      else expect(after.sized[0], 'the size attribute once upgraded').to.equal(200);
    } finally {
      page.remove();
    }
  });
});

/**
 * A page whose template the webmaster cannot edit puts everything in the body, where the element
 * goes. What the element's box is, frame by frame while such a page loads (its body
 * `before` the code, lec.css served `delay` ms late when linked): `-` while the code is not in
 * the document yet, else its width.
 */
async function boxWhileLoading(before: string): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 600px; block-size: 400px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><meta charset="utf-8"><body><p>The page.</p>${before}<lec-qr value="https://lec.sjtu.edu.cn/" caption="Course"></lec-qr><p id="end">The rest of the page.</p></body></html>`;
  const widths: string[] = [];
  document.body.append(frame);
  try {
    const start = performance.now();
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const code = frame.contentDocument?.querySelector('lec-qr');
      const width = code ? String(Math.round(code.getBoundingClientRect().width)) : '-';
      if (widths.at(-1) !== width) widths.push(width);
      if (frame.contentDocument?.getElementById('end') && frame.contentDocument.readyState === 'complete') break;
      if (performance.now() - start > 10_000) throw new Error(`the page did not load: ${widths.join(' ')}`);
    }
  } finally {
    frame.remove();
  }
  return widths;
}

describe("lec.css and a section's height", () => {
  // The section's text is as long as it is: what lec.css holds for it, at each width of the
  // section (which its container queries read) and in each language, should be near it, so the
  // page below hardly moves when the script comes. Until 2026-12-03 it held 40em everywhere: 640 px
  // for a section of 782 px (Chinese, wide) to 3,674 px (English, 320 px wide). Until 2026-12-04 it
  // read the screen's width, and a section beside a sidebar held 15 to 63 % too little.
  /** Loads the page with lec.css, then lec.js: the section's held height is within 15 % of its rendered one. */
  async function expectHeldNearRendered(lang: string, frameWidth: number, body: string) {
    const page = await open({lang, head: '<link rel="stylesheet" href="/dist/lec.css">', body});
    try {
      page.win.frameElement!.setAttribute('style', `inline-size: ${frameWidth}px; block-size: 600px; border: 0`);
      await page.doc.fonts.ready;
      const about = page.doc.querySelector('lec-about')!;
      const before = about.getBoundingClientRect().height;
      loadModule(page, '/dist/lec.js');
      await definedAndSettled(page, ['lec-about']);
      await page.doc.fonts.ready;
      const after = about.getBoundingClientRect().height;
      expect(Math.abs(before - after) / after, `held ${Math.round(before)} px, rendered ${Math.round(after)} px`).to.be.below(0.15);
    } finally {
      page.remove();
    }
  }

  for (const lang of ['en', 'zh-CN'])
    for (const width of [1024, 700, 480, 360]) {
      it(`holds about the height of its built-in text (${lang}, a ${width} px screen)`, async () => {
        await expectHeldNearRendered(lang, width, '<lec-about></lec-about>');
      });
    }

  for (const lang of ['en', 'zh-CN'])
    for (const column of [600, 340]) {
      it(`holds about the height of its built-in text in a ${column} px column beside a sidebar, on a 1,024 px screen (${lang})`, async () => {
        const layout = `<div style="display: grid; grid-template-columns: 1fr ${column}px"><nav>Sidebar</nav><main><lec-about></lec-about></main></div>`;
        await expectHeldNearRendered(lang, 1024, layout);
      });
    }

  for (const lang of ['en', 'zh-CN'])
    it(`holds about the height of its built-in text in a table cell sized to its content, which has no width before the script (${lang})`, async () => {
      const layout = '<table><tr><td>Menu</td><td><lec-about></lec-about></td></tr></table>';
      await expectHeldNearRendered(lang, 1024, layout);
    });

  it('holds about the height of its built-in text when the page gives the element its own display (a rule as specific as ours, later)', async () => {
    // Custom elements are inline by default, so pages often write `x lec-about { display: block }`;
    // the float that holds the height must stay inside the element even then.
    const layout = '<style>lec-about.from-the-page { display: block }</style><lec-about class="from-the-page"></lec-about><p>Below.</p>';
    await expectHeldNearRendered('en', 1024, layout);
  });

  it("holds nothing extra for a section that shows the page's own paragraphs meanwhile", async () => {
    const page = await open({lang: 'en', head: '<link rel="stylesheet" href="/dist/lec.css">', body: '<lec-about><p>Our own short text.</p></lec-about>'});
    try {
      const about = page.doc.querySelector('lec-about')!;
      expect(about.getBoundingClientRect().height).to.be.closeTo(about.querySelector('p')!.getBoundingClientRect().height, 1);
    } finally {
      page.remove();
    }
  });
});

describe('lec.css in the body (no access to the <head>)', () => {
  // 8em of the default medium: the code's width before and after the script.
  const BOX = '128';

  it('pasted in a <style> before the element: the code has its box from its first frame, in every engine', async () => {
    const css = await (await fetch('/dist/lec.css')).text();
    const widths = await boxWhileLoading(`<style>${css}</style><img src="/test/fixtures/wechat-qr.png?delay=600" alt="">`);
    expect(widths.filter((width) => width !== '-')).to.deep.equal([BOX]);
  });

  it('linked before the element: Chromium holds the rest of the page until the file comes; Firefox and WebKit lay the code out without it meanwhile (as the README says)', async () => {
    const widths = await boxWhileLoading('<link rel="stylesheet" href="/dist/lec.css?delay=600">');
    expect(widths.at(-1)).to.equal(BOX);
    if (engine === 'chromium') expect(widths).to.deep.equal(['-', BOX]);
    else expect(widths).to.include('0');
  });
});

// The webmaster release kit (npm run release-kit: release/sjtu-lec-elements-<version>.zip) as a
// webmaster gets it. scripts/release-fixtures.js unpacks the zip itself (with scripts/zip.js's
// reader) and serves its files at /kit/<name>, with Access-Control-Allow-Origin only for ?cors.
// Each host page is written here from the kit's own snippet.html and README.txt, with their
// placeholder address replaced by where the kit is served, and served as a document of its own
// on localhost (/kit-pages/<n>.html); the kit comes from http://127.0.0.1:<port>/kit/, another
// origin, unless a test says otherwise. test/fixtures/cms/listen.js records what happens.
import {expect} from '@open-wc/testing';
import {listenedPage, settledIn} from './cms-pages.js';
import type {ListenedWindow} from './cms-pages.js';

type Tag = 'lec-qr' | 'lec-breadcrumb' | 'lec-about';
type Lang = 'zh-CN' | 'en';

const TAGS: Tag[] = ['lec-qr', 'lec-breadcrumb', 'lec-about'];
const LANGS: Lang[] = ['zh-CN', 'en'];
const LANGUAGE: Record<Lang, string> = {'zh-CN': 'Chinese', en: 'English'};
/** What the elements show in each language: the About heading, the trail's prefix, a QR caption. */
const TEXTS: Record<Lang, {heading: string; prefix: string; caption: string}> = {
  'zh-CN': {heading: '学院简介', prefix: '当前位置：', caption: '二维码'},
  en: {heading: 'About SJTU LEC', prefix: 'Location:', caption: 'QR code'},
};

// The page is on localhost; the same dev server on 127.0.0.1 is another origin.
const OTHER_ORIGIN = `http://${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const ELSEWHERE = `${OTHER_ORIGIN}/kit/`;
const HERE = `${location.origin}/kit/`;

interface KitIndex {
  zip: string;
  bytes: number;
  files: string[];
}

type PageWindow = ListenedWindow;

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
const textOf = async (url: string) => (await fetch(url)).text();

/** An integrity value: base64 of the SHA-384 after "sha384-". */
async function sha384(bytes: Uint8Array<ArrayBuffer>) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** The chunks a file of the kit's cdn/ imports, directly or through another chunk. */
async function chunksOf(file: string, seen = new Set<string>()) {
  const code = await textOf(`/kit/cdn/${file}`);
  for (const [, chunk] of code.matchAll(/\bimport\s*(?:[^;"']*?\bfrom\s*)?["']\.\/(chunk-[\w-]+\.js)["']/g)) {
    if (!seen.has(chunk)) await chunksOf(chunk, seen.add(chunk));
  }
  return seen;
}

/** The <link> and <script> tags of some HTML (head) and our elements in it (body), line by line. */
function tagsIn(html: string) {
  const lines = html.split(/\r?\n/).map((line) => line.trim());
  return {
    head: lines.filter((line) => /^<(link|script)\b/.test(line)),
    body: lines.filter((line) => /^<lec-/.test(line)),
  };
}

/** The tags `src`/`href` pointing at `base` instead of the placeholder, with ?cors if asked. */
function servedFrom(tags: string[], placeholder: string, base: string, cors = false) {
  return tags.map((tag) =>
    tag.replaceAll(/(src|href)="([^"]*)"/g, (whole, attribute: string, url: string) =>
      url.startsWith(placeholder) ? `${attribute}="${base}${url.slice(placeholder.length)}${cors ? '?cors' : ''}"` : whole
    )
  );
}

/**
 * Opens a page of `lang` with `head` and `body` (and a Content-Security-Policy if given), waits
 * until its scripts ran and its elements rendered, and reports what it shows.
 */
async function open({lang, head, body, csp}: {lang: Lang; head: string[]; body: string[]; csp?: string}) {
  const html = listenedPage({lang, csp, head, body: body.join('\n')});
  const page = await (await fetch('/kit-pages/', {method: 'POST', body: html})).text();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px; border: 0; display: block';
  frame.src = page;
  // The load event comes after every deferred and module script has run (or failed to load).
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    if (!win.__failedScripts.length) {
      // A module script's elements may be defined a little after it ran (its ready promise).
      const tags = TAGS.filter((tag) => doc.querySelector(tag));
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        Promise.all(tags.map((tag) => win.customElements.whenDefined(tag))),
        new Promise((r) => (timer = setTimeout(r, 15_000))),
      ]);
      clearTimeout(timer);
      await win.__sjtuLecElements?.ready;
    }
    await doc.fonts.ready;
    await settledIn(doc);
    const shadow = (root: Element | null | undefined) => root?.shadowRoot ?? null;
    const about = doc.querySelector('lec-about');
    const aboutTrail = shadow(about)?.querySelector('lec-breadcrumb');
    const aboutQr = shadow(about)?.querySelector('lec-qr');
    const sheet = doc.querySelector<HTMLLinkElement>('link[rel=stylesheet]')?.sheet;
    let cssRules: number | null = null;
    try {
      cssRules = sheet ? sheet.cssRules.length : null;
    } catch {
      cssRules = -1; // a sheet whose rules this page may not read
    }
    return {
      defined: TAGS.filter((tag) => win.customElements.get(tag)),
      about: about && {
        heading: text(shadow(about)?.querySelector('[part~=heading]')),
        prefix: text(shadow(aboutTrail)?.querySelector('[part~=prefix]')),
        caption: text(shadow(aboutQr)?.querySelector('[part~=caption]')),
        qrDrawn: !!shadow(aboutQr)?.querySelector('svg path'),
      },
      qr: text(shadow(doc.querySelector('lec-qr'))?.querySelector('[part~=caption]')),
      qrDrawn: !!shadow(doc.querySelector('lec-qr'))?.querySelector('svg path'),
      breadcrumb: text(shadow(doc.querySelector('lec-breadcrumb'))?.querySelector('[part~=prefix]')),
      cssRules,
      // lec.css gives an <lec-about> not yet defined display: block (an unknown element is inline).
      aboutDisplay: about && getComputedStyle(about).display,
      failedScripts: win.__failedScripts,
      violations: win.__violations,
      errors: win.__errors,
      warnings: win.__warnings,
      consoleErrors: win.__consoleErrors,
    };
  } finally {
    frame.remove();
  }
}
type Report = Awaited<ReturnType<typeof open>>;

function expectAboutIn(lang: Lang, r: Report) {
  expect(r.defined).to.deep.equal(TAGS);
  expect(r.about).to.deep.equal({...TEXTS[lang], qrDrawn: true});
  expect(r.failedScripts).to.deep.equal([]);
  expect(r.errors).to.deep.equal([]);
  expect(r.warnings).to.deep.equal([]);
  expect(r.consoleErrors).to.deep.equal([]);
}

let index: KitIndex;
let version: string;
let placeholder: string;
let snippet: string;
let readme: string;
let sri: Map<string, string>;
/** The line of README.md's section "Content-Security-Policy, Trusted Types and another Lit on the page". */
let cspLine: string;
/** snippet.html outside its comments: the tags to paste. */
let main: {head: string[]; body: string[]};
/** snippet.html's alternatives, each a comment starting with 备选 ("alternative"). */
let alternatives: {head: string[]; body: string[]}[];

before(async () => {
  const response = await fetch('/kit/');
  if (!response.ok) throw new Error(await response.text());
  index = await response.json();
  ({version} = await (await fetch('/package.json')).json());
  placeholder = `https://your.cdn/sjtu-lec-elements-${version}/`;
  [snippet, readme] = await Promise.all([textOf('/kit/snippet.html'), textOf('/kit/README.txt')]);
  sri = new Map(
    (await textOf('/kit/SRI.txt'))
      .split(/\r?\n/)
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => {
        const [value, name] = line.split(/\s+/);
        return [name, value];
      })
  );
  const readmeMd = await textOf('/README.md');
  const block = /^### Content-Security-Policy\b[^\n]*\n(?:(?!^#)[\s\S])*?^```\n([^\n]+)\n```$/m.exec(readmeMd);
  cspLine = block![1];
  main = tagsIn(snippet.replaceAll(/<!--[\s\S]*?-->/g, ''));
  alternatives = [...snippet.matchAll(/<!--\s*备选([\s\S]*?)-->/g)].map(([, inside]) => tagsIn(inside));
});

describe('the release kit (npm run release-kit)', () => {
  it('is release/sjtu-lec-elements-<version>.zip: the bundles, lec.css, the per-element bundles with their chunks, snippet.html, SRI.txt, README.txt', async () => {
    expect(index.zip).to.equal(`release/sjtu-lec-elements-${version}.zip`);
    const chunks = new Set<string>();
    for (const tag of TAGS) await chunksOf(`${tag}.js`, chunks);
    expect(chunks.size, 'chunks').to.be.above(0);
    expect(index.files).to.deep.equal([
      'README.txt',
      'snippet.html',
      'SRI.txt',
      'lec.js',
      'lec.iife.js',
      'lec.css',
      ...TAGS.map((tag) => `cdn/${tag}.js`),
      ...[...chunks].sort().map((chunk) => `cdn/${chunk}`),
    ]);
  });

  it("holds dist/'s lec.js, lec.iife.js and lec.css byte for byte", async () => {
    // /cms/ serves dist/'s bundles as they are (scripts/cms-fixtures.js).
    for (const [file, built] of [
      ['lec.js', '/cms/lec.js'],
      ['lec.iife.js', '/cms/lec.iife.js'],
      ['lec.css', '/dist/lec.css'],
    ]) {
      const [inKit, inDist] = await Promise.all([bytesOf(`/kit/${file}`), bytesOf(built)]);
      expect(sameBytes(inKit, inDist), `${file} is dist/${file} (if not: npm run build, then npm run release-kit)`).to.be.true;
    }
  });

  it('SRI.txt has the integrity value (sha384) of every other file', async () => {
    expect([...sri.keys()]).to.deep.equal(index.files.filter((file) => file !== 'SRI.txt'));
    for (const [file, value] of sri) {
      expect(value, file).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
      expect(await sha384(await bytesOf(`/kit/${file}`)), file).to.equal(value);
    }
  });

  it("snippet.html: lec.css and lec.js with crossorigin and SRI.txt's integrity, the <html lang> note and the tag", () => {
    expect(main.head).to.deep.equal([
      `<link rel="stylesheet" href="${placeholder}lec.css" crossorigin="anonymous" integrity="${sri.get('lec.css')}">`,
      `<script type="module" src="${placeholder}lec.js" crossorigin="anonymous" integrity="${sri.get('lec.js')}"></script>`,
    ]);
    expect(main.body).to.deep.equal(['<lec-about></lec-about>']);
    expect(snippet).to.contain('<html lang="zh-CN">').and.to.contain('<html lang="en">');
    // Every tag, the alternatives' too: a file of the kit, with its own integrity value.
    const tags = [...snippet.matchAll(/<(?:script|link) [^>]*>/g)].map(([tag]) => tag);
    expect(tags.length).to.be.above(2);
    for (const tag of tags) {
      const file = /(?:src|href)="([^"]*)"/.exec(tag)![1];
      expect(file.startsWith(placeholder), tag).to.be.true;
      const name = file.slice(placeholder.length);
      expect(tag, name).to.contain(` crossorigin="anonymous" integrity="${sri.get(name)}"`);
    }
  });

  it('README.txt: Chinese, then English; the CORS header, the CSP line of README.md, the language, the classic script', () => {
    const english = readme.indexOf('release kit for webmasters');
    expect(readme.indexOf('网站管理员发布包')).to.be.within(0, english);
    const parts = {Chinese: readme.slice(0, english), English: readme.slice(english)};
    for (const [language, part] of Object.entries(parts)) {
      for (const needed of [
        placeholder,
        'Access-Control-Allow-Origin: *',
        cspLine,
        '<html lang="zh-CN">',
        '<html lang="en">',
        `<script src="${placeholder}lec.iife.js" defer></script>`,
        'snippet.html',
        'SRI.txt',
      ]) {
        expect(part, `${language}: ${needed}`).to.contain(needed);
      }
    }
    // What happens without the header, in both languages (the tests below check it).
    expect(parts.Chinese).to.contain('没有这个响应头，浏览器会拒绝执行脚本：组件都不会生效');
    expect(parts.English).to.contain('Without it the browser refuses the script: no element is defined');
    // The official terms.
    for (const term of ['学院简介', '当前位置：', '二维码', '面包屑导航']) expect(parts.Chinese).to.contain(term);
  });
});

describe("the kit's snippet, its files on another origin", () => {
  for (const lang of LANGS) {
    it(`with Access-Control-Allow-Origin: renders <lec-about> in ${LANGUAGE[lang]}, and lec.css loads`, async () => {
      const css = new CSSStyleSheet();
      css.replaceSync(await textOf('/kit/lec.css'));
      const r = await open({lang, head: servedFrom(main.head, placeholder, ELSEWHERE, true), body: main.body});
      expectAboutIn(lang, r);
      expect(r.cssRules, 'lec.css, its rules readable').to.equal(css.cssRules.length);
    });

    it(`without the header (README.txt: "the browser refuses the script"): nothing runs, in ${LANGUAGE[lang]}`, async () => {
      const head = servedFrom(main.head, placeholder, ELSEWHERE);
      const r = await open({lang, head, body: main.body});
      expect(r.defined).to.deep.equal([]);
      expect(r.about).to.deep.equal({heading: null, prefix: null, caption: null, qrDrawn: false});
      expect(r.failedScripts).to.deep.equal([`${ELSEWHERE}lec.js`]);
      // Engines show the refused sheet their own way (unreadable in Chromium, empty in Firefox);
      // none of its rules apply.
      expect(r.cssRules ?? 0, 'lec.css rules').to.be.at.most(0);
      expect(r.aboutDisplay, 'lec.css').to.equal('inline');
      expect(r.errors).to.deep.equal([]);
    });
  }

  it("under README.txt's CSP line, with script-src and style-src allowing the files: renders, no violation", async () => {
    const csp = `default-src 'none'; script-src 'self' ${OTHER_ORIGIN}; style-src 'self' ${OTHER_ORIGIN}; img-src 'self' data: blob:; ${cspLine}`;
    for (const lang of LANGS) {
      const r = await open({lang, head: servedFrom(main.head, placeholder, ELSEWHERE, true), body: main.body, csp});
      expectAboutIn(lang, r);
      expect(r.cssRules, lang).to.be.above(0);
      expect(r.violations, lang).to.deep.equal([]);
    }
  });

  it("on the page's own origin: renders without the header", async () => {
    const r = await open({lang: 'zh-CN', head: servedFrom(main.head, placeholder, HERE), body: main.body});
    expectAboutIn('zh-CN', r);
    expect(r.cssRules).to.be.above(0);
  });

  it('with an integrity value that is not lec.js\'s (README.txt: "do not edit the files"): blocked', async () => {
    const head = servedFrom(main.head, placeholder, ELSEWHERE, true).map((tag) =>
      tag.replace(sri.get('lec.js')!, sri.get('lec.iife.js')!)
    );
    const r = await open({lang: 'zh-CN', head, body: main.body});
    expect(r.defined).to.deep.equal([]);
    expect(r.failedScripts).to.deep.equal([`${ELSEWHERE}lec.js?cors`]);
  });
});

describe("the kit's alternatives", () => {
  it("README.txt's classic script, from another origin without the header: renders in Chinese and English", async () => {
    const classic = `<script src="${placeholder}lec.iife.js" defer></script>`;
    expect(readme).to.contain(classic);
    for (const lang of LANGS) {
      // lec.css keeps the header (its crossorigin needs it); the script goes without.
      const head = [...servedFrom([main.head[0]], placeholder, ELSEWHERE, true), ...servedFrom([classic], placeholder, ELSEWHERE)];
      expectAboutIn(lang, await open({lang, head, body: main.body}));
    }
  });

  it("snippet.html's classic script (crossorigin, integrity): renders with the header, blocked without", async () => {
    const alternative = alternatives.find((a) => a.head.some((tag) => tag.includes('lec.iife.js')))!;
    expect(alternative.head).to.have.length(1);
    for (const lang of LANGS) {
      const head = [main.head[0], ...alternative.head];
      expectAboutIn(lang, await open({lang, head: servedFrom(head, placeholder, ELSEWHERE, true), body: main.body}));
    }
    const r = await open({lang: 'en', head: servedFrom(alternative.head, placeholder, ELSEWHERE), body: main.body});
    expect(r.defined).to.deep.equal([]);
    expect(r.failedScripts).to.deep.equal([`${ELSEWHERE}lec.iife.js`]);
  });

  // A bundle imports its chunks by relative URLs, which carry no ?cors: these pages load the kit
  // from their own origin.
  for (const tag of TAGS) {
    it(`snippet.html's <${tag}> alone (cdn/${tag}.js with crossorigin and integrity): renders in Chinese and English`, async () => {
      const alternative = alternatives.find((a) => a.head.some((line) => line.includes(`cdn/${tag}.js`)))!;
      expect(alternative.head).to.have.length(1);
      for (const lang of LANGS) {
        const r = await open({lang, head: servedFrom([main.head[0], ...alternative.head], placeholder, HERE), body: alternative.body});
        const defines = tag === 'lec-about' ? TAGS : [tag];
        expect(r.defined, lang).to.deep.equal(defines);
        if (tag === 'lec-about') expectAboutIn(lang, r);
        if (tag === 'lec-qr') expect([r.qr, r.qrDrawn], lang).to.deep.equal([TEXTS[lang].caption, true]);
        if (tag === 'lec-breadcrumb') expect(r.breadcrumb, lang).to.equal(TEXTS[lang].prefix);
        expect(r.failedScripts).to.deep.equal([]);
        expect(r.errors).to.deep.equal([]);
        expect(r.warnings).to.deep.equal([]);
      }
    });
  }
});

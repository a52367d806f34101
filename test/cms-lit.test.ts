// The built one-tag bundles (dist/lec.js, dist/lec.iife.js) on CMS pages we do not control:
// another Lit application on the same page under Trusted Types, and the bundle served from
// another origin with and without CORS. Each page is written here and served as a document of
// its own (scripts/cms-fixtures.js echoes it), so its script tags are parser-inserted in the
// order a CMS template writes them; test/fixtures/cms/listen.js records what happens. The same
// middleware serves the bundles byte for byte at /cms/ and builds the other Lit application from
// real Lit 2 and Lit 3.
import {expect} from '@open-wc/testing';
import {listenedPage} from './cms-pages.js';
import type {ListenedWindow} from './cms-pages.js';

// The CSP of the README's "For webmasters" section: the strict page of issue 7, allowing Lit's
// policy, ours (the breadcrumb's JSON-LD) and a second "lit-html" from another copy of Lit.
const STRICT = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html lec-elements 'allow-duplicates'";
const DOCUMENTED_CSP = `${STRICT}; ${TRUSTED_TYPES}`;
// What the README documented before: the same without 'allow-duplicates'.
const OLD_CSP = `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html lec-elements`;

type Lit = 2 | 3;
type Format = 'module' | 'classic';

const OURS: Record<Format, string> = {
  module: '<script type="module" src="/cms/lec.js"></script>',
  // defer, as the README suggests: deferred and module scripts run in document order.
  classic: '<script src="/cms/lec.iife.js" defer></script>',
};
const otherApp = (lit: Lit, format: Format) =>
  format === 'module'
    ? `<script type="module" src="/cms/other-lit-app.js?lit=${lit}"></script>`
    : `<script src="/cms/other-lit-app.js?lit=${lit}&amp;format=iife" defer></script>`;

const GREETING = 'Hello from another Lit app';
const BODY = `<other-lit-app greeting="${GREETING}"></other-lit-app>
<lec-breadcrumb structured-data><a href="/">Home</a><a href="/news/">News</a><span>Open day</span></lec-breadcrumb>
<lec-qr value="https://lec.sjtu.edu.cn/" caption="LEC"></lec-qr>
<lec-about no-qr></lec-about>`;

type PageWindow = ListenedWindow & {litHtmlVersions?: string[]};
interface Upgraded extends HTMLElement {
  updateComplete: Promise<unknown>;
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

function html(head: string[], csp?: string) {
  return listenedPage({csp, head, body: BODY});
}

/** Opens a page, waits until its scripts ran and its elements rendered, and reports what it shows. */
async function open(head: string[], csp?: string) {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  frame.src = `/cms/page.html?html=${encodeURIComponent(html(head, csp))}`;
  // The load event comes after every deferred and module script has run (or failed to load).
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    await win.__sjtuLecElements?.ready;
    for (let depth = 0; depth < 3; depth++) {
      const els = [...doc.querySelectorAll<Upgraded>('body > *')];
      const inner = els.flatMap((e) => [...(e.shadowRoot?.querySelectorAll<Upgraded>('*') ?? [])]);
      await Promise.all([...els, ...inner].map((e) => e.updateComplete));
      await frames();
    }
    // Violation reports are queued tasks, and Firefox delivers them later than Chromium: wait until
    // nothing new has arrived for 300 ms (at most 3 s).
    const count = () => win.__violations.length + win.__errors.length + win.__warnings.length;
    for (let quiet = 0, seen = -1, waited = 0; quiet < 3 && waited < 3000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      quiet = count() === seen ? quiet + 1 : 0;
      seen = count();
    }
    const shadow = (tag: string) => doc.querySelector(tag)!.shadowRoot;
    return {
      win,
      otherApp: text(shadow('other-lit-app')?.querySelector('p')),
      otherAppAfterLec: doc.documentElement.dataset.otherAppAfterLec,
      defined: ['lec-breadcrumb', 'lec-qr', 'lec-about'].filter((tag) => win.customElements.get(tag)),
      breadcrumb: text(shadow('lec-breadcrumb')?.querySelector('[part~="list"]:not(.ruler *)')),
      qrHasPath: !!shadow('lec-qr')?.querySelector('svg path.modules'),
      aboutHeading: text(shadow('lec-about')?.querySelector('[part~="heading"]')),
      jsonLd: doc.head.querySelectorAll('script[type="application/ld+json"]').length,
      // Before (or without) the upgrade the webmaster's own links stay on screen.
      lightLinksShown: [...doc.querySelectorAll('lec-breadcrumb > a')].every((a) => a.getClientRects().length > 0),
      violations: win.__violations,
      errors: win.__errors,
      warnings: win.__warnings,
      consoleErrors: win.__consoleErrors,
      failedScripts: win.__failedScripts,
      litHtmlVersions: win.litHtmlVersions ?? [],
    };
  } finally {
    frame.remove();
  }
}
type Report = Awaited<ReturnType<typeof open>>;

function expectAllOfOursRendered(r: Report) {
  expect(r.defined).to.deep.equal(['lec-breadcrumb', 'lec-qr', 'lec-about']);
  expect(r.breadcrumb).to.equal('Home News Open day');
  expect(r.qrHasPath).to.be.true;
  expect(r.aboutHeading).to.equal('About SJTU LEC');
}

function expectNothingOfOurs(r: Report) {
  expect(r.defined).to.deep.equal([]);
  expect(r.win.__sjtuLecElements).to.be.undefined;
  expect(r.lightLinksShown).to.be.true;
}

before(async () => {
  for (const file of ['lec.js', 'lec.iife.js']) {
    const response = await fetch(`/cms/${file}`);
    if (!response.ok) throw new Error(await response.text());
  }
});

describe('the one-tag bundle next to another Lit application, under Trusted Types', () => {
  it('is the case the README documents: its CSP allows duplicate "lit-html" policies', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme.includes(TRUSTED_TYPES), `README.md names ${TRUSTED_TYPES}`).to.be.true;
  });

  describe('with the documented CSP', () => {
    for (const lit of [2, 3] as const) {
      for (const theirs of ['module', 'classic'] as const) {
        for (const ours of ['module', 'classic'] as const) {
          for (const otherFirst of [true, false]) {
            const order = otherFirst ? 'before' : 'after';
            it(`renders Lit ${lit} (${theirs}) loaded ${order} our ${ours} bundle, and all three elements`, async () => {
              const scripts = [otherApp(lit, theirs), OURS[ours]];
              const r = await open(otherFirst ? scripts : scripts.reverse(), DOCUMENTED_CSP);
              expect(r.otherAppAfterLec, 'load order').to.equal(String(!otherFirst));
              expect(r.otherApp).to.equal(GREETING);
              expect(r.litHtmlVersions).to.have.length(2);
              if (lit === 2) expect(r.litHtmlVersions).to.include('2.8.0');
              expectAllOfOursRendered(r);
              expect(r.jsonLd, 'JSON-LD through lec-elements').to.equal(1);
              expect(r.violations).to.deep.equal([]);
              expect(r.errors).to.deep.equal([]);
              expect(r.warnings).to.deep.equal([]);
              expect(r.consoleErrors).to.deep.equal([]);
            });
          }
        }
      }
    }
  });

  describe("with a CSP without 'allow-duplicates'", () => {
    const cases = [
      [3, 'module'],
      [2, 'classic'],
    ] as const;
    for (const [lit, theirs] of cases) {
      for (const ours of ['module', 'classic'] as const) {
        it(`defines nothing and warns once with the fix when Lit ${lit} (${theirs}) took "lit-html" before our ${ours} bundle`, async () => {
          const r = await open([otherApp(lit, theirs), OURS[ours]], OLD_CSP);
          expect(r.otherApp).to.equal(GREETING);
          // Not an empty shadow root: the page keeps its own links and text.
          expect(r.defined).to.deep.equal([]);
          expect(r.lightLinksShown).to.be.true;
          expect(r.warnings).to.deep.equal([
            `@sjtu-lec/elements needs the Trusted Types policy "lit-html": add 'allow-duplicates' to the trusted-types directive of this page's Content-Security-Policy.`,
          ]);
          expect(r.errors).to.deep.equal([]);
          expect(r.consoleErrors).to.deep.equal([]);
          // The one violation is the refused policy itself.
          expect(r.violations).to.have.length(1);
          expect(r.violations[0]).to.match(/^trusted-types /);
        });

        it(`renders ours, and Lit ${lit} (${theirs}) loaded after our ${ours} bundle fails on its own policy`, async () => {
          const r = await open([OURS[ours], otherApp(lit, theirs)], OLD_CSP);
          expectAllOfOursRendered(r);
          expect(r.warnings).to.deep.equal([]);
          // Only 'allow-duplicates' helps the other application: its "lit-html" is the second.
          expect(r.otherApp).to.be.null;
          expect(r.win.customElements.get('other-lit-app')).to.be.undefined;
          expect(r.errors).to.have.length(1);
          expect(r.errors[0]).to.match(/TypeError/);
          expect(r.violations).to.have.length(1);
          expect(r.violations[0]).to.match(/^trusted-types /);
        });
      }
    }
  });
});

describe('the one-tag bundle served from another origin', () => {
  // The test page is on localhost; the same dev server on 127.0.0.1 is another origin.
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const url = (file: string, cors: boolean) => `http://${host}:${location.port}/cms/${file}${cors ? '?cors' : ''}`;
  const tag = (file: string, {cors = false, attributes = ''} = {}) =>
    `<script ${file === 'lec.js' ? 'type="module"' : 'defer'} src="${url(file, cors)}" ${attributes}></script>`;
  const sri: Record<string, string> = {};

  before(async () => {
    // Each file's integrity value, computed from dist/ with Node as the README shows.
    for (const file of ['lec.js', 'lec.iife.js']) sri[file] = await (await fetch(`/cms/sri/${file}`)).text();
  });

  it('as a module script without CORS: defines nothing, and the script element fires error', async () => {
    const r = await open([tag('lec.js')]);
    expectNothingOfOurs(r);
    expect(r.failedScripts).to.deep.equal([url('lec.js', false)]);
    expect(r.errors).to.deep.equal([]);
  });

  it('as a module script with CORS: renders all three elements', async () => {
    const r = await open([tag('lec.js', {cors: true})]);
    expectAllOfOursRendered(r);
    expect(r.failedScripts).to.deep.equal([]);
    expect(r.errors).to.deep.equal([]);
    expect(r.warnings).to.deep.equal([]);
  });

  it('as a module script with crossorigin, integrity and CORS: renders all three elements', async () => {
    const r = await open([tag('lec.js', {cors: true, attributes: `crossorigin="anonymous" integrity="${sri['lec.js']}"`})]);
    expectAllOfOursRendered(r);
    expect(r.failedScripts).to.deep.equal([]);
    expect(r.errors).to.deep.equal([]);
  });

  it('as a module script with a wrong integrity hash: is blocked', async () => {
    const wrong = sri['lec.iife.js'];
    const r = await open([tag('lec.js', {cors: true, attributes: `crossorigin="anonymous" integrity="${wrong}"`})]);
    expectNothingOfOurs(r);
    expect(r.failedScripts).to.deep.equal([url('lec.js', true)]);
  });

  it('as a classic script without CORS: renders all three elements', async () => {
    const r = await open([tag('lec.iife.js')]);
    expectAllOfOursRendered(r);
    expect(r.failedScripts).to.deep.equal([]);
    expect(r.errors).to.deep.equal([]);
    expect(r.warnings).to.deep.equal([]);
  });

  it('as a classic script with crossorigin or integrity but without CORS: is blocked', async () => {
    for (const attributes of ['crossorigin="anonymous"', `integrity="${sri['lec.iife.js']}"`]) {
      const r = await open([tag('lec.iife.js', {attributes})]);
      expectNothingOfOurs(r);
      expect(r.failedScripts, attributes).to.deep.equal([url('lec.iife.js', false)]);
    }
  });

  it('as a classic script with crossorigin, integrity and CORS: renders all three elements', async () => {
    const r = await open([
      tag('lec.iife.js', {cors: true, attributes: `crossorigin="anonymous" integrity="${sri['lec.iife.js']}"`}),
    ]);
    expectAllOfOursRendered(r);
    expect(r.failedScripts).to.deep.equal([]);
    expect(r.errors).to.deep.equal([]);
  });
});

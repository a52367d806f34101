// The hostile inputs of issue 7, shared by the hardening suites, and the helpers that check
// nothing ran: every payload, if it ever executed, would set window.__pwned to its own number.
import {expect} from '@open-wc/testing';
import {setLocale} from './helpers.js';

/** One hostile string. */
export interface Vector {
  /** A short name for the test title. */
  name: string;
  /** The string itself, given as-is to attributes, properties, JSON and text nodes. */
  payload: string;
  /**
   * Whether the URL policy must refuse it as a URL (its scheme, as a browser reads it, is not
   * http, https or relative). Markup-looking strings without a scheme are relative URLs: they
   * may be kept, as inert attribute values.
   */
  refusedAsUrl: boolean;
}

const v = (name: string, payload: string, refusedAsUrl: boolean): Vector => ({name, payload, refusedAsUrl});

export const VECTORS: Vector[] = [
  v('javascript: URL', 'javascript:window.__pwned=1', true),
  v('mixed-case javascript:', 'JaVaScRiPt:window.__pwned=2', true),
  v('space-padded javascript:', '   javascript:window.__pwned=3  ', true),
  v('tab inside javascript:', '\tjava\tscript:window.__pwned=4', true),
  v('newlines inside javascript:', '\njavas\ncript\r:window.__pwned=5', true),
  v('NUL before javascript:', '\u0000javascript:window.__pwned=6', true),
  v('control chars before javascript:', '\u0001\u001f\u000b javascript:window.__pwned=7', true),
  v('javascript: with a fake http comment', 'javascript://http://x.cn/%0Awindow.__pwned=8', true),
  v('data: HTML', 'data:text/html,<script>parent.__pwned=9</script>', true),
  v('upper-case base64 data:', 'DATA:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xMDwvc2NyaXB0Pg==', true),
  v('data: SVG with onload', 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned=11"/>', true),
  v('vbscript:', 'vbscript:msgbox(12)', true),
  v('padded VBScript:', ' \tVBScript:msgbox(13)', true),
  v('entity-encoded javascript: (&#106;)', '&#106;avascript:window.__pwned=14', false),
  v('javascript&colon;', 'javascript&colon;window.__pwned=15', false),
  v('hex entities', '&#x6A;avascript&#x3A;window.__pwned=16', false),
  v('attribute break-out with img', '"><img src=x onerror="window.__pwned=17">', false),
  v("single-quote break-out with svg", "'><svg onload=window.__pwned=18>", false),
  v('<img onerror>', '<img src=x onerror="window.__pwned=19">', false),
  v('<svg onload>', '<svg onload="window.__pwned=20"></svg>', false),
  v('<script>', '<script>window.__pwned=21</script>', false),
  v('<svg><script>', '<svg><script>window.__pwned=22</script></svg>', false),
  v('<iframe javascript:>', '<iframe src="javascript:parent.__pwned=23"></iframe>', false),
  v('closing tags then img', '</figcaption></h2></a></script><img src=x onerror=window.__pwned=24>', false),
  v('<a javascript:> inside text', '<a href="javascript:window.__pwned=25">click</a>', false),
  v('mutation-XSS math/style', '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=26>', false),
  v('polyglot', 'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=window.__pwned=27 )//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window.__pwned=27//>\\x3e', true),
  v('template-literal and Lit marker look-alikes', '${window.__pwned=28}<?lit$123$>{{constructor.constructor("window.__pwned=28")()}}', false),
  v('already-escaped markup', '&lt;img src=x onerror=window.__pwned=29&gt;', false),
  v('null-padded closing of a style', '\u0000</style><img src=x onerror=window.__pwned=30>', false),
];

type Pwnable = Window & {__pwned?: unknown};

/** What the payloads would have set. */
export const pwned = () => (window as Pwnable).__pwned;
export const resetPwned = () => delete (window as Pwnable).__pwned;

/** Every shadow root under `root`, nested ones included (lec-about renders the other two). */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    walk(root.shadowRoot);
  }
  walk(root);
  return found;
}

/** Elements and attributes only a payload could have created inside our shadow roots. */
export function payloadElements(roots: ShadowRoot[]): string[] {
  const bad: string[] = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      if (['script', 'iframe', 'object', 'embed', 'math', 'mglyph', 'mtext', 'table', 'style'].includes(el.localName)) {
        bad.push(`<${el.localName}>`);
      }
      if (el.localName === 'img' && el.getAttribute('src') === 'x') bad.push('<img src=x>');
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) bad.push(`${el.localName}[${attr.name}]`);
      }
    }
  }
  return bad;
}

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/** Links and images in our shadow roots whose URL is not http(s), mailto or tel as the browser reads it. */
export function unsafeUrls(roots: ShadowRoot[]): string[] {
  const bad: string[] = [];
  for (const root of roots) {
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (!SAFE_PROTOCOLS.includes(a.protocol)) bad.push(`a ${a.getAttribute('href')}`);
    }
    for (const img of root.querySelectorAll<HTMLImageElement>('img[src]')) {
      if (!['http:', 'https:'].includes(new URL(img.src).protocol)) bad.push(`img ${img.getAttribute('src')}`);
    }
    for (const image of root.querySelectorAll('image')) {
      const href = image.getAttribute('href') ?? '';
      if (!['http:', 'https:'].includes(new URL(href, document.baseURI).protocol)) bad.push(`image ${href}`);
    }
  }
  return bad;
}

/**
 * Clicks every link and button in the shadow roots, as a visitor would. A capture listener stops
 * real navigation (it would unload the test page), except for `javascript:` URLs, which run in
 * place: if one ever renders, its payload runs and the test sees it.
 */
export async function clickEverything(roots: ShadowRoot[]) {
  const stopNavigation = (event: Event) => {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (link && link.protocol !== 'javascript:') event.preventDefault();
  };
  window.addEventListener('click', stopNavigation, true);
  try {
    for (const root of roots) {
      for (const el of root.querySelectorAll<HTMLElement>('a, button, [tabindex]')) el.click();
    }
    await twoFrames();
  } finally {
    window.removeEventListener('click', stopNavigation, true);
  }
}

/** Cancels every `lec-qr-download` (a clicked download button would save a file); returns the undo. */
export function cancelDownloads() {
  const cancel = (event: Event) => event.preventDefault();
  window.addEventListener('lec-qr-download', cancel);
  return () => window.removeEventListener('lec-qr-download', cancel);
}

/** Every element of ours in `root` and in their shadow roots, nested ones included. */
const oursIn = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('lec-qr, lec-breadcrumb, lec-about')].flatMap((el) => [el, ...(el.shadowRoot ? oursIn(el.shadowRoot) : [])]);

/**
 * Waits until our elements in the document have rendered (with many on the page, time slicing
 * spreads their updates over several tasks), then for two frames, so layout and paint are done.
 */
export async function twoFrames() {
  for (let depth = 0; depth < 3; depth++) {
    await Promise.all(oursIn(document).map((el) => (el as Element & {updateComplete?: Promise<unknown>}).updateComplete));
  }
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Registers hooks in the calling describe(): every test starts in English and fails if an
 * exception or a rejection reaches the page while it runs.
 */
export function expectNoPageErrors() {
  const page = watchPageErrors();
  before(() => setLocale('en'));
  beforeEach(() => page.start());
  afterEach(async () => {
    page.stop();
    await setLocale('en');
    expect(page.errors, 'exceptions that reached the page').to.deep.equal([]);
  });
}

/** Collects exceptions and rejections that reach the page while a test runs. */
export function watchPageErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);
  return {
    errors,
    start() {
      errors.length = 0;
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

// Real host pages for the CMS-hardening tests: each is a document of its own (an iframe with its
// own styles and scripts, as a CMS page would have), loading the one-tag entry `src/lec.ts`.

export interface Upgraded extends HTMLElement {
  updateComplete: Promise<unknown>;
}

export interface CmsPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & {__warnings: string[]; __errors: string[]};
  doc: Document;
  remove(): void;
}

/** A page's window as test/fixtures/cms/listen.js reports it, and the one-tag bundle's exports. */
export type ListenedWindow = Window &
  typeof globalThis & {
    __violations: string[];
    __errors: string[];
    __warnings: string[];
    __consoleErrors: string[];
    __failedScripts: string[];
    __sjtuLecElements?: {ready: Promise<void>};
  };

/**
 * A CMS page's HTML whose first script is listen.js (CSP violations, errors, warnings and scripts
 * that failed to load, recorded from the start), then `head`, with `body`.
 */
export function listenedPage({lang = 'en', csp, head, body}: {lang?: string; csp?: string; head: string[]; body: string}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}
<link rel="icon" href="data:,"><title>A CMS page</title>
<script src="/test/fixtures/cms/listen.js"></script>
${head.join('\n')}
</head><body>
${body}
</body></html>`;
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Waits until every element of ours in `root` (and those they render) has rendered. */
export async function settledIn(root: ParentNode) {
  for (let depth = 0; depth < 3; depth++) {
    const els = [...root.querySelectorAll<Upgraded>('lec-qr, lec-breadcrumb, lec-about')];
    const inner = els.flatMap((e) =>
      e.shadowRoot ? [...e.shadowRoot.querySelectorAll<Upgraded>('lec-qr, lec-breadcrumb, lec-about')] : []
    );
    await Promise.all([...els, ...inner].map((e) => e.updateComplete));
    await frames();
  }
}

/**
 * Opens a page with `head` and `body` in a `width` px wide frame, with the page's language, and
 * our entry loaded after the page's own head (unless `entry: false`). Console warnings and
 * errors of the page are collected from before any script runs.
 */
export async function cmsPage({
  head = '',
  body,
  lang = 'en',
  width = 1024,
  height = 900,
  entry = true,
}: {
  head?: string;
  body: string;
  /** `null`: no lang attribute at all. */
  lang?: string | null;
  width?: number;
  height?: number;
  entry?: boolean;
}): Promise<CmsPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0; display: block`;
  const listen = `<script>
    window.__warnings = []; window.__errors = [];
    const warn = console.warn.bind(console);
    console.warn = (...a) => { __warnings.push(a.map(String).join(' ')); warn(...a); };
    addEventListener('error', (e) => __errors.push(e.message));
    addEventListener('unhandledrejection', (e) => __errors.push('unhandledrejection: ' + e.reason));
  </script>`;
  const script = entry ? `<script type="module" src="${location.origin}/src/lec.ts"></script>` : '';
  frame.srcdoc = `<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><head><meta charset="utf-8"><link rel="icon" href="data:,">${listen}${head}${script}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CmsPage['win'];
  const doc = frame.contentDocument!;
  if (entry) {
    const end = Date.now() + 15_000;
    while (!win.customElements.get('lec-about') && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    if (!win.customElements.get('lec-about')) throw new Error('The entry did not define <lec-about> within 15 s');
  }
  await doc.fonts.ready;
  await settledIn(doc);
  return {frame, win, doc, remove: () => frame.remove()};
}

/** The first element matching `selector` in `root`'s shadow root. */
export const inShadow = <T extends Element = HTMLElement>(root: Element, selector: string) =>
  root.shadowRoot!.querySelector<T>(selector)!;

/** A box in the page's coordinates, rounded to a tenth of a pixel. */
export function box(el: Element) {
  const r = el.getBoundingClientRect();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height)};
}

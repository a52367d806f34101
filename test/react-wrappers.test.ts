// @sjtu-lec/elements/react (src/react/index.ts) in React 19, rendered with react-dom/client into
// the test page. The point of the wrappers: handlers are attached before the element's first
// update, so an event that update fires (lec-qr-error for a value too long to encode) is heard,
// where an addEventListener in useEffect comes too late.
import {expect, waitUntil} from '@open-wc/testing';
import type {LecBreadcrumb as LecBreadcrumbElement, LecQr as LecQrElement, LecQrErrorDetail} from '../src/index.js';
import {captureConsole, nextFrame} from './helpers.js';

type React = typeof import('react');
type Root = import('react-dom/client').Root;
type Wrappers = typeof import('../src/react/index.js');

let React: React;
let createRoot: (container: Element) => Root;
let flushSync: (render: () => void) => void;
let wrappers: Wrappers;

const TOO_LONG = 'x'.repeat(3000);
const TRAIL = [
  {label: 'Home', href: '/'},
  {label: 'About Us', href: '/about/'},
  {label: 'The College', href: '/about/college/'},
  {label: 'Lifelong Education at Shanghai Jiao Tong University', href: '/about/college/lifelong/'},
  {label: 'About SJTU LEC'},
];

describe('React wrappers (@sjtu-lec/elements/react)', () => {
  let container: HTMLElement;
  let root: Root;

  before(async () => {
    // React's CommonJS entry points read process.env.NODE_ENV, which a bundler would replace.
    (globalThis as {process?: unknown}).process ??= {env: {NODE_ENV: 'development'}};
    React = (await import('react')).default;
    ({createRoot} = (await import('react-dom/client')).default);
    ({flushSync} = (await import('react-dom')).default);
    wrappers = await import('../src/react/index.js');
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  /** Renders `element` and resolves once `tag` is in the page and has finished its first update. */
  async function render<T extends HTMLElement & {updateComplete: Promise<boolean>}>(
    element: ReturnType<React['createElement']>,
    tag: string
  ) {
    root.render(element);
    await waitUntil(() => container.querySelector(tag), `<${tag}> was not rendered`);
    const el = container.querySelector(tag) as unknown as T;
    await el.updateComplete;
    return el;
  }

  it('defines the three elements when imported', () => {
    for (const tag of ['lec-qr', 'lec-breadcrumb', 'lec-about']) expect(customElements.get(tag), tag).to.exist;
  });

  it('<LecQr> sets value as a property and hands the lec-qr-error of the first update to onLecQrError', async () => {
    const heard: {reason: string; during: 'first update' | 'later'}[] = [];
    // The ref is set as the element is inserted, when its first update is pending.
    let firstUpdateDone = false;
    const ref = (el: LecQrElement | null) => void el?.updateComplete.then(() => (firstUpdateDone = true));
    const warnings = await captureConsole(async () => {
      const el = await render<LecQrElement>(
        React.createElement(wrappers.LecQr, {
          ref,
          value: TOO_LONG,
          caption: 'Website',
          onLecQrError: (e: CustomEvent<LecQrErrorDetail>) =>
            heard.push({reason: e.detail.reason, during: firstUpdateDone ? 'later' : 'first update'}),
        }),
        'lec-qr'
      );
      expect(el.value).to.equal(TOO_LONG);
      expect(el.getAttribute('caption'), 'a property, not an attribute').to.be.null;
      expect(el.caption).to.equal('Website');
    });
    expect(heard).to.deep.equal([{reason: 'too-long', during: 'first update'}]);
    expect(warnings, 'one warning').to.have.length(1);
    expect(warnings[0]).to.contain('3000 bytes');
  });

  it('<LecQr> renders a code, and swaps handlers without adding listeners', async () => {
    const first: string[] = [];
    const second: string[] = [];
    const props = {value: 'https://lec.sjtu.edu.cn/', errorCorrection: 'H' as const};
    const el = await render<LecQrElement>(
      React.createElement(wrappers.LecQr, {...props, onLecQrError: (e) => first.push(e.detail.reason)}),
      'lec-qr'
    );
    expect(el.shadowRoot!.querySelector('svg path'), 'the generated code').to.exist;
    expect(el.errorCorrection).to.equal('H');
    flushSync(() =>
      root.render(React.createElement(wrappers.LecQr, {...props, onLecQrError: (e) => second.push(e.detail.reason)}))
    );
    await captureConsole(async () => {
      el.value = TOO_LONG;
      await el.updateComplete;
    });
    expect(first).to.deep.equal([]);
    expect(second).to.deep.equal(['too-long']);
  });

  it('a ref callback and React 19\'s own "onlec-qr-error" also hear the first update; useEffect does not', async () => {
    const heard: string[] = [];
    function Page() {
      const late = React.useRef<HTMLElement>(null);
      React.useEffect(() => {
        const el = late.current!;
        const listener = () => heard.push('useEffect');
        el.addEventListener('lec-qr-error', listener);
        return () => el.removeEventListener('lec-qr-error', listener);
      }, []);
      const byRef = React.useCallback((el: HTMLElement | null) => {
        el?.addEventListener('lec-qr-error', () => heard.push('ref callback'));
      }, []);
      return React.createElement(
        React.Fragment,
        null,
        React.createElement('lec-qr', {value: TOO_LONG, ref: late}),
        React.createElement('lec-qr', {value: TOO_LONG, ref: byRef}),
        React.createElement('lec-qr', {value: TOO_LONG, 'onlec-qr-error': () => heard.push('onlec-qr-error')})
      );
    }
    await captureConsole(async () => {
      root.render(React.createElement(Page));
      await waitUntil(() => container.querySelectorAll('lec-qr').length === 3);
      for (const el of container.querySelectorAll('lec-qr')) await el.updateComplete;
      await nextFrame();
    });
    expect(heard.sort()).to.deep.equal(['onlec-qr-error', 'ref callback']);
  });

  it('<LecBreadcrumb> renders its items and hands lec-breadcrumb-expand to onLecBreadcrumbExpand', async () => {
    container.style.width = '320px';
    const expanded: string[] = [];
    const el = await render<LecBreadcrumbElement>(
      React.createElement(wrappers.LecBreadcrumb, {items: TRAIL, onLecBreadcrumbExpand: (e) => expanded.push(e.type)}),
      'lec-breadcrumb'
    );
    expect(el.items).to.deep.equal(TRAIL);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.include.members(['Home', 'About Us']);
    // Narrow, the trail collapses its middle entries behind "…" (once the ResizeObserver measured).
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLElement>('[part~="expand"]')?.offsetParent, 'no "…"');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="expand"]')!.click();
    expect(expanded).to.deep.equal(['lec-breadcrumb-expand']);
  });

  it('<LecAbout> renders the section with its heading level', async () => {
    const el = await render<HTMLElement & {updateComplete: Promise<boolean>}>(
      React.createElement(wrappers.LecAbout, {headingLevel: 3}),
      'lec-about'
    );
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.contain('About SJTU LEC');
    expect(el.shadowRoot!.querySelector('lec-breadcrumb'), 'the built-in trail').to.exist;
  });
});

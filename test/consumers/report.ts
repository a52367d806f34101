// What an app saw, as window.lecConsumer, for test/consumers.test.ts to read. One copy for every
// consumer: scripts/pack-test.js copies it into each app's src/ (the apps import './report.js').

/** One element of ours in the document and what its shadow root shows. */
export interface Rendered {
  tag: string;
  shadowRoot: boolean;
  /** The QR code's SVG, the breadcrumb's list, the About section's text. */
  content: boolean;
  /** The caption, the breadcrumb's prefix, the About heading. */
  text: string | undefined;
}

export interface ConsumerResult {
  app: string;
  lang: string;
  rendered: Rendered[];
  /** The events that reached the app's handlers. */
  events: Array<{type: string; reason: string}>;
  warnings: string[];
  errors: string[];
}

declare global {
  interface Window {
    /** Filled by the inline script in index.html from before the app loads. */
    lecConsole: {warnings: string[]; errors: string[]};
    lecConsumer?: ConsumerResult;
  }
}

const PROBES: Record<string, {content: string; text: string}> = {
  'lec-qr': {content: 'svg path', text: '[part~=caption]'},
  'lec-breadcrumb': {content: 'nav ol li', text: '[part~=prefix]'},
  'lec-about': {content: '[part~=body] p', text: '[part~=heading]'},
};

/** Waits until every element of ours in the document has rendered, then for two frames. */
async function settled() {
  const elements = [...document.querySelectorAll<HTMLElement & {updateComplete?: Promise<unknown>}>(Object.keys(PROBES).join(','))];
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Resolves to the events once `count` have arrived, or after 10 s with those that did. */
export function collect(count: number) {
  const events: ConsumerResult['events'] = [];
  let done: () => void;
  const arrived = new Promise<void>((resolve) => (done = resolve));
  const timer = setTimeout(() => done(), 10_000);
  return {
    push(type: string, reason: string) {
      events.push({type, reason});
      if (events.length >= count) {
        clearTimeout(timer);
        done();
      }
    },
    all: arrived.then(() => events),
  };
}

export async function report(app: string, events: Promise<ConsumerResult['events']>) {
  const received = await events;
  await settled();
  const rendered = [...document.querySelectorAll(Object.keys(PROBES).join(','))].map((el) => {
    const probe = PROBES[el.localName];
    return {
      tag: el.localName,
      shadowRoot: !!el.shadowRoot,
      content: !!el.shadowRoot?.querySelector(probe.content),
      text: el.shadowRoot?.querySelector(probe.text)?.textContent?.trim(),
    };
  });
  window.lecConsumer = {
    app,
    lang: document.documentElement.lang,
    rendered,
    events: received,
    warnings: [...window.lecConsole.warnings],
    errors: [...window.lecConsole.errors],
  };
}

// The in-page half of the benchmark, loaded into each fresh page with import('/bench/page.js').
// Every timing is taken here with performance.now(), so the DevTools protocol round trips of
// puppeteer never count; run.js only decides what to measure and collects the numbers.

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once what is in the DOM now has been painted: the first rAF callback runs before
 * the next paint, the second one runs before the frame after it, so that paint has happened.
 */
export async function painted() {
  await frame();
  await frame();
}

/**
 * Loads one library into this page: `lec` (dist/lec.js) or `shoelace` (both components);
 * `src` replaces the bundle's URL (profile.js loads unminified builds).
 */
export async function load(lib, src) {
  if (lib === 'lec') {
    const lec = await import(src ?? '/dist/lec.js');
    // The bundle sets the locale from <html lang> before it defines the elements.
    await lec.ready;
    window.lec = lec;
  } else {
    await import(src ?? '/build/sl-both.js');
  }
}

/** The tags of `tags` that this page has not defined. */
export function missing(tags) {
  return tags.filter((tag) => !customElements.get(tag));
}

/** Every upgraded Lit element under `root`, including those inside shadow roots. */
function litElementsIn(root, found = []) {
  for (const el of root.querySelectorAll('*')) {
    if ('updateComplete' in el) found.push(el);
    if (el.shadowRoot) litElementsIn(el.shadowRoot, found);
  }
  return found;
}

/**
 * Resolves when every Lit element under `root`, nested ones included, has finished updating.
 * Awaits in passes, because a parent's render creates children and a child's slotchange can
 * ask its parent for another update. Resolves to the number of elements.
 */
export async function settled(root) {
  for (let pass = 0; pass < 50; pass++) {
    const elements = litElementsIn(root);
    await Promise.all(elements.map((el) => el.updateComplete));
    const again = litElementsIn(root);
    if (
      again.length === elements.length &&
      again.every((el) => !el.isUpdatePending)
    ) {
      return elements.length;
    }
  }
  throw new Error('the elements kept updating for 50 passes');
}

function box() {
  return document.getElementById('box');
}

/**
 * Time from inserting `html` into the page until all of it has updated and painted, with the
 * phases: `insert` (parsing, constructors, connectedCallback), `update` (Lit's updates:
 * willUpdate, render, commit, firstUpdated/updated) and `paint` (style, layout, paint).
 */
export async function insert({html}) {
  const start = performance.now();
  box().innerHTML = html;
  const inserted = performance.now();
  const elements = await settled(box());
  const updated = performance.now();
  await painted();
  const end = performance.now();
  const phases = {
    insert: inserted - start,
    update: updated - inserted,
    paint: end - updated,
  };
  return {ms: end - start, elements, phases};
}

/**
 * Inserts `html` (untimed), then times `times` round trips of the container's width from
 * `wide` to `narrow` px and back, each step until the elements have updated and painted.
 * Resolves to the mean time per step: two frames (33.3 ms at 60 Hz) means no frame dropped.
 */
export async function resize({html, wide, narrow, times}) {
  const el = box();
  el.style.width = `${wide}px`;
  el.innerHTML = html;
  await settled(el);
  await painted();
  const start = performance.now();
  for (let i = 0; i < times; i++) {
    for (const width of [narrow, wide]) {
      el.style.width = `${width}px`;
      // ResizeObserver callbacks, and the Lit updates they cause, run inside the next frame.
      await painted();
      await settled(el);
    }
  }
  const total = performance.now() - start;
  return {ms: total / (2 * times), total};
}

/**
 * Inserts `html` (untimed), then times the switch of <html lang> to `lang`: the bundle sees
 * the attribute change, loads the locale, and every element (nested ones too) re-renders.
 */
export async function localeSwitch({html, lang, expect}) {
  box().innerHTML = html;
  await settled(box());
  await painted();
  const start = performance.now();
  document.documentElement.lang = lang;
  // The bundle sees the change in a MutationObserver callback (a microtask), which asks every
  // element for an update: one microtask later they are all pending.
  await new Promise((resolve) => queueMicrotask(resolve));
  const elements = await settled(box());
  await painted();
  const ms = performance.now() - start;
  // Make sure the figure is of a real switch: the locale changed and every element shows Chinese.
  const locale = window.lec.getLocale();
  if (locale !== expect)
    throw new Error(`the locale is ${locale} after the switch, not ${expect}`);
  const english = [...box().children].filter(
    (el) => !/\p{Script=Han}/u.test(el.shadowRoot?.textContent ?? '')
  );
  if (expect === 'zh-Hans' && english.length)
    throw new Error(
      `${english.length} elements show no Chinese after the switch`
    );
  return {ms, elements};
}

/**
 * Cumulative layout shift of this page (its markup already painted, unupgraded) when the
 * bundle `src` is loaded only now, until `tags` are defined and everything has painted.
 */
export async function cls({src, tags}) {
  const shifts = [];
  const observer = new PerformanceObserver((list) =>
    shifts.push(...list.getEntries())
  );
  observer.observe({type: 'layout-shift', buffered: true});
  await painted();
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
  // The script's module is the same instance as this import; `ready` resolves once it has
  // set the locale and defined the elements, which happens after the script's load event.
  await (
    await import(src)
  ).ready;
  const absent = missing(tags);
  if (absent.length) return {missing: absent};
  const elements = await settled(document.body);
  // Layout shifts are recorded when a frame is painted: one more frame lets the last one land.
  await painted();
  await frame();
  shifts.push(...observer.takeRecords());
  observer.disconnect();
  const value = shifts
    .filter((s) => !s.hadRecentInput)
    .reduce((sum, s) => sum + s.value, 0);
  return {value, shifts: shifts.length, elements};
}

/**
 * Layout shift and largest contentful paint of a page that loads its bundle itself, late (the
 * prerender scenarios): waits until the page's elements are defined and settled, then reads the
 * buffered entries since navigation. LCP is the start time of the last candidate, in ms.
 */
export async function pageLoad({tags}) {
  const end = performance.now() + 15_000;
  while (missing(tags).length && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  const absent = missing(tags);
  if (absent.length) return {missing: absent};
  await window.__sjtuLecElements.ready;
  const elements = await settled(document.body);
  await painted();
  await frame();
  const entries = (type) => new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries());
    });
    observer.observe({type, buffered: true});
    // No entry of this type at all: the callback never runs.
    setTimeout(() => resolve([]), 200);
  });
  const value = (await entries('layout-shift')).filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
  const lcp = (await entries('largest-contentful-paint')).at(-1);
  return {value, ms: lcp ? lcp.startTime : NaN, lcpElement: lcp?.element?.localName, elements};
}

/**
 * Inserts `html` and, while it renders, measures what a visitor would feel. A click queued right
 * after the insertion (a timer, as input waits in the event loop) runs after `latency` ms; the
 * longest gap between the ticks of a message loop running meanwhile is the `longest` task (Long
 * Tasks entries only exist above 50 ms); `total` is insertion to everything updated and painted.
 * `pick` chooses the figure returned as `ms`; all three come back.
 */
export async function responsive({html, pick}) {
  let longest = 0;
  let last = performance.now();
  let ticking = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (ticking) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  const button = document.createElement('button');
  document.body.append(button);
  const start = performance.now();
  box().innerHTML = html;
  const clicked = new Promise((resolve) => {
    const queued = performance.now();
    button.addEventListener('click', () => resolve(performance.now() - queued), {once: true});
    setTimeout(() => button.click());
  });
  const elements = await settled(box());
  await painted();
  const total = performance.now() - start;
  const latency = await clicked;
  ticking = false;
  button.remove();
  const figures = {latency, longest, total};
  return {ms: figures[pick], figures, elements};
}

/**
 * For a page that loads our bundle itself (the demo): once its elements are defined and have
 * rendered, the long animation frames (over 50 ms) since navigation, from Chromium's Long
 * Animation Frames API, which names the scripts that ran in them. `ms` is the longest run of a
 * script from a file whose address contains `ours` (the bundle), 0 when none took part in a long
 * frame; `frames` is how long each long frame was, whoever caused it.
 */
export async function loadTasks({tags, ours}) {
  const end = performance.now() + 20_000;
  while (missing(tags).length && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
  const absent = missing(tags);
  if (absent.length) return {missing: absent};
  const elements = await settled(document.body);
  await painted();
  const entries = await new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries());
    });
    observer.observe({type: 'long-animation-frame', buffered: true});
    setTimeout(() => resolve([]), 300);
  });
  const scripts = entries.flatMap((frame) => frame.scripts).filter((s) => s.sourceURL.includes(ours));
  return {
    ms: Math.max(0, ...scripts.map((s) => s.duration)),
    frames: entries.map((frame) => Math.round(frame.duration)),
    scripts: scripts.map((s) => `${s.invokerType} ${s.invoker}: ${Math.round(s.duration)} ms`),
    elements,
  };
}

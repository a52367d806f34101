/**
 * Time slicing for our elements' updates. Lit runs every update that is due in the same task:
 * 200 QR codes made one task of 450 ms, and a click waited for all of it. Here an update first
 * asks for its turn: updates run back to back until this task has spent a slice on them, and the
 * rest continue in a later task, so the browser handles input and paints in between. A page with
 * a few elements never waits: their updates fit in the first slice.
 */

/**
 * A task of ours, with the style, layout and paint its updates cause before the next one, should
 * stay under this: a long task is over 50 ms, and the page and the garbage collector need some.
 */
const TASK_MS = 36;

/**
 * How long our updates may run in one task before the rest yield: what leaves time, within
 * TASK_MS, for the rendering they cause. That differs by element (a breadcrumb's first layout
 * costs about three times its update, a QR code's less than its encoding), so it is measured:
 * the time from a slice's end to the next slice's start, per millisecond of slice, averaged with
 * the last measure. Fixed 12 ms slices made tasks of 55 to 65 ms while a thousand breadcrumbs
 * rendered. At most 16 ms: longer slices for QR codes sometimes made tasks over 50 ms, as part of
 * their rendering (raster) runs on other threads, which the measure does not see.
 */
let sliceMs = 12;
let renderRatio = 2; // TASK_MS / (1 + 2) = 12 ms to start with

/** Sizes the next slices from the last one: `ran` ms of updates, then `between` ms of the rest. */
function adapt(ran: number, between: number) {
  renderRatio = (renderRatio + between / ran) / 2;
  sliceMs = Math.min(16, Math.max(4, TASK_MS / (1 + renderRatio)));
}

let sliceStart: number | undefined;
/** Whether an update ran in this task's slice: the first one always runs, so each task makes progress. */
let sliceUsed = false;
let nextTask: Promise<void> | undefined;
/** Set while printing renders every waiting element (see flushForPrint). */
let flushing = false;

const endSlice = () => void (sliceStart = undefined, sliceUsed = false);

/** One of our elements as the slices see it: Lit's `performUpdate` is protected, so callers cast to this. */
export type SlicedElement = Element & {performUpdate(): void; hasUpdated: boolean};

/** Elements whose update has not run yet (waiting for a later slice, or just connected): printing renders them at once (see flushForPrint). */
const waiting = new Set<SlicedElement>();

/**
 * A later task, through a message. Not `scheduler.yield()`: its continuations run ahead of the
 * page's own tasks (a timer, a fetch callback), which would wait for all our slices again. Not
 * setTimeout: nested timeouts are clamped to 4 ms, which would cost a third of each slice.
 */
export function laterTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // Closed once used: nothing is left listening, or holding this promise and its elements.
    channel.port1.onmessage = () => resolve(channel.port1.close());
    channel.port2.postMessage(0);
  });
}

/** The next task with a slice for our updates: the first connect or update in it starts the slice. */
const nextSlice = () => (nextTask ??= laterTask().then(() => void (nextTask = undefined, endSlice())));

/**
 * Starts this task's slice unless one is open. Our elements call it as they connect, so the time
 * of their upgrades counts: a page inserting a thousand trails has spent a slice on upgrading
 * them before their first update runs.
 */
export function openSlice() {
  if (sliceStart === undefined) {
    sliceStart = performance.now();
    // The next task that connects or updates one of ours starts a slice of its own.
    setTimeout(endSlice);
  }
}

/** Whether this task has spent its slice (on upgrades or updates): what runs now makes the task longer. */
const sliceSpent = () => sliceStart !== undefined && performance.now() - sliceStart >= sliceMs;

/**
 * Undefined when an update may run now; else a promise of a later task, after which to ask again.
 * An update that may not wait (a section's) runs now all the same, and uses the slice: a trail the
 * section made waits if the section spent it.
 */
function turn(mayWait: boolean): Promise<void> | undefined {
  openSlice();
  if (mayWait && sliceUsed && sliceSpent()) {
    if (!nextTask) {
      const start = sliceStart!;
      // The first update to wait ends this slice: measure what happens until the next one. (A
      // slice opened by upgrades counts them as its updates: one measure that errs towards
      // longer slices, evened out by the next ones.)
      const yielded = performance.now();
      nextSlice().then(() => adapt(yielded - start, performance.now() - yielded));
    }
    return nextSlice();
  }
  sliceUsed = true;
  return undefined;
}

/**
 * Whether the element is an About section or part of one: inside a shadow root (our section's
 * trail and code) or slotted into a section (the page's own codes). A section renders at once:
 * upgraded but not rendered, it is an empty box (its pre-upgrade height gone), and the page below
 * it would jump. A code renders with its section, which would otherwise be painted with a column
 * of codes that widens and moves; its costly part, the encoding, still waits (see lec-qr). A trail
 * keeps its line without a render, so it may wait (its class's `waitsInSection`).
 */
export const inSection = (element: Element) =>
  element.getRootNode().nodeType === 11 || !!element.closest('lec-about');

/**
 * Whether the element shows a server's render that it has not hydrated yet: its shadow root came
 * with the page. Not the box a code holds until its first render (the one child it adds, see
 * lec-qr), which a served root never starts with (a style or a comment comes first).
 */
export const unhydrated = (element: Element & {hasUpdated: boolean}) =>
  !element.hasUpdated && !!element.shadowRoot?.hasChildNodes() && (element.shadowRoot.firstChild as Element).className !== 'held';

/** Whether printing is rendering every waiting element now (see flushForPrint). */
export const printing = () => flushing;

/**
 * Whether the costly part of an element's first render (a code's encoding) should wait for a
 * later task: in a section, which renders in one go, or when this task has spent its slice
 * already (a page adding many codes at once, whose first update runs all the same). Never while
 * printing renders everything.
 */
export const deferCostly = (element: Element) => !flushing && (inSection(element) || sliceSpent());

/**
 * Runs `update` (the element's Lit update) now if this task's slice has time left, else in a
 * later task; with `later`, in a later task's slice in any case. An element in a section renders
 * with it, unless its class says `waitsInSection` (its box is reserved without a render) or it
 * was prerendered: its first update hydrates what the page shows already. (Hydrating the
 * prerendered demo's two codes in one task made its longest task, 50 to 70 ms at 4x CPU.)
 * `mayWait` is that decision, kept while the update waits. Returns what Lit's `scheduleUpdate`
 * may return: undefined, or a promise.
 */
export function inTurn(
  element: SlicedElement,
  update: () => void,
  later?: boolean,
  mayWait = later ||
    !!(element.constructor as {waitsInSection?: boolean}).waitsInSection ||
    !inSection(element) ||
    unhydrated(element)
): Promise<void> | undefined {
  const wait = later ? nextSlice() : turn(mayWait);
  if (!wait) {
    waiting.delete(element);
    return void update();
  }
  due(element);
  return wait.then(() => inTurn(element, update, false, mayWait));
}

/** The windows whose printing we listen for (see due). */
const heard = new WeakSet<object>();

/**
 * Printing renders `element` if its update has not run by then: one waiting for its turn, or one
 * just connected, whose first update is a microtask away. (The "打印本页" script of many CMS
 * templates replaces the page's body with its printable part and prints in the same task.)
 */
export function due(element: SlicedElement) {
  // The window the element is in, which may be a frame's (a print helper fills a frame and prints
  // it): its beforeprint, not ours. Once per window: a thousand waiting elements would pay for it.
  const view = element.ownerDocument.defaultView ?? globalThis;
  if (!heard.has(view)) {
    heard.add(view);
    view.addEventListener('beforeprint', flushForPrint);
  }
  waiting.add(element);
}

/**
 * Printing takes the page as it is when `beforeprint` returns: render every waiting element now.
 * (They leave the set when their turn comes, and Lit's performUpdate then does nothing.)
 */
function flushForPrint() {
  flushing = true;
  try {
    // Not one removed meanwhile (the body a "print this page" script replaced). One that fails
    // does not keep the others off the paper: its error is reported, and the loop goes on.
    for (const element of waiting) {
      try {
        if (element.isConnected) element.performUpdate();
      } catch (error) {
        reportError(error);
      }
    }
  } finally {
    flushing = false;
  }
}

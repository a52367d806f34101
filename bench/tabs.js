// Chromium for the benchmark, and the two steps of every measurement: open a fresh tab with
// its library loaded, then run one function of bench/page.js in it.
import puppeteer from 'puppeteer-core';
import {BROWSER_ARGS, findBrowser} from '../scripts/browser.js';

// Timers and frames of a page that Chromium thinks is hidden get throttled; ours never is,
// but these keep a busy machine from deciding otherwise halfway through a run.
const STEADY_ARGS = [
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

export function launch() {
  return puppeteer.launch({
    executablePath: findBrowser(),
    args: [...BROWSER_ARGS, ...STEADY_ARGS],
    defaultViewport: {width: 1280, height: 800},
  });
}

/**
 * Opens `side.page` in a new tab and loads `side.lib` (from `src`, if given). Resolves to the
 * tab, or to {missing} (tab closed) when the bundle does not define all of `side.tags`. With
 * `side.throttle`, the tab's CPU runs that many times slower (CDP Emulation.setCPUThrottlingRate)
 * from before the page loads, as Lighthouse's mobile setting does.
 */
export async function open(browser, origin, side, src) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.errors = errors;
  let absent;
  try {
    if (side.throttle) await tab.emulateCPUThrottling(side.throttle);
    await tab.goto(origin + side.page, {waitUntil: 'load'});
    absent = await tab.evaluate(
      async ({lib, tags, src}) => {
        const bench = await import('/bench/page.js');
        if (!lib) return []; // the page loads its bundle itself, inside the measurement
        await bench.load(lib, src);
        return bench.missing(tags);
      },
      {lib: side.lib, tags: side.tags ?? [], src}
    );
  } catch (error) {
    await tab.close();
    throw error;
  }
  if (absent.length) {
    await tab.close();
    return {missing: absent};
  }
  return tab;
}

/**
 * Runs `side.fn(side.args)` of bench/page.js in `tab`; throws on any exception in the page. With
 * `side.trace` (a trace event's name, such as `Paint`), the figure (`ms`) is instead the time the
 * page's main thread spent in such events meanwhile, from a Chromium trace.
 */
export async function run(tab, side) {
  if (side.trace) await tab.tracing.start({categories: ['devtools.timeline']});
  const result = await tab.evaluate(
    async ({fn, args}) => (await import('/bench/page.js'))[fn](args),
    {fn: side.fn, args: side.args}
  );
  if (side.trace) result.ms = tracedMs(JSON.parse(Buffer.from(await tab.tracing.stop()).toString()).traceEvents, side.trace);
  if (tab.errors.length)
    throw new Error(`exception in the page: ${tab.errors[0]}`);
  return result;
}

/**
 * Milliseconds spent in complete events named `name` on the main thread of the renderer that has
 * the most of them (the tab's page; a trace also holds the browser's own UI renderers). An event
 * nested in another of the same name (Paint is, per layer) counts once, as its outer one.
 */
function tracedMs(events, name) {
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== name) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const [main = []] = [...byThread.values()].sort((x, y) => y.length - x.length);
  let total = 0;
  let end = -Infinity;
  for (const e of main.sort((x, y) => x.ts - y.ts)) {
    if (e.ts >= end) {
      total += e.dur;
      end = e.ts + e.dur;
    }
  }
  return total / 1000;
}

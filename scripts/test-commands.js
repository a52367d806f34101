// Test-runner commands of our own that work in every engine the suite runs, in place of the
// Chromium-only ones from @web/test-runner-commands and -visual-regression:
//   lec-engine       -> 'chromium' | 'firefox' | 'webkit'
//   lec-viewport     {width, height, deviceScaleFactor?} -> the inner size the window really got
//                    (a device pixel ratio only in Chromium and Firefox)
//   lec-media        {media?, colorScheme?, reducedMotion?, forcedColors?} (Chromium only: see README)
//   lec-screenshot   {x, y, width, height} in viewport CSS px -> base64 PNG of what the engine painted
//   lec-visual-diff  {name, x, y, width, height} -> {passed, diffPercentage, errorMessage?}
//   lec-default-font-size {size} -> the browser's default font size in px (Chromium only)
//   lec-print        {printBackground} -> base64 PNG of the printed pages, 800 x 1130 CSS px each
//                    (Chromium, Firefox: WebKit's classic WebDriver has no print command)
// Puppeteer drives Chromium (CDP) and Firefox (WebDriver BiDi) and clips its screenshots to the
// box; WebdriverIO drives WebKitGTK over classic WebDriver, whose element screenshots come back
// black, so there a viewport screenshot is cropped to the box.
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {PNG} from 'pngjs';
import pixelmatch from 'pixelmatch';
import {setInnerSize} from './webkit-driver.js';

const PIXEL_THRESHOLD = 0.1;

/**
 * What the engine painted in a CSS-pixel box. Puppeteer (Chromium, Firefox) captures the page
 * beyond the viewport; WebKit's classic WebDriver only the viewport, which the page has already
 * made large enough (test/helpers.ts), and whose element screenshots come back black.
 */
async function screenshot(session, {x, y, width, height, scrollX = 0, scrollY = 0, dpr = 1}) {
  const browser = session.browser;
  if (browser.type === 'puppeteer') {
    const page = browser.getPage(session.id);
    const clip = {x: x + scrollX, y: y + scrollY, width, height};
    return PNG.sync.read(Buffer.from(await page.screenshot({clip, captureBeyondViewport: true, encoding: 'binary'})));
  }
  if (browser.type === 'webdriver') {
    const viewport = PNG.sync.read(Buffer.from(await browser.driver.takeScreenshot(), 'base64'));
    return crop(viewport, {x, y, width, height, dpr});
  }
  throw new Error(`Screenshots are not supported for browser type ${browser.type}`);
}

/** Crops a viewport screenshot to a CSS-pixel box, in the device pixels of the screenshot. */
function crop(png, {x, y, width, height, dpr}) {
  const left = Math.max(0, Math.round(x * dpr));
  const top = Math.max(0, Math.round(y * dpr));
  const w = Math.min(png.width - left, Math.round(width * dpr));
  const h = Math.min(png.height - top, Math.round(height * dpr));
  if (w <= 0 || h <= 0) throw new Error(`The box ${JSON.stringify({x, y, width, height})} is outside the viewport`);
  const out = new PNG({width: w, height: h});
  PNG.bitblt(png, out, left, top, w, h, 0, 0);
  return out;
}

/** Resizes the window so that the page's inner size is the one asked for (as near as the engine allows). */
async function setViewport(session, {width, height, deviceScaleFactor}) {
  const browser = session.browser;
  if (browser.type === 'puppeteer') {
    // A device pixel ratio too (Chromium through CDP, Firefox through BiDi), when asked for.
    await browser.getPage(session.id).setViewport({width, height, ...(deviceScaleFactor ? {deviceScaleFactor} : {})});
    return {width, height};
  }
  if (deviceScaleFactor && deviceScaleFactor !== 1) {
    throw new Error('WebKitGTK has no device pixel ratio emulation through classic WebDriver');
  }
  if (browser.type === 'webdriver') return setInnerSize(browser.driver, width, height);
  throw new Error(`Setting the viewport is not supported for browser type ${browser.type}`);
}

/**
 * Prints the page as the browser would (its own PDF, no margins, 800 x 1130 CSS px pages) and
 * renders every page at 96 dpi with poppler's pdftoppm, so one PNG pixel is one CSS pixel; the
 * pages come back stacked top to bottom in one PNG.
 */
async function printPage(session, engine, {printBackground = false}) {
  if (session.browser.type !== 'puppeteer') {
    throw new Error(`Printing is not available in ${engine} through classic WebDriver (no print command)`);
  }
  const page = session.browser.getPage(session.id);
  const pdf = await page.pdf({width: '800px', height: '1130px', margin: {top: 0, right: 0, bottom: 0, left: 0}, printBackground});
  const dir = mkdtempSync(join(tmpdir(), 'lec-print-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '96', join(dir, 'doc.pdf'), join(dir, 'page')]);
    const pages = readdirSync(dir)
      .filter((f) => f.startsWith('page'))
      .sort()
      .map((f) => PNG.sync.read(readFileSync(join(dir, f))));
    const stacked = new PNG({width: pages[0].width, height: pages.reduce((sum, p) => sum + p.height, 0)});
    let top = 0;
    for (const p of pages) {
      PNG.bitblt(p, stacked, 0, 0, p.width, p.height, 0, top);
      top += p.height;
    }
    const png = PNG.sync.write(stacked);
    // LEC_DEBUG_PRINT=dir keeps every printed document there, to look at.
    if (process.env.LEC_DEBUG_PRINT) writeFileSync(join(process.env.LEC_DEBUG_PRINT, `print-${Date.now()}.png`), png);
    return png.toString('base64');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

async function emulateMedia(session, engine, {media, colorScheme, reducedMotion, forcedColors}) {
  if (engine !== 'chromium') {
    // Firefox over BiDi and WebKit over classic WebDriver offer no media emulation.
    throw new Error(`Media emulation is not available in ${engine} through its automation protocol`);
  }
  // Through CDP itself: Puppeteer's emulateMediaFeatures refuses forced-colors. Each call sends
  // the whole state (what earlier calls set, with this call's changes; null or '' clears one),
  // as Emulation.setEmulatedMedia replaces what it set before.
  const page = session.browser.getPage(session.id);
  let emulation = mediaEmulation.get(page);
  if (!emulation) mediaEmulation.set(page, (emulation = {client: page.createCDPSession()}));
  // A new test file on the same page starts from no emulation.
  if (emulation.sessionId !== session.id) Object.assign(emulation, {sessionId: session.id, state: {media: '', features: {}}});
  const {state} = emulation;
  if (media !== undefined) state.media = media ?? '';
  const changes = {'prefers-color-scheme': colorScheme, 'prefers-reduced-motion': reducedMotion, 'forced-colors': forcedColors};
  for (const [name, value] of Object.entries(changes)) if (value !== undefined) state.features[name] = value ?? '';
  const client = await emulation.client;
  await client.send('Emulation.setEmulatedMedia', {
    media: state.media,
    features: Object.entries(state.features).map(([name, value]) => ({name, value})),
  });
  return true;
}

/** Per page: the CDP session (a promise, so two calls at once share one) and, for the test file now on it, the media type and features emulated so far. */
const mediaEmulation = new WeakMap();

/** Compares a screenshot with test/screenshots/<engine>/baseline/<name>.png (or writes it). */
function visualDiff({baseDir, update, failureThreshold}, engine, png, name) {
  const file = (kind, suffix = '') => join(baseDir, engine, kind, `${name}${suffix}.png`);
  const save = (path, image) => {
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, PNG.sync.write(image));
  };
  if (update) {
    save(file('baseline'), png);
    return {passed: true, diffPercentage: -1};
  }
  if (!existsSync(file('baseline'))) {
    save(file('failed'), png);
    return {passed: false, diffPercentage: -1, errorMessage: `No ${engine} baseline for "${name}": run npm run test:update-baselines and look at the new image.`};
  }
  const baseline = PNG.sync.read(readFileSync(file('baseline')));
  if (baseline.width !== png.width || baseline.height !== png.height) {
    save(file('failed'), png);
    return {
      passed: false,
      diffPercentage: 100,
      errorMessage: `"${name}" is ${png.width}x${png.height}, its ${engine} baseline ${baseline.width}x${baseline.height}`,
    };
  }
  const diff = new PNG({width: png.width, height: png.height});
  const pixels = pixelmatch(baseline.data, png.data, diff.data, png.width, png.height, {threshold: PIXEL_THRESHOLD});
  const diffPercentage = (pixels / (png.width * png.height)) * 100;
  if (diffPercentage <= failureThreshold) return {passed: true, diffPercentage};
  save(file('failed'), png);
  save(file('failed', '-diff'), diff);
  return {
    passed: false,
    diffPercentage,
    errorMessage: `"${name}" differs from its ${engine} baseline by ${diffPercentage.toFixed(2)} % (limit ${failureThreshold} %)`,
  };
}

export function testCommandsPlugin({engine, baseDir, update = false, failureThreshold = 0.5}) {
  return {
    name: 'lec-test-commands',
    async executeCommand({command, payload, session}) {
      switch (command) {
        case 'lec-engine':
          return engine;
        case 'lec-viewport':
          return setViewport(session, payload);
        case 'lec-media':
          return emulateMedia(session, engine, payload);
        case 'lec-default-font-size': {
          // The visitor's preferred text size (what `medium` is), through CDP: Chromium only.
          if (engine !== 'chromium') throw new Error(`The default font size cannot be set in ${engine} through automation`);
          const cdp = await session.browser.getPage(session.id).createCDPSession();
          await cdp.send('Page.setFontSizes', {fontSizes: {standard: payload.size}});
          await cdp.detach();
          return true;
        }
        case 'lec-print':
          return printPage(session, engine, payload ?? {});
        case 'lec-screenshot':
          return PNG.sync.write(await screenshot(session, payload)).toString('base64');
        case 'lec-visual-diff':
          return visualDiff({baseDir, update, failureThreshold}, engine, await screenshot(session, payload), payload.name);
        default:
          return undefined;
      }
    },
  };
}

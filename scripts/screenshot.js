// Screenshots of the demo for a person to look at: node scripts/screenshot.js [out-dir] [--engines]
// By default, headless Chromium: demo-{en,zh}-{light,dark}-{1280,375}.png.
// With --engines: the demo in English and Chinese at 1280 px in every engine found (Chromium,
// Firefox, WebKitGTK), as demo-<engine>-<lang>.png, for the README's engine table. With --phone
// as well, also at 375 px (a phone: WebKit is every browser on an iPhone, WeChat's included), as
// demo-<engine>-<lang>-375.png; not for docs/ (about 0.3 to 1 MB each).
// With --no-js: the prerendered demo (/prerendered.html) with JavaScript off, in English and
// Chinese at 1280 px, the first screen, as prerendered-nojs-<lang>-1280.png (headless Chromium).
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {puppeteerCore} from '@web/test-runner-chrome';
import {remote} from 'webdriverio';
import {BROWSER_ARGS} from './browser.js';
import {ENGINES, FIREFOX_PREFS, webkitDriverOptions} from './engines.js';
import {serve} from './serve.js';
import {setInnerSize, startWebKitDriver} from './webkit-driver.js';

const args = process.argv.slice(2);
const everyEngine = args.includes('--engines');
const noJs = args.includes('--no-js');
const phone = args.includes('--phone');
const out = args.find((a) => !a.startsWith('--')) ?? '.cache/screenshots';
mkdirSync(out, {recursive: true});
const server = await serve('demo', 0);
const base = `http://127.0.0.1:${server.address().port}/`;

/** Waits in the page until the elements are defined, fonts loaded and a little time has passed. */
const SETTLE = async () => {
  await customElements.whenDefined('lec-about');
  await document.fonts.ready;
  await new Promise((r) => setTimeout(r, 400));
};

/** Chromium (CDP) or Firefox (WebDriver BiDi) through Puppeteer. */
async function withPuppeteer(engine, shots) {
  const browser =
    engine === 'chromium'
      ? await puppeteer.launch({executablePath: ENGINES.chromium.find(), args: BROWSER_ARGS})
      : await puppeteerCore.launch({
          browser: 'firefox',
          executablePath: ENGINES.firefox.find(),
          headless: true,
          extraPrefsFirefox: FIREFOX_PREFS,
        });
  try {
    for (const {lang, theme, width, file, path = ''} of shots) {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.setViewport({width, height: 900, deviceScaleFactor: width < 500 ? 2 : 1});
      if (noJs) await page.setJavaScriptEnabled(false);
      await page.goto(`${base}${path}?lang=${lang}&theme=${theme}`, {waitUntil: 'load'});
      if (noJs) await new Promise((r) => setTimeout(r, 400));
      else await page.evaluate(SETTLE);
      // Without JavaScript: the first screen (trail, heading, text and codes), enough to show it reads.
      await page.screenshot({path: file, fullPage: !noJs});
      console.log(`${file}${problems.length ? `  (console: ${problems.join(' | ')})` : ''}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

/** WebKitGTK through WebKitWebDriver (classic WebDriver): a window as tall as the page. */
async function withWebKit(shots) {
  const port = await startWebKitDriver(ENGINES.webkit.find());
  const driver = await remote(webkitDriverOptions(port));
  try {
    for (const {lang, theme, width, file} of shots) {
      await driver.navigateTo(`${base}?lang=${lang}&theme=${theme}`);
      await driver.executeAsync((done) => customElements.whenDefined('lec-about').then(() => document.fonts.ready).then(() => setTimeout(done, 400)));
      // Short first (scrollHeight never reports less than the window), then as tall as the page.
      // A GTK window has a minimum width (447 px here): narrower shots are taken at that width.
      const {width: actual} = await setInnerSize(driver, width, 600);
      await setInnerSize(driver, width, await driver.execute(() => document.documentElement.scrollHeight));
      // Let the resized window repaint before the capture (it shows black until it has).
      await driver.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))));
      await driver.saveScreenshot(file);
      console.log(actual === width ? file : `${file}  (${actual} px wide: WebKitGTK's narrowest window)`);
    }
  } finally {
    await driver.deleteSession();
  }
}

try {
  if (noJs) {
    const shots = [
      ['en', 1280],
      ['zh', 1280],
    ].map(([lang, width]) => ({lang, theme: 'light', width, path: 'prerendered.html', file: `${out}/prerendered-nojs-${lang}-${width}.png`}));
    await withPuppeteer('chromium', shots);
  } else if (everyEngine) {
    for (const engine of Object.keys(ENGINES)) {
      if (!ENGINES[engine].find()) {
        console.warn(`Skipping ${engine}: not found. ${ENGINES[engine].howTo}.`);
        continue;
      }
      const shots = ['en', 'zh'].flatMap((lang) => [
        {lang, theme: 'light', width: 1280, file: `${out}/demo-${engine}-${lang}.png`},
        ...(phone ? [{lang, theme: 'light', width: 375, file: `${out}/demo-${engine}-${lang}-375.png`}] : []),
      ]);
      await (engine === 'webkit' ? withWebKit(shots) : withPuppeteer(engine, shots));
    }
  } else {
    const shots = [
      ['en', 'light', 1280],
      ['zh', 'light', 1280],
      ['en', 'light', 375],
      ['zh', 'light', 375],
      ['en', 'dark', 1280],
    ].map(([lang, theme, width]) => ({lang, theme, width, file: `${out}/demo-${lang}-${theme}-${width}.png`}));
    await withPuppeteer('chromium', shots);
  }
} finally {
  server.close();
  process.exit(process.exitCode ?? 0);
}

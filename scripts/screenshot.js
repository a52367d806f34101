// Takes headless-Chromium screenshots of the demo: node scripts/screenshot.js [out-dir]
// Writes demo-{en,zh}-{1280,375}.png (and the dark English one) for a person to look at.
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {BROWSER_ARGS, findBrowser} from './browser.js';
import {serve} from './serve.js';

const out = process.argv[2] ?? '.cache/screenshots';
mkdirSync(out, {recursive: true});
const server = await serve('demo', 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({executablePath: findBrowser(), args: BROWSER_ARGS});
try {
  const shots = [
    ['en', 'light', 1280],
    ['zh', 'light', 1280],
    ['en', 'light', 375],
    ['zh', 'light', 375],
    ['en', 'dark', 1280],
  ];
  for (const [lang, theme, width] of shots) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.setViewport({width, height: 900, deviceScaleFactor: width < 500 ? 2 : 1});
    await page.goto(`${base}?lang=${lang}&theme=${theme}`, {waitUntil: 'networkidle0'});
    await page.evaluate(() => customElements.whenDefined('lec-about'));
    await new Promise((r) => setTimeout(r, 300));
    const file = `${out}/demo-${lang}-${theme}-${width}.png`;
    await page.screenshot({path: file, fullPage: true});
    console.log(`${file}${problems.length ? `  (console: ${problems.join(' | ')})` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

// CI smoke test of the built bundles as a webmaster uses them: a plain page on 127.0.0.1 with
// only <script src=".../lec.js"> (module) or lec.iife.js (classic) and the tags. It checks that
// the elements render, in English and Chinese, with no console errors and no request besides
// the page and the bundle.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {BROWSER_ARGS, findBrowser} from './browser.js';
import {serve} from './serve.js';

const dir = mkdtempSync(join(tmpdir(), 'lec-smoke-'));
const page = (lang, script) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>smoke</title>${script}</head><body>
<lec-breadcrumb><a href="/">Home</a><span>About</span></lec-breadcrumb>
<lec-qr value="https://lec.sjtu.edu.cn/"></lec-qr>
<lec-about no-qr></lec-about>
</body></html>`;
const cases = [];
for (const lang of ['en', 'zh-CN']) {
  writeFileSync(join(dir, `esm-${lang}.html`), page(lang, '<script type="module" src="/dist/lec.js"></script>'));
  writeFileSync(join(dir, `iife-${lang}.html`), page(lang, '<script src="/dist/lec.iife.js"></script>'));
  writeFileSync(join(dir, `twice-${lang}.html`), page(lang,
    '<script type="module" src="/dist/lec.js"></script><script src="/dist/lec.iife.js"></script>'));
  cases.push([`esm-${lang}.html`, lang], [`iife-${lang}.html`, lang], [`twice-${lang}.html`, lang]);
}

const server = await serve(dir, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({executablePath: findBrowser(), args: BROWSER_ARGS});
let passed = 0;
let failed = 0;
try {
  for (const [file, lang] of cases) {
    const tab = await browser.newPage();
    const problems = [];
    const requests = [];
    tab.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    tab.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
    tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await tab.goto(`${origin}/${file}`, {waitUntil: 'networkidle0'});
    const result = await tab.evaluate(async () => {
      const tags = ['lec-breadcrumb', 'lec-qr', 'lec-about'];
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      const els = tags.map((t) => document.querySelector(t));
      await Promise.all(els.map((e) => e.updateComplete));
      return {
        rendered: els.every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0),
        qrText: document.querySelector('lec-qr').shadowRoot.querySelector('figcaption').textContent.trim(),
        hasPath: !!document.querySelector('lec-qr').shadowRoot.querySelector('svg path'),
      };
    });
    const expectedCaption = lang === 'en' ? 'QR code' : '二维码';
    if (!result.rendered) problems.push('an element did not render');
    if (!result.hasPath) problems.push('the QR code has no SVG path');
    if (result.qrText !== expectedCaption) problems.push(`caption "${result.qrText}", expected "${expectedCaption}"`);
    const extra = requests.filter((p) => p !== `/${file}` && !p.startsWith('/dist/lec.'));
    if (extra.length) problems.push(`unexpected requests: ${extra.join(', ')}`);
    if (problems.length) {
      failed++;
      console.log(`FAIL ${file}: ${problems.join('; ')}`);
    } else {
      passed++;
      console.log(`ok   ${file}`);
    }
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

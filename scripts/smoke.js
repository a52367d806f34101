// Smoke test of the built bundles as a webmaster uses them: plain pages on 127.0.0.1, served
// with a strict Content-Security-Policy (Trusted Types included), that load dist/lec.js or
// dist/lec.iife.js in every order a CMS might. Each page must render all three elements in its
// language, with no console error, no exception, no CSP violation and no request besides the
// page and the bundle. Run by npm test (after the build) and by CI.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import puppeteer from 'puppeteer-core';
import {BROWSER_ARGS, findBrowser} from './browser.js';
import {serve} from './serve.js';

const ESM = '<script type="module" src="/dist/lec.js"></script>';
const IIFE = '<script src="/dist/lec.iife.js"></script>';
// Loads the bundle later, from another script (import() is not a Trusted Types sink, unlike
// script.src, which this page's own CSP would block).
const DYNAMIC = '<script type="module" src="/inject.js"></script>';
const TAGS = `<lec-breadcrumb><a href="/">Home</a><span>About</span></lec-breadcrumb>
<lec-qr value="https://lec.sjtu.edu.cn/"></lec-qr>
<lec-about no-qr></lec-about>`;

/** [name, in <head>, after the tags] */
const ORDERS = [
  ['module in head', ESM, ''],
  ['module after the elements', '', ESM],
  ['classic in head', IIFE, ''],
  ['classic after the elements', '', IIFE],
  ['classic, defer', IIFE.replace('<script', '<script defer'), ''],
  ['classic, async', IIFE.replace('<script', '<script async'), ''],
  ['inserted by a script', DYNAMIC, ''],
  ['module twice, same URL', ESM + ESM, ''],
  ['module twice, different URLs', ESM + ESM.replace('lec.js', 'lec.js?copy=2'), ''],
  ['module and classic', ESM, IIFE],
];

export async function smoke() {
  const dir = mkdtempSync(join(tmpdir(), 'lec-smoke-'));
  writeFileSync(join(dir, 'inject.js'), "setTimeout(() => import('/dist/lec.js'), 50);\n");
  const cases = [];
  ORDERS.forEach(([name, head, tail], i) => {
    for (const lang of ['en', 'zh-CN']) {
      const file = `case-${i}-${lang}.html`;
      writeFileSync(
        join(dir, file),
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>smoke</title>${head}</head><body>${TAGS}${tail}</body></html>`
      );
      cases.push({name: `${name} (${lang})`, file, lang});
    }
  });

  for (const script of [ESM, IIFE]) {
    writeFileSync(join(dir, `encode-${script === ESM ? 'esm' : 'iife'}.html`), `<!doctype html><title>encode</title>${script}`);
  }

  const server = await serve(dir, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({executablePath: findBrowser(), args: BROWSER_ARGS});
  let passed = 0;
  let failed = 0;
  const report = (name, problems) => {
    if (problems.length) failed++;
    else passed++;
    console.log(problems.length ? `FAIL ${name}: ${problems.join('; ')}` : `ok   ${name}`);
  };
  try {
    for (const {name, file, lang} of cases) {
      report(name, await check(browser, `${origin}/${file}`, file, lang));
    }
    // The bundles build qrcode from rewritten sources (scripts/shrink.js): their codes must be
    // the very same as the npm modules', which run the published package.
    for (const [kind, bundle] of [['esm', 'dist/lec.js'], ['iife', 'dist/lec.iife.js']]) {
      report(`${bundle} encodes like qrcode itself`, await sameCodes(browser, `${origin}/encode-${kind}.html`));
    }
  } finally {
    await browser.close();
    server.close();
  }
  return {passed, failed};
}

async function check(browser, url, file, lang) {
  const tab = await browser.newPage();
  const problems = [];
  const requests = [];
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`)
    );
  });
  await tab.goto(url, {waitUntil: 'networkidle0'});
  const result = await tab.evaluate(async () => {
    const tags = ['lec-breadcrumb', 'lec-qr', 'lec-about'];
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    const els = tags.map((t) => document.querySelector(t));
    await Promise.all(els.map((e) => e.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const qr = els[1].shadowRoot;
    const about = els[2].shadowRoot;
    return {
      heading: about.querySelector('[part~=heading]')?.textContent.trim(),
      firstWords: about.querySelector('[part~=body] p')?.textContent.slice(0, 6),
      rendered: els.every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0),
      caption: qr.querySelector('figcaption')?.textContent.trim(),
      hasPath: !!qr.querySelector('svg path'),
      violations: window.__violations,
    };
  });
  const caption = lang === 'en' ? 'QR code' : '二维码';
  // The About text proves the build kept every message id: a mismatch falls back to English.
  const [heading, firstWords] = lang === 'en' ? ['About SJTU LEC', 'Shangh'] : ['学院简介', '上海交通大学'];
  if (result.heading !== heading) problems.push(`heading "${result.heading}", expected "${heading}"`);
  if (result.firstWords !== firstWords) {
    problems.push(`About text starts "${result.firstWords}", expected "${firstWords}"`);
  }
  if (!result.rendered) problems.push('an element did not render');
  if (!result.hasPath) problems.push('the QR code has no SVG path');
  if (result.caption !== caption) problems.push(`caption "${result.caption}", expected "${caption}"`);
  if (result.violations.length) problems.push(`CSP violations: ${result.violations.join(', ')}`);
  const extra = requests.filter(
    (p) => p !== `/${file}` && p !== '/inject.js' && !p.startsWith('/dist/lec.')
  );
  if (extra.length) problems.push(`unexpected requests: ${extra.join(', ')}`);
  await tab.close();
  return problems;
}

/** Texts from 1 byte to past the largest symbol: every level, many versions, UTF-8 of all widths. */
function sampleTexts() {
  const url = 'https://lec.sjtu.edu.cn/about/?from=qr&lang=zh-CN#section-';
  const texts = ['A', '0123456789', '上海交通大学继续教育学院', 'QR 🎓 "<a>" & 二维码', url];
  for (const bytes of [20, 78, 150, 320, 650, 1000, 1273, 1274, 1663, 2331, 2953, 2954]) {
    texts.push(url.repeat(Math.ceil(bytes / url.length)).slice(0, bytes));
  }
  return texts;
}

async function sameCodes(browser, url) {
  // Imported here, not at the top: npm test loads this file before it builds dist/.
  const {LEVELS, encode} = await import('../dist/internal/qr-encode.js');
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  await tab.goto(url, {waitUntil: 'networkidle0'});
  const cases = sampleTexts().flatMap((text) => LEVELS.map((level) => ({text, level})));
  const fromBundle = await tab.evaluate(async (cases) => {
    await customElements.whenDefined('lec-qr');
    const results = [];
    for (const {text, level} of cases) {
      const qr = document.createElement('lec-qr');
      Object.assign(qr, {value: text, errorCorrection: level});
      document.body.append(qr);
      await qr.updateComplete;
      results.push(qr.encoded);
      qr.remove();
    }
    return results;
  }, cases);
  cases.forEach(({text, level}, i) => {
    const expected = JSON.stringify(encode(text, level));
    if (JSON.stringify(fromBundle[i]) !== expected) {
      problems.push(`level ${level}, ${text.length} characters: ${JSON.stringify(fromBundle[i]).slice(0, 80)}`);
    }
  });
  await tab.close();
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {passed, failed} = await smoke();
  console.log(`smoke: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

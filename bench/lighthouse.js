// Lighthouse on the demo, as npm start serves it (scripts/serve.js: the strict CSP, robots.txt,
// the prerendered copy), with its default mobile settings: the CPU 4× slower and a slow 4G
// network, simulated. Lighthouse 12.2.3 is the last major that runs on Node 20 (13 needs 22).
// Each page is measured `runs` times; the rows go into the benchmark's table.
import lighthouse from 'lighthouse';
import {launch} from 'chrome-launcher';
import {BROWSER_ARGS, findBrowser} from '../scripts/browser.js';
import {serve} from '../scripts/serve.js';

const PAGES = [
  ['demo, English', '/'],
  ['demo, Chinese', '/?lang=zh'],
  ['prerendered demo, Chinese', '/prerendered.html?lang=zh'],
];

/** Performance and SEO scores and Total Blocking Time per page, as the benchmark's rows. */
export async function lighthouseRows({runs}) {
  const server = await serve('demo', 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chrome = await launch({chromePath: findBrowser(), chromeFlags: ['--headless=new', ...BROWSER_ARGS]});
  const rows = [];
  try {
    for (const [what, path] of PAGES) {
      const samples = {performance: [], seo: [], tbt: []};
      let error;
      for (let run = 0; run < runs && !error; run++) {
        const {lhr} = await lighthouse(`${origin}${path}`, {port: chrome.port, output: 'json', onlyCategories: ['performance', 'seo'], logLevel: 'error'});
        if (lhr.runtimeError) error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
        samples.performance.push(Math.round(lhr.categories.performance.score * 100));
        samples.seo.push(Math.round(lhr.categories.seo.score * 100));
        samples.tbt.push(lhr.audits['total-blocking-time'].numericValue);
        process.stderr.write('.');
      }
      const row = (id, name, kind, values, goal) => ({id: `lighthouse-${id}-${path}`, name: `Lighthouse mobile, ${what}: ${name}`, kind, values, goal, error});
      rows.push(
        row('performance', 'Performance', 'score', samples.performance, {min: 100}),
        row('tbt', 'Total Blocking Time (ms)', 'ms', samples.tbt, {value: 0}),
        row('seo', 'SEO', 'score', samples.seo, {min: 100})
      );
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  process.stderr.write('\n');
  return rows;
}

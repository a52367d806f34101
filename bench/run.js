// npm run bench [-- --quick]: speed and size of our elements next to Shoelace 2, in one
// Chromium run. Each measurement gets a fresh page; A (ours) and B (Shoelace, or a reference)
// alternate within every round; round 0 is a warm-up and is thrown away; the table shows
// medians and their ratio. --quick (CI's smoke test) uses fewer rounds and instances and
// fails only when a figure is missing or a scenario threw, never because of a timing.
import {cpus} from 'node:os';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {CDN_ENTRIES, sizes, withChunks} from '../scripts/size.js';
import {BUILD_DIR, OURS, buildComparisons, ensureOurBuild} from './bundles.js';
import {SCALES, demoPages, pages, scenarios} from './scenarios.js';
import {startServer} from './server.js';
import {launch, open, run} from './tabs.js';
import {markdown, problems, summarize} from './report.js';
import {lighthouseRows} from './lighthouse.js';

const quick = process.argv.includes('--quick');
// --only=qr,prerender: just the scenarios whose id starts with one of these (no Lighthouse unless
// "lighthouse" is one), to look at a change quickly; the results files are not written.
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const scale = SCALES[quick ? 'quick' : 'full'];

/** One measurement: a fresh tab for `side`, its function run once, the tab closed. */
async function measure(browser, origin, side) {
  const tab = await open(browser, origin, side);
  if (tab.missing) return tab;
  try {
    return await run(tab, side);
  } finally {
    await tab.close();
  }
}

/** Runs every scenario for the warm-up plus `rounds` rounds; collects the figure of each run. */
async function measureAll(browser, origin, list) {
  const results = Object.fromEntries(
    list.map((s) => [s.id, {a: [], b: [], phases: {a: [], b: []}}])
  );
  for (let round = 0; round <= scale.rounds; round++) {
    for (const s of list) {
      const r = results[s.id];
      if (r.error || r.missing) continue; // once is enough to know
      for (const key of ['a', 'b']) {
        if (!s[key]) continue;
        try {
          const out = await measure(browser, origin, s[key]);
          if (out.missing) {
            r.missing = out.missing;
            break;
          }
          if (round === 0) continue;
          r[key].push(s.kind === 'cls' ? out.value : out.ms);
          if (out.phases) r.phases[key].push(out.phases);
        } catch (error) {
          r.error = `${key.toUpperCase()}: ${error.message}`;
          break;
        }
      }
    }
    process.stderr.write(round === 0 ? 'warm-up done' : ` ${round}`);
  }
  process.stderr.write('\n');
  return results;
}

/** A per-element CDN bundle with the chunks it loads, summed: what a page fetches for it. */
function cdnRow(entry, what) {
  const total = {raw: 0, gzip: 0, brotli: 0};
  for (const s of withChunks(entry).map(sizes)) for (const key of Object.keys(total)) total[key] += s[key];
  return {file: `${entry} + chunks`, what, ...total};
}

function sizeRows() {
  const row = (file, what) => ({file, what, ...sizes(file)});
  const [qr, breadcrumb, about] = CDN_ENTRIES;
  // Each per-element bundle beside its Shoelace counterpart.
  return [
    row(OURS[0], 'ours, ES module: all three elements, both locales'),
    row(OURS[1], 'ours, classic script'),
    row(`${BUILD_DIR}/floor.js`, 'floor: lit + @lit/localize + qrcode core'),
    cdnRow(qr, 'ours, `<lec-qr>` alone, both locales'),
    row(`${BUILD_DIR}/sl-qr-code.js`, 'Shoelace sl-qr-code'),
    cdnRow(breadcrumb, 'ours, `<lec-breadcrumb>` alone, both locales'),
    row(`${BUILD_DIR}/sl-breadcrumb.js`, 'Shoelace sl-breadcrumb + sl-breadcrumb-item'),
    cdnRow(about, 'ours, `<lec-about>` (all three elements)'),
    row(`${BUILD_DIR}/sl-both.js`, 'Shoelace, both together'),
  ];
}

async function main() {
  await ensureOurBuild();
  await buildComparisons();
  const server = await startServer(new Map([...pages(), ...(await demoPages())]));
  const browser = await launch();
  let measured;
  let chromium;
  try {
    chromium = await browser.version();
    const list = scenarios(scale).filter((s) => !only || only.some((prefix) => s.id.startsWith(prefix)));
    measured = {list, results: await measureAll(browser, server.origin, list)};
  } finally {
    await browser.close();
    await server.close();
  }
  let audits = [];
  if (!only || only.includes('lighthouse')) {
    process.stderr.write('Lighthouse');
    audits = await lighthouseRows({runs: quick ? 1 : 3});
  }

  const header = {
    date: new Date().toISOString(),
    chromium,
    cores: cpus().length,
    node: process.version,
    shoelace: JSON.parse(
      readFileSync('node_modules/@shoelace-style/shoelace/package.json', 'utf8')
    ).version,
    mode: quick ? 'quick' : 'full',
    rounds: scale.rounds,
  };
  const files = sizeRows();
  const summary = {
    ...header,
    scenarios: summarize(measured.list, measured.results, files, audits),
    sizes: files,
  };
  const text = markdown(summary);
  console.log(text);

  if (only) return problems(summary, {strict: quick}).length ? 1 : 0;
  // Quick runs get their own files, so CI's smoke test never overwrites the full figures.
  const base = quick ? 'quick' : 'latest';
  mkdirSync('bench/results', {recursive: true});
  writeFileSync(`bench/results/${base}.md`, text);
  writeFileSync(
    `bench/results/${base}.json`,
    `${JSON.stringify(summary, null, 2)}\n`
  );

  const failures = problems(summary, {strict: quick});
  for (const p of failures) console.error(`bench: ${p}`);
  console.log(`Wrote bench/results/${base}.md and ${base}.json.`);
  return failures.length ? 1 : 0;
}

process.exitCode = await main().catch((error) => {
  console.error(error);
  return 1;
});

// node bench/profile.js [scenario id, default qr]: where the time of one scenario goes, for the
// note on a missed goal. Runs A and B once for warm-up and once measured, on unminified builds
// (so function names survive), and prints for each: the main thread's time per Blink phase
// (trace events), and JS self time per source module and per function (CDP Profiler).
import {readFileSync} from 'node:fs';
import {build} from 'esbuild';
import {BUILD_DIR, ENTRIES} from './bundles.js';
import {SCALES, pages, scenarios} from './scenarios.js';
import {startServer} from './server.js';
import {launch, open, run} from './tabs.js';

const id = process.argv[2] ?? 'qr';
if (id === 'size') {
  sizeBreakdown();
  process.exit(0);
}
const scenario = scenarios(SCALES.full).find((s) => s.id === id);
if (!scenario) throw new Error(`no scenario "${id}" (or "size")`);

/**
 * Where dist/lec.js's bytes come from, read from its source map: each run of generated code
 * counts for the source its mapping names, grouped by package or by file of src/.
 */
function sizeBreakdown() {
  const code = readFileSync('dist/lec.js', 'utf8');
  const total = Buffer.byteLength(code);
  const map = JSON.parse(readFileSync('dist/lec.js.map', 'utf8'));
  const lines = code.split('\n');
  const groups = new Map();
  const add = (group, bytes) =>
    groups.set(group, (groups.get(group) ?? 0) + bytes);
  let source = 0;
  map.mappings.split(';').forEach((segments, i) => {
    const line = lines[i] ?? '';
    let column = 0;
    let at = 0; // where the current run started, and whose it is
    let owner = '(unmapped)';
    for (const segment of segments ? segments.split(',') : []) {
      const [dColumn, dSource] = decodeVlq(segment);
      column += dColumn;
      add(owner, Buffer.byteLength(line.slice(at, column)));
      if (dSource !== undefined) source += dSource;
      at = column;
      owner = dSource === undefined ? '(unmapped)' : group(map.sources[source]);
    }
    add(owner, Buffer.byteLength(line.slice(at)) + 1); // the rest of the line and its newline
  });
  console.log(`dist/lec.js: ${total} B minified. By source (bytes, share):`);
  for (const [name, bytes] of [...groups].sort((x, y) => y[1] - x[1])) {
    if (bytes > 0)
      console.log(
        `  ${String(bytes).padStart(6)}  ${((100 * bytes) / total).toFixed(1).padStart(4)} %  ${name}`
      );
  }
}

/** A package name for node_modules, the path for our sources. */
function group(path) {
  const clean = path.replace(/^(\.\.\/)+/, '');
  const i = clean.lastIndexOf('node_modules/');
  if (i < 0) return clean;
  const parts = clean.slice(i + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The numbers of one source-map segment (base64 VLQ). */
function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit =
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(
        char
      );
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Unminified twins of dist/lec.js and sl-both.js, with esbuild's `// path` module comments. */
const PLAIN = {
  lec: `${BUILD_DIR}/lec-plain.js`,
  shoelace: `${BUILD_DIR}/sl-both-plain.js`,
};
const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: ['src/lec.ts'],
  tsconfig: 'tsconfig.json',
  outfile: PLAIN.lec,
});
await build({
  ...common,
  entryPoints: [ENTRIES['sl-both']],
  outfile: PLAIN.shoelace,
});

// Blink's phases on the renderer's main thread; nested events overlap (Layout inside a
// FunctionCall that forced it), so each figure is inclusive.
const PHASES = [
  'RunTask',
  'ParseHTML',
  'FunctionCall',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'MinorGC',
  'MajorGC',
];

function blinkPhases(trace) {
  const events = JSON.parse(trace).traceEvents;
  const main = new Set(
    events
      .filter(
        (e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain'
      )
      .map((e) => `${e.pid}:${e.tid}`)
  );
  const totals = Object.fromEntries(PHASES.map((p) => [p, 0]));
  for (const e of events) {
    if (e.ph === 'X' && e.name in totals && main.has(`${e.pid}:${e.tid}`))
      totals[e.name] += e.dur / 1000;
  }
  return totals;
}

/** Which module of the unminified bundle a line is in, from esbuild's `// path` comments. */
function moduleMap(file) {
  const starts = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach(
      (line, i) =>
        /^\/\/ \S+\.(js|ts)$/.test(line) && starts.push([i, line.slice(3)])
    );
  return (line) =>
    starts.findLast(([start]) => start <= line)?.[1] ?? '(bundle)';
}

/**
 * JS time from the CPU profile: self time per module and per function, and inclusive time
 * (callees counted) of our own functions, those from src/.
 */
function jsTimes(profile, moduleOf) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes)
    for (const child of n.children ?? []) parent.set(child, n.id);
  const where = ({url, lineNumber}) =>
    url.includes('-plain.js') ? moduleOf(lineNumber) : url.replace(/^.*\//, '');
  const name = (frame) =>
    `${frame.functionName || '(anonymous)'}  (${where(frame) || 'native'})`;
  const byFunction = new Map();
  const byModule = new Map();
  const ours = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((nodeId, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = nodes.get(nodeId).callFrame;
    add(byFunction, name(frame), ms);
    add(byModule, where(frame) || frame.functionName, ms);
    const seen = new Set();
    for (let id = nodeId; id !== undefined; id = parent.get(id)) {
      const f = nodes.get(id).callFrame;
      if (where(f).startsWith('src/') && !seen.has(name(f))) seen.add(name(f));
    }
    for (const key of seen) add(ours, key, ms);
  });
  const top = (map, n) => [...map].sort((x, y) => y[1] - x[1]).slice(0, n);
  return {
    modules: top(byModule, 12),
    functions: top(byFunction, 15),
    ours: top(ours, 10),
  };
}

const print = (title, rows) => {
  console.log(title);
  for (const [label, ms] of rows)
    console.log(`  ${ms.toFixed(1).padStart(7)}  ${label}`);
};

const server = await startServer(pages());
const browser = await launch();
try {
  for (const key of ['a', 'b']) {
    const side = scenario[key];
    if (!side) continue;
    const src = side.lib && `/build/${PLAIN[side.lib].split('/').pop()}`;
    for (const pass of ['warm-up', 'trace', 'profile']) {
      const tab = await open(browser, server.origin, side, src);
      if (tab.missing) throw new Error(`${tab.missing.join(', ')} not defined`);
      if (pass === 'trace') {
        await tab.tracing.start({
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'toplevel',
            'v8',
          ],
        });
        const result = await run(tab, side);
        const phases = blinkPhases(
          new TextDecoder().decode(await tab.tracing.stop())
        );
        console.log(
          `\n## ${key.toUpperCase()} ${scenario.name}: ${result.ms.toFixed(1)} ms`,
          result.phases ?? ''
        );
        console.log(
          'Main thread, inclusive ms:',
          Object.entries(phases)
            .map(([p, ms]) => `${p} ${ms.toFixed(1)}`)
            .join(', ')
        );
      } else if (pass === 'profile') {
        const cdp = await tab.createCDPSession();
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', {interval: 100});
        await cdp.send('Profiler.start');
        await run(tab, side);
        const {profile} = await cdp.send('Profiler.stop');
        const times = jsTimes(profile, moduleMap(PLAIN[side.lib] ?? PLAIN.lec));
        print('JS self time by module (ms):', times.modules);
        print('JS self time by function (ms):', times.functions);
        if (times.ours.length)
          print('Inclusive time of our functions (ms):', times.ours);
      } else {
        await run(tab, side);
      }
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

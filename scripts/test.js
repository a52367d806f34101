// npm test: sets up what the browser tests need, then runs every check and the browser suite.
// Each static check counts as one test; the last line is "N passed, N failed" for CI.
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {execSync} from 'node:child_process';
import {ENGINES, requestedEngines} from './engines.js';
import {run} from './run.js';
import {smoke} from './smoke.js';

function sh(command) {
  try {
    return execSync(command, {stdio: ['ignore', 'pipe', 'ignore']}).toString();
  } catch {
    return '';
  }
}

/**
 * Makes sure the engines and CJK fonts are here: on Debian as root, installs what is missing with
 * apt-get and says what; elsewhere, says which engines it will skip and how to install them.
 * Resolves to the engines to run.
 */
function ensureEngines() {
  const wanted = requestedEngines();
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  const hasCjkFont = () => !!sh('fc-list :lang=zh family');
  const missing = wanted.filter((name) => !ENGINES[name].find());
  const packages = missing.flatMap((name) => ENGINES[name].packages);
  if (!hasCjkFont()) packages.push('fonts-noto-cjk');
  // The print tests render the browser's PDF to PNG with pdftoppm.
  if (!sh('command -v pdftoppm')) packages.push('poppler-utils');
  if (packages.length && canApt) {
    console.log(`Installing ${packages.join(', ')} with apt-get (once per machine)...`);
    execSync('apt-get update -qq', {stdio: 'inherit'});
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(' ')}`, {
      stdio: 'inherit',
    });
  }
  const found = wanted.filter((name) => ENGINES[name].find());
  for (const name of wanted.filter((n) => !found.includes(n))) {
    console.warn(`Skipping ${name}: not found. ${ENGINES[name].howTo}.`);
  }
  if (!found.length) {
    console.error('No browser engine found to test in.');
    process.exit(1);
  }
  if (!hasCjkFont()) {
    console.warn('No CJK font found (Debian: "apt-get install fonts-noto-cjk"): Chinese screenshots will differ.');
  }
  return found;
}

const engines = ensureEngines();
// --browser-only: just the browser suite (npm run test:unit, test:update-baselines); every other
// argument goes to web-test-runner (a file, --update-visual-baseline, ...).
const browserOnly = process.argv.includes('--browser-only');
const runnerArgs = process.argv.slice(2).filter((a) => a !== '--browser-only');

const checks = [
  ['ESLint', 'npx', ['eslint', '.']],
  ['lit-analyzer', 'npx', ['lit-analyzer', 'src', '--strict', '--rules.no-invalid-css', 'off', '--rules.no-missing-import', 'off']],
  ['TypeScript', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.test.json']],
  ['Translations', 'node', ['scripts/localize.js', '--check']],
  ['custom-elements.json', 'node', ['scripts/manifest.js', '--check']],
  ['Build', 'node', ['scripts/build.js']],
  ['Prerender in Node (API, concurrent renders, CLI)', 'node', ['--test', '--test-reporter=spec', 'test/node/prerender.test.js']],
  ["The bundles' stand-ins for qrcode modules, against qrcode (Node)", 'node', ['--test', '--test-reporter=spec', 'test/node/qr-stand-ins.test.js']],
  ["The demo's server: compressed text, the same bytes (Node)", 'node', ['--test', '--test-reporter=spec', 'test/node/serve.test.js']],
  ["Every copy of the pre-upgrade CSS is the README's (Node)", 'node', ['--test', '--test-reporter=spec', 'test/node/pre-upgrade-css.test.js']],
  ["The Chinese README's and the Storybook guide's code is the README's (Node)", 'node', ['--test', '--test-reporter=spec', 'test/node/doc-copies.test.js']],
  ['Every public CSS custom property the styles read is documented (Node)', 'node', ['--test', '--test-reporter=spec', 'test/node/css-properties.test.js']],
  ['Package lint (publint, attw, type integrations)', 'node', ['scripts/package-lint.js']],
  ["Lit's development build, as dev servers serve it: no Lit warning from our elements (Chromium)", 'npx', ['web-test-runner', '--config', 'test/lit-dev.config.js']],
  // The browser suite reads the built Storybook's Docs pages (test/storybook-docs.test.ts).
  ['Storybook build', 'npx', ['storybook', 'build', '--disable-telemetry', '--quiet', '-o', 'storybook-static']],
  ['Pack test (npm pack into Vite, React, Vue and plain-HTML consumers)', 'node', ['scripts/pack-test.js']],
  ['Size budget', 'node', ['scripts/size.js']],
];

let passed = 0;
let failed = 0;
const failures = [];
for (const [name, command, args] of browserOnly ? [] : checks) {
  console.log(`\n== ${name}`);
  if ((await run(command, args)) === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

// The bundle smoke test needs the build, which --browser-only skips.
if (!browserOnly && failures.includes('Build')) {
  failed++;
  failures.push('bundle smoke test (no build)');
} else if (!browserOnly) {
  console.log('\n== Bundles on plain pages (strict CSP, every load order, both locales)');
  const result = await smoke();
  passed += result.passed;
  failed += result.failed;
  if (result.failed) failures.push('bundle smoke test');
}

// --browser-only skips the checks, but the Docs-page tests need a Storybook built from this tree.
if (browserOnly && (await run('npx', ['storybook', 'build', '--disable-telemetry', '--quiet', '-o', 'storybook-static'])) !== 0) {
  failed++;
  failures.push('Storybook build');
}

// One @web/test-runner run per engine, one after the other (each with its own browser and count).
const perEngine = [];
for (const engine of engines) {
  const counts = `.cache/test-counts-${engine}.json`;
  console.log(`\n== Browser tests in ${engine} (@web/test-runner)`);
  rmSync(counts, {force: true});
  const started = Date.now();
  const code = await run('npx', ['web-test-runner', ...runnerArgs], {
    env: {...process.env, LEC_ENGINE: engine},
  });
  const result = existsSync(counts)
    ? JSON.parse(readFileSync(counts, 'utf8'))
    : {passed: 0, failed: 0, sessionErrors: 0};
  let engineFailed = result.failed + result.sessionErrors;
  if (code !== 0 && engineFailed === 0) engineFailed = 1; // the runner itself failed
  if (engineFailed) failures.push(`browser tests in ${engine}`);
  passed += result.passed;
  failed += engineFailed;
  console.log(`${engine} took ${Math.round((Date.now() - started) / 1000)} s`);
  perEngine.push(`${engine}: ${result.passed} passed, ${engineFailed} failed`);
}

console.log('');
for (const line of perEngine) console.log(line);
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

// npm test: sets up what the browser tests need, then runs every check and the browser suite.
// Each static check counts as one test; the last line is "N passed, N failed" for CI.
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {execSync} from 'node:child_process';
import {findBrowser} from './browser.js';
import {run} from './run.js';
import {smoke} from './smoke.js';

const COUNTS = '.cache/test-counts.json';

function sh(command) {
  try {
    return execSync(command, {stdio: ['ignore', 'pipe', 'ignore']}).toString();
  } catch {
    return '';
  }
}

/** Installs Chromium and CJK fonts on Debian as root; elsewhere says what to install. */
function ensureBrowser() {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  const needBrowser = !findBrowser();
  const needFonts = existsSync('/usr/bin/fc-list') ? !sh('fc-list :lang=zh family') : true;
  if ((needBrowser || needFonts) && canApt) {
    const packages = [needBrowser && 'chromium', needFonts && 'fonts-noto-cjk'].filter(Boolean);
    console.log(`Installing ${packages.join(' and ')} with apt-get (once per machine)...`);
    execSync('apt-get update -qq', {stdio: 'inherit'});
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, {
      stdio: 'inherit',
    });
  }
  if (!findBrowser()) {
    console.error(
      'No Chromium or Chrome found: install Chromium (Debian: "apt-get install chromium") or set CHROME_PATH to a Chrome binary.'
    );
    process.exit(1);
  }
  if (!sh('fc-list :lang=zh family')) {
    console.warn('No CJK font found (Debian: "apt-get install fonts-noto-cjk"): Chinese screenshots will differ.');
  }
}

ensureBrowser();

const checks = [
  ['ESLint', 'npx', ['eslint', '.']],
  ['lit-analyzer', 'npx', ['lit-analyzer', 'src', '--strict', '--rules.no-invalid-css', 'off', '--rules.no-missing-import', 'off']],
  ['TypeScript', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.test.json']],
  ['Translations', 'node', ['scripts/localize.js', '--check']],
  ['custom-elements.json', 'node', ['scripts/manifest.js', '--check']],
  ['Build', 'node', ['scripts/build.js']],
  ['Size budget', 'node', ['scripts/size.js']],
];

let passed = 0;
let failed = 0;
const failures = [];
for (const [name, command, args] of checks) {
  console.log(`\n== ${name}`);
  if ((await run(command, args)) === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

console.log('\n== Bundles on plain pages (strict CSP, every load order, both locales)');
if (failures.includes('Build')) {
  failed++;
  failures.push('bundle smoke test (no build)');
} else {
  const result = await smoke();
  passed += result.passed;
  failed += result.failed;
  if (result.failed) failures.push('bundle smoke test');
}

console.log('\n== Browser tests (@web/test-runner in Chromium)');
rmSync(COUNTS, {force: true});
const wtr = await run('npx', ['web-test-runner', ...process.argv.slice(2)], {
  env: {...process.env, CHROME_PATH: findBrowser()},
});
if (existsSync(COUNTS)) {
  const counts = JSON.parse(readFileSync(COUNTS, 'utf8'));
  passed += counts.passed;
  failed += counts.failed + counts.sessionErrors;
  if (counts.failed || counts.sessionErrors) failures.push('browser tests');
}
if (wtr !== 0 && !failures.includes('browser tests')) {
  failed++;
  failures.push('browser tests (runner error)');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

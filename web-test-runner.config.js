// @web/test-runner: every test runs in a real browser engine, never a mock DOM. One run drives one
// engine, chosen by LEC_ENGINE (chromium, the default; firefox; webkit); scripts/test.js runs each
// engine it finds in turn and adds up the counts.
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import {defaultReporter} from '@web/test-runner';
import {countReporter} from './scripts/count-reporter.js';
import {testCommandsPlugin} from './scripts/test-commands.js';
import {BROWSER_ARGS} from './scripts/browser.js';
import {ENGINES, FIREFOX_PREFS, webkitDriverOptions} from './scripts/engines.js';
import {freePort, startWebKitDriver} from './scripts/webkit-driver.js';
import {cmsFixtures} from './scripts/cms-fixtures.js';
import {releaseFixtures} from './scripts/release-fixtures.js';
import {consumerFixtures} from './scripts/consumer-fixtures.js';
import {prerenderFixtures} from './scripts/prerender-fixtures.js';

const commonjs = fromRollup(rollupCommonjs);
const engine = process.env.LEC_ENGINE ?? 'chromium';
if (!ENGINES[engine]) throw new Error(`LEC_ENGINE=${engine}: use chromium, firefox or webkit`);
const executable = ENGINES[engine].find();
if (!executable) throw new Error(`No ${engine} found: ${ENGINES[engine].howTo}`);

// A window per test file: a background tab runs no animation frames or IntersectionObservers,
// which screenshots and layout tests need.
const newWindow = ({context}) => context.newPage({type: 'window'});

async function launcher() {
  if (engine === 'chromium') {
    return chromeLauncher({
      createPage: newWindow,
      launchOptions: {executablePath: executable, headless: true, args: BROWSER_ARGS},
    });
  }
  if (engine === 'firefox') {
    // Puppeteer drives Firefox over WebDriver BiDi; no geckodriver is needed.
    return chromeLauncher({
      puppeteer: puppeteerCore,
      createPage: newWindow,
      launchOptions: {
        browser: 'firefox',
        executablePath: executable,
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
    });
  }
  const port = await startWebKitDriver(executable);
  return webdriverLauncher(webkitDriverOptions(port));
}

export default {
  files: ['test/**/*.test.ts'],
  // Stories refer to fixtures as Storybook serves them (staticDirs): /fixtures/...
  middleware: [
    (context, next) => {
      if (context.url.startsWith('/fixtures/')) context.url = `/test${context.url}`;
      return next();
    },
    // Cross-origin tests (test/cms-lit.test.ts) load scripts from http://127.0.0.1:port while the
    // page is on http://localhost:port; only URLs with ?cors answer with CORS permission.
    async (context, next) => {
      await next();
      if ('cors' in context.query) context.set('Access-Control-Allow-Origin', '*');
    },
    // ?delay=ms answers that much later: a slow network for one file (a stylesheet, a script).
    async (context, next) => {
      const delay = Number(context.query.delay);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10_000)));
      return next();
    },
    cmsFixtures,
    releaseFixtures,
    consumerFixtures,
    prerenderFixtures,
  ],
  // A free port, so that two engines (or a second checkout) can run side by side.
  port: await freePort(),
  nodeResolve: {exportConditions: ['production', 'default']},
  // Firefox over BiDi was unstable with two pages at once; WebKit drives a single window.
  concurrency: engine === 'chromium' ? 2 : 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 600_000,
  browserStartTimeout: 120_000,
  testFramework: {config: {timeout: 30_000}},
  // test/readable-failures.ts first: a failed assertion about an element is reported, not a hang.
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/readable-failures.ts"></script><script type="module" src="${framework}"></script></body></html>`,
  browsers: [await launcher()],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    commonjs({
      include: [
        '**/node_modules/qrcode/**/*',
        '**/node_modules/dijkstrajs/**/*',
        '**/node_modules/jsqr/**/*',
        // React 19 for test/react-wrappers.test.ts.
        '**/node_modules/react/**/*',
        '**/node_modules/react-dom/**/*',
        '**/node_modules/scheduler/**/*',
      ],
      strictRequires: false,
      requireReturnsDefault: true,
    }),
    testCommandsPlugin({
      engine,
      baseDir: 'test/screenshots',
      update: process.argv.includes('--update-visual-baseline'),
      failureThreshold: 0.5,
    }),
  ],
  reporters: [defaultReporter(), countReporter(`.cache/test-counts-${engine}.json`)],
};

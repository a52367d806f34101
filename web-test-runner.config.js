// @web/test-runner: every test runs in Debian's Chromium (or CHROME_PATH), never a mock DOM.
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';
import {defaultReporter} from '@web/test-runner';
import {countReporter} from './scripts/count-reporter.js';
import {screenshotPlugin} from './scripts/screenshot-command.js';
import {BROWSER_ARGS, findBrowser} from './scripts/browser.js';

const commonjs = fromRollup(rollupCommonjs);

export default {
  files: ['test/**/*.test.ts'],
  // Stories refer to fixtures as Storybook serves them (staticDirs): /fixtures/...
  middleware: [
    (context, next) => {
      if (context.url.startsWith('/fixtures/')) context.url = `/test${context.url}`;
      return next();
    },
  ],
  nodeResolve: {exportConditions: ['production', 'default']},
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 60_000,
  testFramework: {config: {timeout: 20_000}},
  browsers: [
    chromeLauncher({
      // A window per test file: a background tab runs no animation frames or
      // IntersectionObservers, which screenshots and layout tests need.
      createPage: ({context}) => context.newPage({type: 'window'}),
      launchOptions: {
        executablePath: findBrowser(),
        headless: true,
        args: BROWSER_ARGS,
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    commonjs({
      include: ['**/node_modules/qrcode/**/*', '**/node_modules/dijkstrajs/**/*', '**/node_modules/jsqr/**/*'],
      strictRequires: false,
      requireReturnsDefault: true,
    }),
    screenshotPlugin(),
    visualRegressionPlugin({
      baseDir: 'test/screenshots',
      update: process.argv.includes('--update-visual-baseline'),
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  reporters: [defaultReporter(), countReporter('.cache/test-counts.json')],
};

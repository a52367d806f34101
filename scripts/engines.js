// The three browser engines the suite runs in: where each one is on this machine, the Debian
// packages that provide it, and how to install it elsewhere. Environment overrides win.
import {existsSync} from 'node:fs';

const first = (paths) => paths.find((path) => path && existsSync(path));

/** WebKitGTK's MiniBrowser, which WebKitWebDriver starts. */
const minibrowser = () =>
  process.env.WEBKIT_MINIBROWSER_PATH ||
  first([
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);

export const ENGINES = {
  chromium: {
    find: () =>
      process.env.CHROME_PATH ||
      first([
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
      ]),
    packages: ['chromium'],
    howTo: 'Debian: "apt-get install chromium"; elsewhere set CHROME_PATH to a Chrome or Chromium binary',
  },
  firefox: {
    find: () =>
      process.env.FIREFOX_PATH ||
      first(['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox']),
    packages: ['firefox-esr'],
    howTo: 'Debian: "apt-get install firefox-esr"; elsewhere set FIREFOX_PATH to a Firefox binary',
  },
  webkit: {
    // WebKitGTK's WebDriver and the MiniBrowser it drives; MiniBrowser needs an X display (Xvfb).
    find: () => {
      const driver = process.env.WEBKIT_WEBDRIVER_PATH || first(['/usr/bin/WebKitWebDriver']);
      const display = process.env.DISPLAY || first(['/usr/bin/Xvfb']);
      return driver && minibrowser() && display ? driver : undefined;
    },
    minibrowser,
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    howTo:
      'Debian: "apt-get install webkit2gtk-driver xvfb xauth"; elsewhere set WEBKIT_WEBDRIVER_PATH and WEBKIT_MINIBROWSER_PATH (and DISPLAY, or install Xvfb)',
  },
};

export const ENGINE_NAMES = Object.keys(ENGINES);

/** The engines to run: LEC_ENGINES="chromium,firefox" narrows the list. */
export function requestedEngines() {
  const wanted = (process.env.LEC_ENGINES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((name) => !ENGINES[name]);
  if (unknown.length) throw new Error(`LEC_ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINE_NAMES.join(', ')})`);
  return wanted.length ? wanted : ENGINE_NAMES;
}

/** WebdriverIO options for a WebKitWebDriver listening on `port` on this machine. */
export function webkitDriverOptions(port) {
  return {
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {binary: ENGINES.webkit.minibrowser(), args: ['--automation']},
      // WebKitWebDriver refuses the BiDi upgrade WebdriverIO asks for by default.
      'wdio:enforceWebDriverClassic': true,
    },
  };
}

/** Firefox preferences: scrollbars that take no room, as Chromium's --hide-scrollbars. */
export const FIREFOX_PREFS = {'ui.useOverlayScrollbars': 1, 'widget.gtk.overlay-scrollbars.enabled': true};

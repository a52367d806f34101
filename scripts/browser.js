// Finds a Chromium or Chrome to test and measure with; CHROME_PATH wins.
import {ENGINES} from './engines.js';

export function findBrowser() {
  return ENGINES.chromium.find();
}

/** The flags every headless run here uses (root needs --no-sandbox; the network is closed). */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

// Starts what WebKitGTK needs to be driven: an X display (Xvfb, when none is set; MiniBrowser has
// no headless mode) and WebKitWebDriver on a free port. Both stop when this process exits.
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {createServer, connect} from 'node:net';

const children = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(check, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeout / 1000} s waiting for ${what}`);
}

const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/** Starts Xvfb on a free display number; resolves to ":N". Tall, so a window can hold a whole page. */
async function startXvfb() {
  for (let n = 99; n < 120; n++) {
    if (existsSync(`/tmp/.X${n}-lock`)) continue;
    const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '2560x4800x24', '-nolisten', 'tcp'], {stdio: 'ignore'});
    children.push(xvfb);
    let exited = false;
    xvfb.on('exit', () => (exited = true));
    try {
      await waitFor(() => exited || existsSync(`/tmp/.X11-unix/X${n}`), 'Xvfb');
    } catch {
      exited = true;
    }
    if (!exited) return `:${n}`;
  }
  throw new Error('Could not start Xvfb on any display from :99 to :119');
}

/**
 * Resizes a WebdriverIO-driven window so the page inside is `width` x `height` CSS px, as near as
 * the engine allows (MiniBrowser windows are at least ~450 px wide); resolves to what it got.
 * The window's frame (toolbar, borders) is its outer size minus the inner one.
 */
export async function setInnerSize(driver, width, height) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [innerW, innerH] = (await driver.execute(() => [innerWidth, innerHeight])) ?? [];
    if (innerW === width && innerH === height) break;
    const outer = await driver.getWindowSize();
    const target = [width + outer?.width - innerW, height + outer?.height - innerH];
    // On a loaded machine a reading can come back empty while the window is still changing
    // (WebDriver then refuses a NaN size): read again a moment later.
    if (!target.every((n) => Number.isFinite(n) && n > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    await driver.setWindowSize(...target);
  }
  const [w, h] = await driver.execute(() => [innerWidth, innerHeight]);
  return {width: w, height: h};
}

/** Starts WebKitWebDriver (and Xvfb when there is no display); resolves to its port. */
export async function startWebKitDriver(driverPath) {
  if (!process.env.DISPLAY) process.env.DISPLAY = await startXvfb();
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(driver);
  driver.stderr.on('data', (chunk) => {
    if (process.env.LEC_DEBUG) process.stderr.write(chunk);
  });
  await waitFor(() => listening(port), `WebKitWebDriver on port ${port}`);
  return port;
}

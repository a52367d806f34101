import {executeServerCommand} from '@web/test-runner-commands';
import jsQR from 'jsqr';
import {setLocale} from '../src/internal/localization.js';

export {setLocale};

/** Adds the Storybook preview's page styles (the theme's page background, the story frames, the Design stories' layout). */
export async function addStoryPageStyles() {
  for (const href of ['/.storybook/preview.css', '/.storybook/stories-extra.css']) {
    const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href});
    document.head.append(link);
    await new Promise((resolve) => link.addEventListener('load', resolve, {once: true}));
  }
}

/** Waits for two animation frames, so layout and paint have happened. */
export const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The engine this run drives: our own commands (scripts/test-commands.js) work in each. */
export type Engine = 'chromium' | 'firefox' | 'webkit';
export const engine = await executeServerCommand<Engine, undefined>('lec-engine');

/**
 * Resizes the page's viewport. Resolves to the size the engine really gave: WebKitGTK's
 * MiniBrowser windows cannot be made narrower than about 450 px (see `setPageWidth`).
 */
export async function setViewport(size: {width: number; height: number; deviceScaleFactor?: number}) {
  const got = await executeServerCommand<{width: number; height: number}, object>('lec-viewport', size);
  await nextFrame();
  return got;
}

/**
 * A page `width` px wide as far as the body's content goes: the viewport where the engine allows
 * it, else (WebKit under ~450 px) a wider viewport with the body limited to the width it would
 * have had. Layout inside the body is then the same; `resetPageWidth` undoes it.
 */
export async function setPageWidth(width: number, height = 800) {
  const got = await setViewport({width, height});
  const style = getComputedStyle(document.body);
  const margins = parseFloat(style.marginLeft) + parseFloat(style.marginRight);
  document.body.style.maxWidth = got.width > width ? `${width - margins}px` : '';
  await nextFrame();
}
export const resetPageWidth = () => {
  document.body.style.maxWidth = '';
};

/** Media emulation; only Chromium offers it to automation (see the README's engine notes). */
export const canEmulateMedia = engine === 'chromium';
export async function emulateMedia(media: {
  media?: 'screen' | 'print' | null;
  colorScheme?: 'light' | 'dark' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
}) {
  await executeServerCommand('lec-media', media);
  await nextFrame();
}

/** Undoes what `screenshotBox` changed, once the screenshot is taken. */
let afterCommand: (() => Promise<unknown>) | undefined;
async function restoreAfterScreenshot() {
  const undo = afterCommand;
  afterCommand = undefined;
  await undo?.();
}

/**
 * The element's box for a screenshot: in viewport CSS pixels, and in page pixels for engines
 * whose automation can capture beyond the viewport (Chromium, Firefox). WebKit's WebDriver only
 * captures the viewport, so there the window is made tall enough for the element first.
 */
async function screenshotBox(element: Element) {
  let r = element.getBoundingClientRect();
  if (engine === 'webkit' && (r.top < 0 || r.bottom > innerHeight || r.right > innerWidth)) {
    if (r.height > innerHeight) {
      const before = {width: innerWidth, height: innerHeight};
      await setViewport({width: innerWidth, height: Math.ceil(r.height) + 16});
      afterCommand = () => setViewport(before);
    }
    element.scrollIntoView({block: 'start', inline: 'start'});
    await nextFrame();
    r = element.getBoundingClientRect();
  }
  return {x: r.left, y: r.top, width: r.width, height: r.height, scrollX, scrollY, dpr: devicePixelRatio};
}

/** Photographs an element as the engine painted it (device pixels of the real page). */
export async function screenshot(element: Element): Promise<ImageData> {
  await nextFrame();
  const base64 = await executeServerCommand<string, object>('lec-screenshot', await screenshotBox(element));
  await restoreAfterScreenshot();
  return pngToImageData(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
}

/** Compares an element's pixels with its baseline for this engine (test/screenshots/<engine>/). */
export async function visualDiff(element: Element, name: string) {
  await nextFrame();
  const result = await executeServerCommand<{passed: boolean; errorMessage?: string}, object>('lec-visual-diff', {
    ...(await screenshotBox(element)),
    name,
  });
  await restoreAfterScreenshot();
  if (!result.passed) throw new Error(result.errorMessage ?? `Visual diff "${name}" failed`);
}

export async function pngToImageData(bytes: BlobPart | Blob): Promise<ImageData> {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes], {type: 'image/png'});
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Decodes a QR code with jsQR, a real decoder; returns its text as UTF-8, or null. */
export function decodeQr(image: ImageData): string | null {
  const result = jsQR(image.data, image.width, image.height, {inversionAttempts: 'dontInvert'});
  if (!result) return null;
  return new TextDecoder().decode(new Uint8Array(result.binaryData));
}

/** Collects console.warn / console.error calls while `run` runs. */
export async function captureConsole(
  run: () => unknown | Promise<unknown>,
  methods: Array<'warn' | 'error'> = ['warn', 'error']
): Promise<string[]> {
  const seen: string[] = [];
  const originals = methods.map((m) => [m, console[m]] as const);
  for (const m of methods) {
    console[m] = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  }
  try {
    await run();
  } finally {
    for (const [m, original] of originals) console[m] = original;
  }
  return seen;
}

/**
 * Whether anything on the page is wider than it: the viewport, or the body's width limit where
 * `setPageWidth` had to set one (WebKit windows cannot be made narrow enough).
 */
export function overflowsSideways(): boolean {
  const root = document.documentElement;
  if (!document.body.style.maxWidth) return root.scrollWidth > root.clientWidth;
  // The body is not the scrolling element: its scrollWidth grows with content wider than it.
  return document.body.scrollWidth > document.body.clientWidth;
}

/**
 * A test that only some engines can run, because the browser's automation cannot do the thing
 * (see the README's list). Its name says which engines and why; elsewhere it is reported as
 * skipped, never as passed, and a test beside it checks the same thing another way.
 */
export function itIn(engines: Engine[], why: string, name: string, fn: Mocha.Func) {
  const label = `${name} [${engines.join(' and ')} only: ${why}]`;
  return engines.includes(engine) ? it(label, fn) : it.skip(label, fn);
}
export const NO_NARROW_WINDOW = 'WebKitGTK windows are at least ~450 px wide';
export const NO_MEDIA_EMULATION = 'only Chromium emulates media through automation';

/** Resolves when the browser is idle; WebKit has no requestIdleCallback. */
export const idle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 50)
  );


import {executeServerCommand} from '@web/test-runner-commands';
import jsQR from 'jsqr';
import {setLocale} from '../src/internal/localization.js';

export {setLocale};

/** Waits for two animation frames, so layout and paint have happened. */
export const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Photographs an element as Chromium painted it (device pixels of the real page). */
export async function screenshot(element: Element): Promise<ImageData> {
  await nextFrame();
  const r = element.getBoundingClientRect();
  const base64 = await executeServerCommand<string, object>('lec-screenshot', {
    x: r.left + scrollX,
    y: r.top + scrollY,
    width: r.width,
    height: r.height,
  });
  return pngToImageData(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
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

/** Whether anything inside `root` is wider than the viewport (horizontal overflow). */
export function overflowsSideways(): boolean {
  return document.documentElement.scrollWidth > document.documentElement.clientWidth;
}

import {create} from 'qrcode/lib/core/qrcode.js';

/** The error-correction levels a QR code can use, from 7 % (L) to 30 % (H) recoverable. */
export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';
export const LEVELS: readonly ErrorCorrection[] = ['L', 'M', 'Q', 'H'];

/** Bytes that fit in the largest symbol (version 40) in byte mode, per level. */
const CAPACITY = {L: 2953, M: 2331, Q: 1663, H: 1273} as const;

export type Encoded =
  | {ok: true; size: number; path: string}
  | {ok: false; reason: 'too-long'; length: number; max: number}
  | {ok: false; reason: 'encode-failed'; message: string};

const encoder = new TextEncoder();

/** The text's length in bytes of UTF-8 and the most bytes that fit at a level. */
export function measure(text: string, level: ErrorCorrection) {
  return {length: encoder.encode(text).length, max: CAPACITY[level]};
}

/**
 * Encodes text (UTF-8, so Chinese and emoji work) and returns the dark modules as one SVG
 * path of horizontal runs, in module units. Never throws: failures come back as data.
 */
export function encode(text: string, level: ErrorCorrection): Encoded {
  const fit = measure(text, level);
  if (fit.length > fit.max) return {ok: false, reason: 'too-long', ...fit};
  try {
    // One byte-mode segment: predictable capacity, faster than qrcode's segment search,
    // and what lets the bundle drop that search (src/internal/qr-segments.ts).
    const {size, data} = create([{data: text, mode: 'byte'}], {errorCorrectionLevel: level}).modules;
    let path = '';
    for (let y = 0; y < size; y++) {
      const row = y * size;
      for (let x = 0; x < size; x++) {
        if (!data[row + x]) continue;
        const start = x;
        while (x + 1 < size && data[row + x + 1]) x++;
        path += `M${start} ${y}h${x - start + 1}v1H${start}z`;
      }
    }
    return {ok: true, size, path};
  } catch (error) {
    return {ok: false, reason: 'encode-failed', message: error instanceof Error ? error.message : String(error)};
  }
}

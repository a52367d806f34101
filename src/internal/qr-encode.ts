import {create} from 'qrcode/lib/core/qrcode.js';
import {getEncodedBits} from 'qrcode/lib/core/format-info.js';
import {applyMask, maskScorer} from './qr-masks.js';
import type {Matrix} from './qr-masks.js';

/** The error-correction levels a QR code can use, from 7 % (L) to 30 % (H) recoverable. */
export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';
export const LEVELS: readonly ErrorCorrection[] = ['L', 'M', 'Q', 'H'];

/** Bytes that fit in the largest symbol (version 40) in byte mode, per level. */
const CAPACITY = {L: 2953, M: 2331, Q: 1663, H: 1273} as const;

/** The two bits of each level in the format information (ISO/IEC 18004, 7.9). */
const LEVEL_BITS = {L: 1, M: 0, Q: 3, H: 2} as const;

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
export const encode = (text: string, level: ErrorCorrection): Encoded => encoding(text, level)(Infinity)!;

/**
 * An encoding done in steps: each call works for about `ms` milliseconds (at least one step) and
 * returns the code once it is done, undefined before. The steps are building the symbol, scoring
 * each of the eight mask patterns, and drawing the chosen one. A page's first code runs cold (the
 * JIT has not warmed up): in one go it took 5 to 40 ms at 1x CPU, most of it choosing the mask,
 * so a code that may wait encodes over several tasks (see lec-qr). The code is the one qrcode's
 * `create` makes, mask choice included.
 */
export function encoding(text: string, level: ErrorCorrection): (ms: number) => Encoded | undefined {
  const fit = measure(text, level);
  if (fit.length > fit.max) return () => ({ok: false, reason: 'too-long', ...fit});
  let matrix: Matrix | undefined;
  let nextMask: () => number | undefined;
  let done: Encoded | undefined;
  return (ms) => {
    if (done) return done;
    const end = performance.now() + ms;
    try {
      do {
        if (!matrix) {
          // One byte-mode segment: predictable capacity, faster than qrcode's segment search,
          // and what lets the bundle drop that search (src/internal/qr-segments.ts). qrcode masks
          // the symbol with pattern 0 when told to; undone, to score every pattern.
          matrix = create([{data: text, mode: 'byte'}], {errorCorrectionLevel: level, maskPattern: 0}).modules;
          applyMask(0, matrix);
          nextMask = maskScorer(matrix, (pattern) => setFormat(matrix!, level, pattern));
        } else {
          const best = nextMask();
          if (best !== undefined) {
            applyMask(best, matrix);
            setFormat(matrix, level, best);
            return (done = {ok: true, size: matrix.size, path: pathOf(matrix)});
          }
        }
      } while (performance.now() < end);
    } catch (error) {
      return (done = {ok: false, reason: 'encode-failed', message: error instanceof Error ? error.message : String(error)});
    }
    return undefined;
  };
}

/**
 * Writes the format information (the level and mask pattern, 15 bits) into its two copies, where
 * qrcode's symbol builder puts it: down column 8 and along row 8 (ISO/IEC 18004, 7.9.1).
 */
function setFormat({size, data}: Matrix, level: ErrorCorrection, pattern: number) {
  const bits = getEncodedBits({bit: LEVEL_BITS[level]}, pattern);
  for (let i = 0; i < 15; i++) {
    const bit = (bits >> i) & 1;
    // Down from the top, skipping the timing row; the last seven up from the bottom.
    data[(i < 6 ? i : i < 8 ? i + 1 : size - 15 + i) * size + 8] = bit;
    // In from the right edge; the last seven left of the timing column.
    data[8 * size + (i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i)] = bit;
  }
}

/**
 * The dark modules as one SVG path of horizontal runs, in module units. Each run's outline is left
 * open: filling closes it all the same, and without the `z` the browser parses a fifth fewer
 * commands (a course list's codes come to about 4 KB of path each).
 */
function pathOf({size, data}: Matrix) {
  let path = '';
  for (let y = 0; y < size; y++) {
    const row = y * size;
    for (let x = 0; x < size; x++) {
      if (!data[row + x]) continue;
      const start = x;
      while (x + 1 < size && data[row + x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1H${start}`;
    }
  }
  return path;
}

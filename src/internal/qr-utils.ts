// Stands in for qrcode's utils.js in the bundles (see scripts/shrink.js): what the symbol
// builder asks of it, computed rather than tabled, without the Kanji hook (the bundles never
// encode Kanji mode) and without argument checks for versions qr-version.ts never returns.

/** The side of a symbol in modules. */
export const getSymbolSize = (version: number) => version * 4 + 17;

/**
 * The codewords (data and error correction) a symbol holds: its modules left once the finder,
 * timing, alignment, format and version patterns are placed, in whole bytes (ISO/IEC 18004,
 * table 1).
 */
export function getSymbolTotalCodewords(version: number) {
  let modules = (16 * version + 128) * version + 64;
  if (version > 1) {
    const alignments = Math.floor(version / 7) + 2;
    modules -= (25 * alignments - 10) * alignments - 55;
    if (version > 6) modules -= 36;
  }
  return modules >> 3;
}

/** The number of binary digits of a positive number (its highest set bit, counted from 1). */
export const getBCHDigit = (n: number) => 32 - Math.clz32(n);

/** The Kanji hook qrcode.js calls when asked to: never, from the bundles. */
export function setToSJISFunction() {}

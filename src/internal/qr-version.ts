// Stands in for qrcode's own version.js in the bundles (see scripts/shrink.js). The bundles only
// ever encode one byte-mode segment (see qr-encode.ts), and qrcode's module also sizes numeric,
// alphanumeric, Kanji and mixed segments: here the same answers for a byte segment, in a third
// of the code. test/node/qr-stand-ins.test.js compares it with qrcode's at every version's
// capacity and level; scripts/smoke.js compares the bundles' codes with qrcode's.
import {getSymbolTotalCodewords} from './qr-utils.js';
import {getTotalCodewordsCount} from 'qrcode/lib/core/error-correction-code.js';
import {BYTE, getCharCountIndicator} from 'qrcode/lib/core/mode.js';

/** The `version` option as qrcode reads it: a version from 1 to 40, else the default. */
export const from = (value: unknown, defaultValue?: number) =>
  Number(value) >= 1 && Number(value) <= 40 ? parseInt(String(value), 10) : defaultValue;

/**
 * The smallest version whose data codewords hold the segment at the error-correction level,
 * after the mode indicator (4 bits) and the character count; undefined when none does.
 */
export function getBestVersionForData([segment]: Array<{getLength(): number}>, level: {bit: number}) {
  for (let version = 1; version <= 40; version++) {
    const dataBits = (getSymbolTotalCodewords(version) - getTotalCodewordsCount(version, level)) * 8;
    if (segment.getLength() <= Math.floor((dataBits - 4 - getCharCountIndicator(BYTE, version)) / 8)) return version;
  }
  return undefined;
}

/**
 * The 18 bits of version information (versions 7 and up): the version in 6 bits, then the
 * remainder of its division by the generator polynomial 0x1F25 (ISO/IEC 18004, 7.10).
 */
export function getEncodedBits(version: number) {
  let remainder = version;
  for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
  return (version << 12) | remainder;
}

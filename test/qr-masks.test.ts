// The bundles choose each code's mask with src/internal/qr-masks.ts instead of qrcode's
// mask-pattern.js (scripts/shrink.js swaps it in). A different choice would still scan, but it
// would no longer be the code qrcode draws: check that the choice is the same, symbol by symbol,
// from version 1 to 40 at every error-correction level, and that masking round-trips.
import {expect} from '@open-wc/testing';
import {create} from 'qrcode/lib/core/qrcode.js';
import qrcodeMasks from 'qrcode/lib/core/mask-pattern.js';
import BitMatrix from 'qrcode/lib/core/bit-matrix.js';
import {applyMask, from, getBestMask} from '../src/internal/qr-masks.js';

type Matrix = {size: number; data: Uint8Array; reservedBit: Uint8Array};
const LEVELS = ['L', 'M', 'Q', 'H'] as const;

/** A copy as qrcode's own BitMatrix, whose methods qrcode's functions call. */
function copy(m: Matrix): Matrix {
  const c = new BitMatrix(m.size);
  c.data.set(m.data);
  c.reservedBit.set(m.reservedBit);
  return c;
}

/** A symbol as qrcode builds it, unmasked again (its format bits stay; getBestMask rewrites them). */
function unmasked(text: string, level: (typeof LEVELS)[number], version?: number): Matrix {
  const {modules, maskPattern} = create([{data: text, mode: 'byte'}], {errorCorrectionLevel: level, version});
  const m = copy(modules);
  qrcodeMasks.applyMask(maskPattern, m);
  return m;
}

describe('QR mask choice (the bundles\' stand-in for qrcode\'s)', () => {
  it('chooses the mask qrcode chooses, versions 1 to 40 at every level', () => {
    let symbols = 0;
    for (let version = 1; version <= 40; version++) {
      for (const level of LEVELS) {
        // 7 bytes a version fits every level (version 1 at H holds 7); the rest is padding.
        const text = Array.from({length: 7 * version}, (_, i) => String.fromCharCode(33 + ((i * 7 + version) % 90))).join('');
        const m = unmasked(text, level, version);
        const theirs = copy(m);
        const ours = copy(m);
        const calls: number[] = [];
        const expected = qrcodeMasks.getBestMask(theirs, () => {});
        expect(getBestMask(ours, (p) => calls.push(p)), `version ${version} ${level}`).to.equal(expected);
        // Every pattern scored, with its format bits set first; the matrix left unmasked.
        expect(calls).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
        expect([...ours.data]).to.deep.equal([...m.data]);
        symbols++;
      }
    }
    expect(symbols).to.equal(160);
  });

  it('chooses the same on many short addresses, as a page full of course codes has', () => {
    for (let i = 0; i < 200; i++) {
      const m = unmasked(`https://lec.sjtu.edu.cn/course/${i * 37}?term=${i % 7}`, LEVELS[i % 4]);
      expect(getBestMask(copy(m), () => {}), `address ${i}`).to.equal(qrcodeMasks.getBestMask(copy(m), () => {}));
    }
  });

  it('masks the same modules as qrcode, never reserved ones, and a second pass undoes it', () => {
    const m = unmasked('https://lec.sjtu.edu.cn/', 'M', 5);
    for (let pattern = 0; pattern < 8; pattern++) {
      const ours = copy(m);
      const theirs = copy(m);
      applyMask(pattern, ours);
      qrcodeMasks.applyMask(pattern, theirs);
      expect([...ours.data], `pattern ${pattern}`).to.deep.equal([...theirs.data]);
      m.reservedBit.forEach((reserved, k) => reserved && expect(ours.data[k]).to.equal(m.data[k]));
      applyMask(pattern, ours);
      expect([...ours.data]).to.deep.equal([...m.data]);
    }
  });

  it('reads a mask option as qrcode does', () => {
    for (const value of [undefined, null, '', 'x', -1, 8, 0, 7, '3', 2.5]) {
      expect(from(value), String(value)).to.equal(qrcodeMasks.from(value));
    }
  });
});

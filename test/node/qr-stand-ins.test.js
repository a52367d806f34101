// The bundles use stand-ins for modules of qrcode (scripts/shrink.js swaps them in):
// (and src/internal/qr-encode.ts encodes in steps, calling qrcode's symbol builder and then
// choosing the mask itself: checked below against qrcode's create.)
// src/internal/qr-masks.ts chooses each code's mask, qr-version.ts its version, qr-utils.ts
// and qr-levels.ts answer the symbol builder's questions.
// A different answer might still scan, but it would no longer be the code qrcode draws: check
// that every answer is qrcode's, from version 1 to 40 at every error-correction level. Pure
// arithmetic on arrays, so in Node, against the published package (scripts/smoke.js also
// compares whole codes drawn by the bundles in a browser).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import * as masks from '../../dist/internal/qr-masks.js';
import * as version from '../../dist/internal/qr-version.js';
import * as utils from '../../dist/internal/qr-utils.js';
import * as levels from '../../dist/internal/qr-levels.js';
import {encode, encoding} from '../../dist/internal/qr-encode.js';

const require = createRequire(import.meta.url);
const {create} = require('qrcode/lib/core/qrcode.js');
const qrcodeMasks = require('qrcode/lib/core/mask-pattern.js');
const qrcodeVersion = require('qrcode/lib/core/version.js');
const BitMatrix = require('qrcode/lib/core/bit-matrix.js');
const ByteData = require('qrcode/lib/core/byte-data.js');
const ECLevel = require('qrcode/lib/core/error-correction-level.js');
const qrcodeUtils = require('qrcode/lib/core/utils.js');

const LEVELS = ['L', 'M', 'Q', 'H'];

/** A copy as qrcode's own BitMatrix, whose methods qrcode's functions call. */
function copy(m) {
  const c = new BitMatrix(m.size);
  c.data.set(m.data);
  c.reservedBit.set(m.reservedBit);
  return c;
}

/** A symbol as qrcode builds it, unmasked again (getBestMask rewrites its format bits). */
function unmasked(text, level, v) {
  const {modules, maskPattern} = create([{data: text, mode: 'byte'}], {errorCorrectionLevel: level, version: v});
  const m = copy(modules);
  qrcodeMasks.applyMask(maskPattern, m);
  return m;
}

test('masks: the choice is qrcode\'s, versions 1 to 40 at every level', () => {
  let symbols = 0;
  for (let v = 1; v <= 40; v++) {
    for (const level of LEVELS) {
      // 7 bytes a version fit every level (version 1 at H holds 7); the rest is padding.
      const text = Array.from({length: 7 * v}, (_, i) => String.fromCharCode(33 + ((i * 7 + v) % 90))).join('');
      const m = unmasked(text, level, v);
      const ours = copy(m);
      const calls = [];
      assert.equal(masks.getBestMask(ours, (p) => calls.push(p)), qrcodeMasks.getBestMask(copy(m), () => {}), `version ${v} ${level}`);
      // Every pattern scored, each with its format bits set first; the matrix left unmasked.
      assert.deepEqual(calls, [0, 1, 2, 3, 4, 5, 6, 7]);
      assert.deepEqual(ours.data, m.data);
      symbols++;
    }
  }
  assert.equal(symbols, 160);
});

test('masks: the same choice on 200 short addresses, as a page of course codes has', () => {
  for (let i = 0; i < 200; i++) {
    const m = unmasked(`https://lec.sjtu.edu.cn/course/${i * 37}?term=${i % 7}`, LEVELS[i % 4]);
    assert.equal(masks.getBestMask(copy(m), () => {}), qrcodeMasks.getBestMask(copy(m), () => {}), `address ${i}`);
  }
});

test('masks: the same modules flipped, never reserved ones, and a second pass undoes it', () => {
  const m = unmasked('https://lec.sjtu.edu.cn/', 'M', 5);
  for (let pattern = 0; pattern < 8; pattern++) {
    const ours = copy(m);
    const theirs = copy(m);
    masks.applyMask(pattern, ours);
    qrcodeMasks.applyMask(pattern, theirs);
    assert.deepEqual(ours.data, theirs.data, `pattern ${pattern}`);
    m.reservedBit.forEach((reserved, k) => reserved && assert.equal(ours.data[k], m.data[k]));
    masks.applyMask(pattern, ours);
    assert.deepEqual(ours.data, m.data);
  }
});

test('masks: a mask option is read as qrcode reads it', () => {
  for (const value of [undefined, null, '', 'x', -1, 8, 0, 7, '3', 2.5]) {
    assert.equal(masks.from(value), qrcodeMasks.from(value), String(value));
  }
});

test('version: qrcode\'s, at each version\'s capacity, one byte over and below, at every level', () => {
  let checked = 0;
  for (const name of LEVELS) {
    const level = ECLevel[name];
    let length = 1;
    for (let v = 1; v <= 40; v++) {
      // The longest text version v holds, as qrcode finds it.
      while (qrcodeVersion.getBestVersionForData([new ByteData('x'.repeat(length + 1))], level) === v) length++;
      for (const n of [length, length + 1, Math.max(1, length - 7)]) {
        const segments = [new ByteData('x'.repeat(n))];
        assert.equal(version.getBestVersionForData(segments, level), qrcodeVersion.getBestVersionForData(segments, level), `${n} bytes at ${name}`);
        checked++;
      }
    }
  }
  assert.equal(checked, 160 * 3);
});

test('version: the same version information bits, versions 7 to 40', () => {
  for (let v = 7; v <= 40; v++) assert.equal(version.getEncodedBits(v), qrcodeVersion.getEncodedBits(v), `version ${v}`);
});

test('version: a version option is read as qrcode reads it', () => {
  for (const value of [undefined, null, '', 'x', 0, 41, 1, 40, '7', 2.5]) {
    assert.equal(version.from(value, 99), qrcodeVersion.from(value, 99), String(value));
  }
});

test('utils: symbol sizes and codeword counts are qrcode\'s, versions 1 to 40', () => {
  for (let v = 1; v <= 40; v++) {
    assert.equal(utils.getSymbolSize(v), qrcodeUtils.getSymbolSize(v), `size, version ${v}`);
    assert.equal(utils.getSymbolTotalCodewords(v), qrcodeUtils.getSymbolTotalCodewords(v), `codewords, version ${v}`);
  }
  for (let n = 0; n < 1 << 18; n += 7) assert.equal(utils.getBCHDigit(n), qrcodeUtils.getBCHDigit(n), `digits of ${n}`);
});

test('levels: the same level objects\' bits, and the letters qr-encode.ts passes read as qrcode reads them', () => {
  for (const name of LEVELS) {
    assert.equal(levels[name].bit, ECLevel[name].bit);
    for (const letter of [name, name.toLowerCase()]) assert.equal(levels.from(letter, levels.M).bit, ECLevel.from(letter, ECLevel.M).bit);
  }
  for (const value of [undefined, null, '', 'x', 'LM']) assert.equal(levels.from(value, levels.M), levels.M, String(value));
});

/** The path qr-encode.ts draws, from qrcode's own create (its mask choice included). */
function qrcodePath(text, level) {
  const {size, data} = create([{data: text, mode: 'byte'}], {errorCorrectionLevel: level}).modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue;
      const start = x;
      while (x + 1 < size && data[y * size + x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1H${start}`;
    }
  }
  return {ok: true, size, path};
}

test('encoding in steps: the code qrcode creates, versions 1 to 40 at every level', () => {
  for (let v = 1; v <= 40; v += 3) {
    for (const level of LEVELS) {
      const text = Array.from({length: 7 * v}, (_, i) => String.fromCharCode(33 + ((i * 11 + v) % 90))).join('');
      assert.deepEqual(encode(text, level), qrcodePath(text, level), `version ${v} ${level}`);
    }
  }
  // Chinese and emoji as UTF-8 bytes.
  assert.deepEqual(encode('上海交通大学继续教育学院 🎓', 'Q'), qrcodePath('上海交通大学继续教育学院 🎓', 'Q'));
});

test('encoding in steps: one step a call with no time, ten in all (the symbol, eight masks, the drawing)', () => {
  const text = 'https://lec.sjtu.edu.cn/';
  const next = encoding(text, 'M');
  const calls = [];
  let code;
  while (!(code = next(0))) calls.push(code);
  assert.equal(calls.length, 9);
  assert.deepEqual(code, encode(text, 'M'));
  assert.equal(next(0), code, 'done: the same code again, not a second pass');
  // With time to spare, all in one call; too long a text is refused in the first.
  assert.deepEqual(encoding(text, 'M')(1000), code);
  assert.deepEqual(encoding('x'.repeat(3000), 'L')(0), {ok: false, reason: 'too-long', length: 3000, max: 2953});
});

// Stands in for qrcode's own mask-pattern.js in the bundles (see scripts/shrink.js). A code is
// masked with each of the eight patterns in turn and scored for features that trouble
// scanners (ISO/IEC 18004, 7.8.3); the lowest score wins. That choice is most of the time an
// encoding takes, and qrcode makes four passes per pattern, each reading every module through
// a method call. Here one pass over the module array scores all four rules: the same rules
// and the same choice (scripts/smoke.js compares the bundles' codes with qrcode's, and
// test/node/qr-stand-ins.test.js this module with qrcode's on a corpus). In Node 20, choosing
// the masks of 200 course-list codes (version 4) takes 16 ms warm, against 36 ms for this
// module's first version (one pass, branching on colours, a call per module to flip) and 42 ms
// for qrcode's.

/** qrcode's BitMatrix: modules row by row, 1 for dark; reserved modules are never masked. */
export interface Matrix {
  size: number;
  data: Uint8Array;
  reservedBit: Uint8Array;
}

/** Whether the mask flips the module at (row i, column j), for each pattern 0 to 7. */
const PATTERNS: Array<(i: number, j: number) => boolean> = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** A mask pattern given as an option, as qrcode reads it: 0 to 7, else undefined. */
export function from(value: unknown): number | undefined {
  const n = Number(value);
  return value != null && value !== '' && n >= 0 && n <= 7 ? parseInt(String(value), 10) : undefined;
}

/** Each pattern as one flag per module (1: flip), for the last size it was needed at. */
const patternBits: Uint8Array[] = [];

/**
 * The pattern as flags, for codes of this size. A course list's codes are mostly of one size,
 * so each pattern is computed once for all of them: flipping then costs no call per module
 * (sixteen flips per code, half of choosing its mask before).
 */
function patternOf(pattern: number, size: number) {
  let bits = patternBits[pattern];
  if (bits?.length !== size * size) {
    bits = patternBits[pattern] = new Uint8Array(size * size);
    for (let k = 0; k < bits.length; k++) bits[k] = +PATTERNS[pattern](Math.floor(k / size), k % size);
  }
  return bits;
}

/** Flips the modules the pattern selects, reserved ones excepted; applying it twice undoes it. */
export function applyMask(pattern: number, {size, data, reservedBit}: Matrix) {
  const bits = patternOf(pattern, size);
  // ~reserved is ...1110 for a reserved module (the flag 0 is kept) and all ones otherwise.
  for (let k = 0; k < data.length; k++) data[k] ^= bits[k] & ~reservedBit[k];
}

/**
 * The penalty score: runs of five or more modules of one colour in a row or column (N1),
 * 2×2 blocks of one colour (N2), finder-like 1:1:3:1:1 patterns with four light modules on
 * one side (N3), and how far the share of dark modules is from half (N4). Row a and column a
 * are read in the same pass.
 */
function penalty({size, data}: Matrix) {
  const run = RUN_POINTS;
  let points = 0;
  let dark = 0;
  // Without branching on the modules' colours, which are as good as random (a mispredicted
  // branch per module cost more than the arithmetic): where the colour changes (changed = 1),
  // the run that ended scores (n & -1 is n) and a new one starts at 1; else nothing scores
  // (n & 0 is 0, and run[0] is 0) and the run grows.
  for (let a = 0; a < size; a++) {
    let rowRun = 0;
    let colRun = 0;
    let rowLast = data[a * size];
    let colLast = data[a];
    let rowBits = 0;
    let colBits = 0;
    for (let b = 0; b < size; b++) {
      const k = a * size + b;
      const r = data[k];
      const c = data[b * size + a];
      dark += r;
      const rowChanged = r ^ rowLast;
      const colChanged = c ^ colLast;
      points += run[rowRun & -rowChanged] + run[colRun & -colChanged];
      rowRun = (rowRun & (rowChanged - 1)) + 1;
      colRun = (colRun & (colChanged - 1)) + 1;
      rowLast = r;
      colLast = c;
      rowBits = ((rowBits << 1) & 0x7ff) | r;
      colBits = ((colBits << 1) & 0x7ff) | c;
      if (b >= 10) points += finderLike(rowBits) + finderLike(colBits);
      if (a < size - 1 && b < size - 1) {
        const block = r + data[k + 1] + data[k + size] + data[k + size + 1];
        if (block === 0 || block === 4) points += 3; // N2
      }
    }
    points += run[rowRun] + run[colRun];
  }
  const total = size * size;
  return points + Math.abs(Math.ceil((dark * 100) / total / 5) - 10) * 10; // N4
}

/** N3: a finder-like 1:1:3:1:1 pattern with four light modules before or after it (the last 11 modules read). */
const finderLike = (bits: number) => (bits === 0x5d0 || bits === 0x05d ? 40 : 0);

/** N1's points for a run of each length a symbol can have: 3 for five modules, one more for each more; none below five. */
const RUN_POINTS = Int32Array.from({length: 178}, (_, n) => (n < 5 ? 0 : n - 2));

/**
 * Scores the patterns one per call, in order, each with its format bits set (`setupFormat`) and
 * the matrix left unmasked again. Returns undefined until all eight are scored, then the one
 * with the lowest penalty (the first of equals). One pattern per call lets an encoding pause
 * between them (see qr-encode.ts).
 */
export function maskScorer(data: Matrix, setupFormat: (pattern: number) => void): () => number | undefined {
  let pattern = 0;
  let best = 0;
  let lowest = Infinity;
  return () => {
    if (pattern === 8) return best;
    setupFormat(pattern);
    applyMask(pattern, data);
    const points = penalty(data);
    applyMask(pattern, data);
    if (points < lowest) {
      lowest = points;
      best = pattern;
    }
    pattern++;
    return undefined;
  };
}

/** The pattern with the lowest penalty (the first of equals), each scored with its format bits set. */
export function getBestMask(data: Matrix, setupFormat: (pattern: number) => void): number {
  const next = maskScorer(data, setupFormat);
  let best: number | undefined;
  while ((best = next()) === undefined);
  return best;
}

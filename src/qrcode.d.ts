// The qrcode package ships no types; we use only its core encoder (no canvas or SVG renderer).
declare module 'qrcode/lib/core/qrcode.js' {
  export interface QrSymbol {
    modules: {size: number; data: Uint8Array; reservedBit: Uint8Array};
    version: number;
    maskPattern: number;
  }
  export function create(
    text: string | Array<{data: string; mode: 'byte'}>,
    options?: {errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; version?: number}
  ): QrSymbol;
}

declare module 'qrcode/lib/core/byte-data.js' {
  export default class ByteData {
    constructor(data: string);
  }
}

// Only for test/qr-masks.test.ts: the bundles use src/internal/qr-masks.ts in its place.
declare module 'qrcode/lib/core/bit-matrix.js' {
  export default class BitMatrix {
    constructor(size: number);
    size: number;
    data: Uint8Array;
    reservedBit: Uint8Array;
  }
}

declare module 'qrcode/lib/core/mask-pattern.js' {
  type Matrix = {size: number; data: Uint8Array; reservedBit: Uint8Array};
  const masks: {
    from(value: unknown): number | undefined;
    applyMask(pattern: number, matrix: Matrix): void;
    getBestMask(matrix: Matrix, setupFormat: (pattern: number) => void): number;
  };
  export default masks;
}

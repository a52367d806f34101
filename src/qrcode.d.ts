// The qrcode package ships no types; we use only its core encoder (no canvas or SVG renderer).
declare module 'qrcode/lib/core/qrcode.js' {
  export interface QrSymbol {
    modules: {size: number; data: Uint8Array; reservedBit: Uint8Array};
    version: number;
    maskPattern: number;
  }
  export function create(
    text: string | Array<{data: string; mode: 'byte'}>,
    options?: {errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; version?: number; maskPattern?: number}
  ): QrSymbol;
}

// What src/internal/qr-version.ts reads of qrcode's tables.
declare module 'qrcode/lib/core/error-correction-code.js' {
  export function getTotalCodewordsCount(version: number, level: {bit: number}): number;
}
declare module 'qrcode/lib/core/mode.js' {
  export const BYTE: {bit: number; ccBits: number[]};
  export function getCharCountIndicator(mode: {ccBits: number[]}, version: number): number;
}

// What src/internal/qr-encode.ts writes when it scores and sets each mask pattern.
declare module 'qrcode/lib/core/format-info.js' {
  export function getEncodedBits(level: {bit: number}, mask: number): number;
}

declare module 'qrcode/lib/core/byte-data.js' {
  export default class ByteData {
    constructor(data: string);
  }
}

// The qrcode package ships no types; we use only its core encoder (no canvas or SVG renderer).
declare module 'qrcode/lib/core/qrcode.js' {
  export interface QrSymbol {
    modules: {size: number; data: Uint8Array};
    version: number;
  }
  export function create(
    text: string | Array<{data: string; mode: 'byte'}>,
    options?: {errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'}
  ): QrSymbol;
}

declare module 'qrcode/lib/core/byte-data.js' {
  export default class ByteData {
    constructor(data: string);
  }
}

// The floor: what any bundle built on our three dependencies carries before a line of our own
// code. Re-exporting keeps esbuild from tree-shaking them away.
export * from 'lit';
export * from '@lit/localize';
export {create} from 'qrcode/lib/core/qrcode.js';

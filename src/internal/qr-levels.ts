// Stands in for qrcode's error-correction-level.js in the bundles (see scripts/shrink.js): the
// four levels, and the option read from the letters qr-encode.ts passes. qrcode's own also
// reads words ("low", "quartile"...) and level objects, which the bundles never pass.

/** The levels, with the two bits the format information gives each (ISO/IEC 18004, 7.9). */
export const L = {bit: 1};
export const M = {bit: 0};
export const Q = {bit: 3};
export const H = {bit: 2};

/** The level a letter names, in either case; anything else gives the default. */
export const from = (value: unknown, defaultValue: {bit: number}) =>
  ({L, M, Q, H} as Record<string, {bit: number}>)[String(value).toUpperCase()] ?? defaultValue;

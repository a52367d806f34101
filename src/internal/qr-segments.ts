// Stands in for qrcode's own segments.js in the one-tag bundle (see scripts/shrink.js).
// We always hand qrcode a single byte-mode segment (UTF-8), so its segment optimiser
// (a Dijkstra search with Kanji, numeric and alphanumeric tables, about 2 KB gzip) is dead
// weight there. Behaviour is the same as the real module's fromArray for byte segments,
// which is what the unit tests run.
import ByteData from 'qrcode/lib/core/byte-data.js';

export const fromArray = (segments: Array<{data: string}>) =>
  segments.map((segment) => new ByteData(segment.data));

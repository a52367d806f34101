// Source maps that show our sources as written. scripts/shrink.js rewrites each src/*.ts as it
// loads (styles collapsed, translators' notes and indentation dropped), so esbuild's maps would
// carry that rewritten text as the source. withOriginalSources() wraps the shrink plugin: each
// rewritten src/*.ts gets an inline source map back to the file on disk, which esbuild follows,
// so the bundles' maps carry the original file and point into it. The bundles' code is the same.
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest) digit |= 32;
    out += VLQ[digit];
  } while (rest);
  return out;
}

/** Each line start in `text`, for turning offsets into line and column. */
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Pairs each kept character of `shrunk` with its offset in `original`. The rewrite only deletes
 * (indentation, notes) outside css`` templates and rewrites their bodies, so: characters match
 * one for one; a css`` body maps as a whole to its start; after a deletion, the shrunk text that
 * follows (up to 32 characters, within its line, shortened until it is found) is looked for a
 * little further on in the original.
 * Returns undefined if the texts cannot be paired that way (a new kind of rewrite).
 */
export function pairOffsets(original, shrunk) {
  const pairs = [];
  let o = 0;
  for (let s = 0; s < shrunk.length; ) {
    if (shrunk.startsWith('css`', s) && original.startsWith('css`', o)) {
      const sEnd = shrunk.indexOf('`', s + 4);
      const oEnd = original.indexOf('`', o + 4);
      if (sEnd === -1 || oEnd === -1) return undefined;
      for (let i = s; i < s + 4; i++) pairs.push([i, o + i - s]);
      for (let i = s + 4; i < sEnd; i++) pairs.push([i, o + 4]);
      s = sEnd;
      o = oEnd;
      continue;
    }
    if (shrunk[s] === original[o]) {
      pairs.push([s++, o++]);
      continue;
    }
    const lineEnd = shrunk.indexOf('\n', s);
    const end = lineEnd === -1 ? shrunk.length : lineEnd + 1;
    let found = -1;
    // Longest first: a short chunk could match too early; a long one may span the next deletion.
    for (let length = 32; found === -1 && length >= 1; length >>= 1) {
      found = original.slice(o, o + 2000).indexOf(shrunk.slice(s, Math.min(s + length, end)));
    }
    if (found === -1) return undefined;
    o += found;
  }
  return pairs;
}

/** A source map from `shrunk` back to `original` (named `file`), or undefined. */
export function shrunkSourceMap(original, shrunk, file) {
  const pairs = pairOffsets(original, shrunk);
  if (!pairs) return undefined;
  const sLines = lineStarts(shrunk);
  const oLines = lineStarts(original);
  const lineOf = (starts, offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lines = sLines.map(() => []);
  let prevLine = 0;
  let prevCol = 0;
  for (const [s, o] of pairs) {
    const sLine = lineOf(sLines, s);
    const oLine = lineOf(oLines, o);
    const oCol = o - oLines[oLine];
    lines[sLine].push({col: s - sLines[sLine], oLine, oCol});
  }
  const mappings = lines
    .map((segments) => {
      let prevGenCol = 0;
      return segments
        .map(({col, oLine, oCol}) => {
          const segment = vlq(col - prevGenCol) + vlq(0) + vlq(oLine - prevLine) + vlq(oCol - prevCol);
          prevGenCol = col;
          prevLine = oLine;
          prevCol = oCol;
          return segment;
        })
        .join(',');
    })
    .join(';');
  return {version: 3, sources: [file], sourcesContent: [original], names: [], mappings};
}

/** `plugin` (scripts/shrink.js), with an inline source map on every src/*.ts it rewrites. */
export function withOriginalSources(plugin) {
  return {
    name: `${plugin.name}, original sources`,
    setup(build) {
      const onLoad = (options, callback) =>
        build.onLoad(options, async (args) => {
          const result = await callback(args);
          if (typeof result?.contents !== 'string' || !/[\\/]src[\\/].*\.ts$/.test(args.path)) return result;
          const original = readFileSync(args.path, 'utf8');
          if (result.contents === original) return result;
          const map = shrunkSourceMap(original, result.contents, basename(args.path));
          if (!map) {
            console.warn(`${args.path}: cannot map the rewritten source back; its source map shows the rewritten text.`);
            return result;
          }
          const inline = Buffer.from(JSON.stringify(map)).toString('base64');
          return {...result, contents: `${result.contents}\n//# sourceMappingURL=data:application/json;base64,${inline}\n`};
        });
      plugin.setup({...build, onLoad});
    },
  };
}

// Source transforms for the one-tag bundles (esbuild cannot minify inside template literals).
import {readFileSync} from 'node:fs';

/** Collapses comments and white space in css`...` templates (ours hold no ${} or backticks). */
export function minifyCss(source) {
  return source.replace(/\bcss`([^`]*)`/g, (_, body) => {
    const css = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2')
      .replace(/\s*!important/g, '!important')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${css}\``;
  });
}

/**
 * Drops the translators' notes from msg() options: lit-localize reads them from the source at
 * extract time; at run time they are dead weight (about 1 KB gzip over all messages).
 */
export function stripMsgDescriptions(source) {
  return source.replace(/\bdesc:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,?/g, '');
}

/**
 * Removes the indentation after every line break. Outside template literals that changes
 * nothing (line breaks stay, so automatic semicolons too); inside html`` templates the
 * indentation is insignificant white space. Done on the source, not the bundle, so source maps
 * keep their lines. A msg() template must stay on one line: its id is a hash of the source text,
 * and scripts/smoke.js checks that the bundle still finds every Chinese text.
 */
export function dropIndentation(source) {
  return source.replace(/\n[ \t]+/g, '\n');
}

// qrcode's segment optimiser is never called (we pass one byte segment): swap in ours.
const segmentsStandIn = {
  name: 'qrcode-byte-segments',
  setup(build) {
    const inQrcode = (args) => /[\\/]qrcode[\\/]lib[\\/]core$/.test(args.resolveDir);
    build.onResolve({filter: /^\.\/segments$/}, (args) =>
      inQrcode(args)
        ? {path: new URL('../src/internal/qr-segments.ts', import.meta.url).pathname}
        : undefined
    );
    // regex.js only serves mode detection, which the stand-in never asks for.
    build.onResolve({filter: /^\.\/regex$/}, (args) =>
      inQrcode(args) ? {path: 'qrcode-regex', namespace: 'empty'} : undefined
    );
    build.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: '', loader: 'js'}));
  },
};

// Styles are template literals that esbuild cannot minify, and translators' notes are dead
// weight at run time: shrink both as the sources load.
export const shrinkPlugin = {
  name: 'shrink-sources',
  setup(build) {
    segmentsStandIn.setup(build);
    build.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, (args) => ({
      contents: dropIndentation(stripMsgDescriptions(minifyCss(readFileSync(args.path, 'utf8')))),
      loader: 'ts',
    }));
  },
};


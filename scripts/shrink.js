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

// Styles are template literals that esbuild cannot minify, and translators' notes are dead
// weight at run time: shrink both as the sources load.
export const shrinkPlugin = {
  name: 'shrink-sources',
  setup(build) {
    build.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, (args) => ({
      contents: stripMsgDescriptions(minifyCss(readFileSync(args.path, 'utf8'))),
      loader: 'ts',
    }));
  },
};


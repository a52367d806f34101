// Source transforms for the one-tag bundles (esbuild cannot minify inside template literals).
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';

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
  return (
    source
      .replace(/\bdesc:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,?/g, '')
      // An options object left empty goes too: msg('Text', {}) is msg('Text').
      .replace(/,\s*\{\s*\}(\s*\))/g, '$1')
  );
}

/**
 * Removes the indentation after every line break. Outside template literals that changes
 * nothing (line breaks stay, so automatic semicolons too); inside html`` templates the
 * indentation is insignificant white space. Done on the source, not the bundle, so source maps
 * keep their lines. A msg() template must stay on one line: its id is a hash of the source text
 * (see oneLineMessages), and scripts/smoke.js checks that the bundle still finds the Chinese texts.
 */
export function dropIndentation(source) {
  return source.replace(/\n[ \t]+/g, '\n');
}

/**
 * Fails the build on a msg() template literal written over several lines. lit-localize finds a
 * translation by a hash of the template's text; dropIndentation would change that text in the
 * bundle, so the message would silently stay English on Chinese pages.
 */
export function oneLineMessages(source, file) {
  for (const [call, text] of source.matchAll(/\bmsg\(\s*(?:str|html)?`([^`]*)`/g)) {
    if (text.includes('\n')) {
      throw new Error(`${file}: write this msg() template on one line (its id is a hash of its text): ${call.slice(0, 60)}`);
    }
  }
  return source;
}

// qrcode's segment optimiser is never called (we pass one byte segment): swap in ours, with a
// version finder for byte segments only, and smaller utilities and levels for what we pass. And
// its mask choice, the costly part of encoding, for one that makes the same choice faster.
const segmentsStandIn = {
  name: 'qrcode-stand-ins',
  setup(build) {
    const inQrcode = (args) => /[\\/]qrcode[\\/]lib[\\/]core$/.test(args.resolveDir);
    const standIns = {
      './segments': 'qr-segments.ts',
      './mask-pattern': 'qr-masks.ts',
      './version': 'qr-version.ts',
      './utils': 'qr-utils.ts',
      './error-correction-level': 'qr-levels.ts',
    };
    build.onResolve({filter: /^\.\/(segments|mask-pattern|version|utils|error-correction-level)$/}, (args) =>
      inQrcode(args)
        ? {path: new URL(`../src/internal/${standIns[args.path]}`, import.meta.url).pathname}
        : undefined
    );
    // regex.js only serves mode detection, which the stand-in never asks for.
    build.onResolve({filter: /^\.\/regex$/}, (args) =>
      inQrcode(args) ? {path: 'qrcode-regex', namespace: 'empty'} : undefined
    );
    build.onLoad({filter: /.*/, namespace: 'empty'}, () => ({contents: 'export {}', loader: 'js'}));
  },
};

/**
 * Rewrites one of qrcode's CommonJS core modules as an ES module. esbuild cannot tree-shake
 * or rename CommonJS exports: each module would stay a wrapped object with its full property
 * names (`getSymbolTotalCodewords`), plus interop helpers. As ES modules, unused functions drop
 * out and the rest minify like our own code (about 1 KB gzip). qrcode's core is written in
 * a few plain patterns, handled below line by line (so source maps stay exact); anything left
 * over fails the build, so a new qrcode version cannot slip through half converted, and
 * scripts/smoke.js checks that the bundles draw the same codes as the published package.
 * `hasDefault` tells whether a sibling module exports a single value (`module.exports = X`).
 */
export function qrcodeModuleToEsm(source, hasDefault) {
  const esm = source
    // const getSymbolSize = require('./utils').getSymbolSize
    .replace(/^const (\w+) = require\('(\.\/[\w-]+)'\)\.(\w+)$/gm, "import {$3 as $1} from '$2'")
    // const Utils = require('./utils')  /  const BitBuffer = require('./bit-buffer')
    .replace(/^const (\w+) = require\('(\.\/[\w-]+)'\)$/gm, (_, name, path) =>
      hasDefault(path) ? `import ${name} from '${path}'` : `import * as ${name} from '${path}'`
    )
    // exports.getSymbolSize = function getSymbolSize (version) {  (some are anonymous)
    .replace(/^exports\.(\w+) = function(?: \w+)? ?\(/gm, 'export function $1 (')
    // exports.L = { bit: 1 }
    .replace(/^exports\.(\w+) = /gm, 'export const $1 = ')
    // module.exports = BitBuffer
    .replace(/^module\.exports = (\w+)$/gm, 'export default $1')
    // exports.isValid(value) inside the module
    .replace(/\bexports\.(\w+)/g, '$1');
  const left = /\brequire\s*\(|\bexports\b|\bmodule\.exports\b/.exec(esm);
  if (left) throw new Error(`qrcode module not fully converted to ESM: "${left[0]}" is left.`);
  return esm;
}

const qrcodeAsModules = {
  name: 'qrcode-as-es-modules',
  setup(build) {
    build.onLoad({filter: /[\\/]qrcode[\\/]lib[\\/]core[\\/][\w-]+\.js$/}, (args) => {
      const dir = dirname(args.path);
      const hasDefault = (path) =>
        /^module\.exports = /m.test(readFileSync(join(dir, `${path}.js`), 'utf8'));
      return {contents: qrcodeModuleToEsm(readFileSync(args.path, 'utf8'), hasDefault), loader: 'js'};
    });
  },
};

/**
 * Routes Lit's `trustedTypes.createPolicy("lit-html", ...)` through litPolicy() in
 * src/internal/trusted-script.ts, which catches the page's refusal (another copy of Lit took the
 * name and the CSP lacks 'allow-duplicates'). Uncaught, it would stop the whole bundle before
 * it could say why; caught, src/lec.ts defines nothing and logs the CSP to use. The new call has
 * the same length and the import goes last, so Lit's source map keeps its columns.
 */
export function catchLitPolicy(source) {
  const call = /\b(\w)\.createPolicy\("lit-html",/g;
  if (source.match(call)?.length !== 1) throw new Error('lit-html: expected one createPolicy("lit-html", ...) call.');
  const helper = new URL('../src/internal/trusted-script.ts', import.meta.url).pathname;
  return `${source.replace(call, 'lecLitPolicy($1,"lit-html",')}\nimport {litPolicy as lecLitPolicy} from ${JSON.stringify(helper)};\n`;
}

/**
 * @lit/localize's entry re-exports its runtime mode, whose module state (a resolved Deferred)
 * esbuild must keep, as it cannot know that creating it has no effect. We never use that mode
 * (src/internal/localization.ts uses the reentrant one): say the module has no side effects, so
 * it drops out when nothing of it is used (about 0.1 KB gzip).
 */
const localizeRuntimeUnused = {
  name: 'lit-localize-runtime-unused',
  setup(build) {
    build.onResolve({filter: /^\.\/init\/runtime\.js$/}, (args) =>
      /[\\/]@lit[\\/]localize$/.test(args.resolveDir)
        ? {path: join(args.resolveDir, 'init/runtime.js'), sideEffects: false}
        : undefined
    );
  },
};

// Styles are template literals that esbuild cannot minify, and translators' notes are dead
// weight at run time: shrink both as the sources load.
export const shrinkPlugin = {
  name: 'shrink-sources',
  setup(build) {
    segmentsStandIn.setup(build);
    qrcodeAsModules.setup(build);
    localizeRuntimeUnused.setup(build);
    build.onLoad({filter: /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/}, (args) => ({
      contents: catchLitPolicy(readFileSync(args.path, 'utf8')),
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
    build.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, (args) => ({
      contents: dropIndentation(
        stripMsgDescriptions(minifyCss(oneLineMessages(readFileSync(args.path, 'utf8'), args.path)))
      ),
      loader: 'ts',
    }));
  },
};


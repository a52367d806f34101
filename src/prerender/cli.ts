#!/usr/bin/env node
/// <reference types="node" />
// lec-prerender: the prerenderer (./prerender.js) for a page, a folder of pages, or stdin.
import {copyFile, mkdir, readFile, readdir, rename, rm, stat, writeFile} from 'node:fs/promises';
import {dirname, join, relative, sep} from 'node:path';
import {parseArgs} from 'node:util';
import {parse} from 'parse5';
import {prerender, styleHashes} from './prerender.js';
import {attribute, elementsIn} from './tree.js';

const USAGE = `Usage:
  lec-prerender page.html [--url https://example.edu/about.htm] [-o out.html]
  lec-prerender site/ --out-dir dist-site/ [--base-url https://example.edu/]
  lec-prerender < page.html > out.html
  lec-prerender --csp-hashes

Renders every <lec-about>, <lec-breadcrumb> and <lec-qr> of each page as declarative shadow DOM,
in the language of the page's <html lang>, for crawlers and readers without JavaScript. Load
dist/lec.ssr.js (not lec.js) on the pages, so the elements hydrate in place.

Options:
  --url URL          The page's address, for QR codes without a value (default: its canonical link).
  --base-url URL     For a folder: the address of the folder; each page's address is that plus its path.
  -o, --out FILE     Where to write the page (default: standard output).
  --out-dir DIR      For a folder: where to write the site; other files are copied as they are.
  --light-dom-text   Also write the About paragraphs as plain <p> children of <lec-about>.
  --csp-hashes       Print the style-src sources a Content-Security-Policy needs for the
                     prerendered styles (without 'unsafe-inline'), and exit.
  -h, --help         Show this help.`;

/** A failure the user can act on: printed as one line, exit code 1. */
class UsageError extends Error {}

const HTML_FILE = /\.html?$/i;

async function main(argv: string[]) {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: {type: 'string'},
      'base-url': {type: 'string'},
      out: {type: 'string', short: 'o'},
      'out-dir': {type: 'string'},
      'light-dom-text': {type: 'boolean', default: false},
      'csp-hashes': {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
  if (values.help) return void console.log(USAGE);
  if (values['csp-hashes']) return void console.log((await styleHashes()).join(' '));
  if (positionals.length > 1) throw new UsageError(`one page or folder at a time, got ${positionals.length}; see --help.`);
  const input = positionals[0] ?? '-';
  const lightDomText = values['light-dom-text'];

  if (input !== '-' && (await kindOf(input)) === 'folder') {
    const outDir = values['out-dir'];
    if (!outDir) throw new UsageError(`${input} is a folder: give --out-dir for the prerendered copy.`);
    if (values.url) throw new UsageError('--url names one page; for a folder give --base-url.');
    return prerenderFolder(input, outDir, values['base-url'], lightDomText);
  }
  if (values['out-dir'] || values['base-url']) throw new UsageError('--out-dir and --base-url are for a folder; for one page use -o and --url.');
  const name = input === '-' ? 'standard input' : input;
  const source = input === '-' ? await readStdin() : await readPage(input);
  const html = await render(name, source, values.url, lightDomText);
  if (values.out) await writeAtomically(values.out, html);
  else process.stdout.write(html);
}

/** Every page of the folder, rendered before anything is written: a bad page leaves no half-done copy. */
async function prerenderFolder(dir: string, outDir: string, baseUrl: string | undefined, lightDomText: boolean) {
  if (baseUrl !== undefined && !/^https?:\/\//i.test(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, got ${baseUrl}.`);
  const files = await listFiles(dir);
  const pages = new Map<string, string>();
  for (const file of files.filter((f) => HTML_FILE.test(f))) {
    // Each name encoded: a file named "http:evil.example.html" or "a#b.html" is a path, not an address.
    const path = relative(dir, file).split(sep).map(encodeURIComponent).join('/');
    const url = baseUrl === undefined ? undefined : new URL(`./${path}`, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
    pages.set(file, await render(file, await readPage(file), url, lightDomText));
  }
  for (const file of files) {
    const target = join(outDir, relative(dir, file));
    await mkdir(dirname(target), {recursive: true});
    const html = pages.get(file);
    if (html === undefined) await copyFile(file, target);
    else await writeAtomically(target, html);
  }
  console.error(`lec-prerender: ${pages.size} page${pages.size === 1 ? '' : 's'} prerendered into ${outDir} (${files.length - pages.size} other files copied).`);
}

async function render(name: string, source: string, url: string | undefined, lightDomText: boolean) {
  try {
    return await prerender(source, {url, lightDomText, onWarning: (message) => console.error(`lec-prerender: warning: ${name}: ${message}`)});
  } catch (error) {
    throw new UsageError(`${name}: ${(error as Error).message}`);
  }
}

async function kindOf(path: string): Promise<'file' | 'folder'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    throw new UsageError(`cannot read ${path}: no such file or folder.`);
  }
}

async function readPage(path: string) {
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  return utf8Page(path, bytes);
}

async function readStdin() {
  if (process.stdin.isTTY) throw new UsageError('no page given: name a file or folder, or pipe a page in; see --help.');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return utf8Page('standard input', Buffer.concat(chunks));
}

/** Labels a browser reads as UTF-8 in a meta tag (WHATWG Encoding; one that says UTF-16 means UTF-8 there). */
const UTF8_LABELS = /^(?:utf-?8|unicode-1-1-utf-8|unicode11utf8|unicode20utf8|x-unicode20utf8|utf-16(?:be|le)?|unicodef(?:eff|ffe)|csunicode|iso-10646-ucs-2|ucs-2|unicode)$/i;

/**
 * The charset the page's first meta tag with one declares: `<meta charset>`, or
 * `<meta http-equiv="Content-Type" content="...; charset=x">`. Read from the parsed page (as
 * without scripts, so one in <noscript> counts): one in a comment, in a script's text or in a
 * description is not taken for it.
 */
function declaredCharset(text: string): string | undefined {
  for (const meta of elementsIn(parse(text, {scriptingEnabled: false}))) {
    if (meta.tagName !== 'meta') continue;
    const httpEquiv = attribute(meta, 'http-equiv')?.toLowerCase() === 'content-type';
    const charset = (attribute(meta, 'charset') ?? (httpEquiv ? /charset\s*=\s*["']?([^\s"';]+)/i.exec(attribute(meta, 'content') ?? '')?.[1] : undefined))?.trim();
    // A label no browser knows is skipped, as a browser skips it for the next meta.
    if (charset && knownLabel(charset)) return charset;
  }
  return undefined;
}

/** Whether `label` names an encoding (WHATWG Encoding, as Node's TextDecoder knows them). */
function knownLabel(label: string) {
  try {
    return !!new TextDecoder(label);
  } catch {
    return false;
  }
}

/**
 * The page's text, if it is UTF-8 and says nothing else. The elements write Chinese text into the
 * page, which is written back as UTF-8: a GBK page would lose every Chinese character of its own
 * (read as U+FFFD), and one that declares GBK would show ours garbled. Refused, with what to do.
 * A byte-order mark says UTF-8 whatever a meta tag says, as in a browser.
 */
function utf8Page(name: string, bytes: Uint8Array) {
  let text;
  try {
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    throw new UsageError(`${name}: not UTF-8 text (GBK?); convert the page to UTF-8 first (for example iconv -f GBK -t UTF-8) and set <meta charset="utf-8">.`);
  }
  const declared = text.startsWith('\uFEFF') ? undefined : declaredCharset(text);
  if (declared && !UTF8_LABELS.test(declared)) {
    throw new UsageError(`${name}: the page declares charset ${declared}; the prerendered page is UTF-8: convert it and set <meta charset="utf-8">.`);
  }
  return text;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : Promise.resolve(e.isFile() ? [join(dir, e.name)] : [])))
  );
  return nested.flat().sort();
}

/** Writes beside the target, then renames: a reader never sees half a file, a failure leaves none. */
async function writeAtomically(path: string, text: string) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), {recursive: true});
    await writeFile(temp, text);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, {force: true});
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof UsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')
    ? (error as Error).message
    : String((error as Error).stack ?? error);
  console.error(`lec-prerender: ${message}`);
  process.exitCode = 1;
});

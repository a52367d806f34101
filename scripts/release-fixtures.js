// Dev-server middleware for test/release-kit.test.ts: the webmaster release kit, unpacked as a
// webmaster would, from the zip itself (scripts/zip.js's reader).
//   /kit/                 JSON: {zip, bytes, files}: the zip's path and size, the names inside
//   /kit/<name>           that file of the zip, byte for byte (integrity values must match)
//   /kit/<name>?cors      the same with Access-Control-Allow-Origin: *, as a CDN set up for CORS
//   POST /kit-pages/      keeps the host page in the request body; answers /kit-pages/<n>.html
//   /kit-pages/<n>.html   that page, as a document of this origin with a short address (a
//                         <lec-qr> without value encodes its page's address, which must fit)
// The zip is release/sjtu-lec-elements-<version>.zip. When it is missing, or older than the files
// it is made of (dist/ is rebuilt before every test run), /kit/ runs scripts/release-kit.js
// first; if that fails, every /kit/ URL answers 404 with what to run.
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {readFile, readdir, stat} from 'node:fs/promises';
import {readZip} from './zip.js';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const ZIP = `release/sjtu-lec-elements-${version}.zip`;
const TYPES = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

const mtime = (file) => stat(file).then((s) => s.mtimeMs, () => undefined);

/** When the newest of the files the kit is made of changed. */
async function sourcesChanged() {
  const cdn = await readdir('dist/cdn').catch(() => []);
  const sources = [
    'dist/lec.js',
    'dist/lec.iife.js',
    'dist/lec.css',
    ...cdn.filter((f) => f.endsWith('.js')).map((f) => `dist/cdn/${f}`),
    'README.md',
    'package.json',
    'scripts/release-kit.js',
    'scripts/zip.js',
  ];
  return Math.max(0, ...(await Promise.all(sources.map(mtime))).filter((t) => t !== undefined));
}

let building;
/** Runs npm run release-kit's script; resolves to undefined, or to why it failed. */
function buildKit() {
  building ??= new Promise((resolve) => {
    execFile(process.execPath, ['scripts/release-kit.js'], (error, stdout, stderr) => {
      building = undefined;
      resolve(error ? `${ZIP} could not be made (${(stderr || error.message).trim()}): run npm run release-kit` : undefined);
    });
  });
  return building;
}

let cache;
/** The kit's files, read from the zip again whenever it changed; {error} if there is none. */
async function kit({refresh}) {
  const made = await mtime(ZIP);
  if (made === undefined || (refresh && (await sourcesChanged()) > made)) {
    const error = await buildKit();
    if (error) return {error};
  }
  const {mtimeMs, size} = await stat(ZIP).catch(() => ({}));
  if (mtimeMs === undefined) return {error: `${ZIP} is missing: run npm run release-kit`};
  if (cache?.mtimeMs !== mtimeMs) cache = {mtimeMs, size, files: readZip(await readFile(ZIP))};
  return cache;
}

const pages = new Map();

export async function releaseFixtures(context, next) {
  const {path, method} = context;
  if (path === '/kit-pages/' && method === 'POST') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    const page = `/kit-pages/${pages.size + 1}.html`;
    pages.set(page, Buffer.concat(chunks).toString('utf8'));
    context.body = page;
    return;
  }
  if (pages.has(path)) {
    context.type = TYPES.html;
    context.set('Cache-Control', 'no-store');
    context.body = pages.get(path);
    return;
  }
  if (!path.startsWith('/kit/')) return next();

  const {error, size, files} = await kit({refresh: path === '/kit/'});
  context.set('Cache-Control', 'no-store');
  // The same rule as the config's own CORS middleware, so that this file says it all.
  if ('cors' in context.query) context.set('Access-Control-Allow-Origin', '*');
  const name = decodeURIComponent(path.slice('/kit/'.length));
  if (error) {
    context.status = 404;
    context.body = error;
  } else if (!name) {
    context.body = {zip: ZIP, bytes: size, files: [...files.keys()]};
  } else if (files.has(name)) {
    context.type = TYPES[name.split('.').pop()] ?? 'application/octet-stream';
    context.body = files.get(name);
  } else {
    context.status = 404;
    context.body = `${name} is not in ${ZIP}`;
  }
}

// Dev-server middleware for test/cms-lit.test.ts: what a CMS page loads besides its own HTML.
//   /cms/lec.js, /cms/lec.iife.js   dist/ byte for byte, as a CDN serves them (the dev server
//                                   would run its esbuild transform over /dist/*.js, and SRI
//                                   hashes must match the built file)
//   /cms/sri/lec.js, ...            the file's integrity value, computed as the README tells
//                                   webmasters to: base64 of its SHA-384, after "sha384-"
//   /cms/other-lit-app.js?lit=2|3   another team's Lit application (test/fixtures/cms/
//     [&format=iife]                other-lit-app.js), bundled by esbuild against the real Lit 2
//                                   (npm alias lit2) or Lit 3, as an ES module or a classic script
//   /cms/page.html?html=...         the page the test wrote, as a document of this origin with its
//                                   script tags parser-inserted (a srcdoc iframe would not do: in
//                                   one, Firefox blocked the page's own 'self' scripts under its
//                                   meta CSP)
//   /cms/gbk/page.html?html=...     the same, sent as GBK (old Chinese CMS pages), and
//   /cms/gbk/lec.css                dist/lec.css sent without a charset, as many servers do
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import {build} from 'esbuild';

const apps = new Map();

function otherLitApp(lit, format) {
  const key = `${lit}-${format}`;
  if (!apps.has(key)) {
    const bundle = build({
      entryPoints: ['test/fixtures/cms/other-lit-app.js'],
      bundle: true,
      minify: true,
      write: false,
      format,
      target: 'es2020',
      alias: lit === '2' ? {lit: 'lit2'} : {},
      logLevel: 'warning',
    }).then((result) => result.outputFiles[0].text);
    apps.set(key, bundle);
  }
  return apps.get(key);
}

function script(context, body) {
  context.type = 'text/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = body;
}

export async function cmsFixtures(context, next) {
  const {path, query} = context;
  const dist = /^\/cms\/(sri\/)?(lec(?:\.iife)?\.js)$/.exec(path);
  if (dist) {
    const bytes = await readFile(`dist/${dist[2]}`).catch(() => null);
    if (!bytes) {
      context.status = 404;
      context.body = `dist/${dist[2]} is missing: run npm run build`;
    } else if (dist[1]) {
      context.body = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    } else {
      script(context, bytes);
    }
  } else if (path === '/cms/page.html' && query.html) {
    context.type = 'text/html';
    context.body = query.html;
  } else if (path === '/cms/gbk/page.html' && query.html) {
    context.set('Content-Type', 'text/html; charset=gbk');
    context.body = Buffer.from(query.html, 'latin1'); // the test writes ASCII, the same bytes in GBK
  } else if (path === '/cms/gbk/lec.css') {
    context.body = await readFile('dist/lec.css');
    context.set('Content-Type', 'text/css');
  } else if (path === '/cms/other-lit-app.js' && (query.lit === '2' || query.lit === '3')) {
    script(context, await otherLitApp(query.lit, query.format === 'iife' ? 'iife' : 'esm'));
  } else {
    return next();
  }
}

// npm start serves the demo: http://127.0.0.1:8000/ is demo/index.html, and /dist/ is the build.
// The demo is served with a strict Content-Security-Policy, as a careful university site would.
// /prerendered.html (?lang=zh for Chinese) is the same page run through the prerenderer on
// each request, as a CMS would publish it: it reads without JavaScript, and dist/lec.ssr.js
// hydrates it.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {runInNewContext} from 'node:vm';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
// Compressed as any web server or CDN would send them (Lighthouse's slow 4G counts the bytes on
// the wire). Brotli at quality 5 takes a few milliseconds per request; 11 would take 100.
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** `body` as `type`, brotli- or gzip-compressed when the request accepts it and the type is text. */
function send(req, res, status, type, body, headers) {
  const accepts = COMPRESSIBLE.test(type) ? (req.headers['accept-encoding'] ?? '') : '';
  let encoding;
  if (/\bbr\b/.test(accepts)) {
    encoding = 'br';
    body = brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 5}});
  } else if (/\bgzip\b/.test(accepts)) {
    encoding = 'gzip';
    body = gzipSync(body);
  }
  const more = encoding ? {'content-encoding': encoding, vary: 'accept-encoding'} : {};
  res.writeHead(status, {...headers, ...more, 'content-type': type}).end(body);
}

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html lec-elements 'allow-duplicates'";

/**
 * A static server on 127.0.0.1 for the demo, the smoke test and the benchmark. `roots` maps URL
 * prefixes to folders (the first prefix that matches wins); `pages` maps exact paths to
 * generated HTML, or to a function of the request's URL that resolves to `{html, headers}`;
 * `headers` go on every response. Resolves to the server once listening.
 */
export function staticServer(roots, {headers = {}, pages = new Map(), port = 0} = {}) {
  const folders = Object.entries(roots).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer(async (req, res) => {
    let url, path;
    try {
      url = new URL(req.url, `http://${req.headers.host ?? '127.0.0.1'}`);
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape (/%) or Host header: a thrown error here would end the server.
      return void res.writeHead(400, {'content-type': 'text/plain'}).end('Bad request');
    }
    const common = {...headers, 'cache-control': 'no-store'};
    if (pages.has(path)) {
      const page = pages.get(path);
      if (typeof page === 'string') return send(req, res, 200, TYPES['.html'], page, common);
      try {
        const {html, headers: own = {}} = await page(url);
        return send(req, res, 200, TYPES['.html'], html, {...common, ...own});
      } catch (error) {
        // The details to the server's log, not to whoever asked.
        console.error(error);
        return void res.writeHead(500, {'content-type': 'text/plain'}).end('Internal error');
      }
    }
    const [prefix, root] = folders.find(([p]) => path.startsWith(p)) ?? [];
    if (!root) return void res.writeHead(404).end();
    let file = normalize(join(root, path.slice(prefix.length)));
    // Inside the folder itself, not a sibling whose name merely starts the same.
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body, common);
    } catch {
      res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/**
 * The demo page through the prerenderer (dist/prerender/prerender.js): in the language `?lang=zh`
 * asks for, with the page's own words written in (demo/page-text.js, which demo.js applies in the
 * browser), loading dist/lec.ssr.js instead of dist/lec.js, and linking back to the live page.
 * Its CSP allows the prerendered elements' <style> by hash, as the README tells webmasters to.
 */
export async function prerenderedDemo(dir, url) {
  const {prerender, styleHashes} = await import(pathToFileURL(resolve('dist/prerender/prerender.js')).href);
  const context = {};
  runInNewContext(await readFile(join(dir, 'page-text.js'), 'utf8'), context);
  const lang = context.lecDemoLanguage(url.searchParams.get('lang'));
  // The page's own links keep the language; the switch links to the other one.
  const keep = lang === 'en' ? '' : '?lang=zh';
  const words = context.LEC_DEMO_TEXT[lang];
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const page = await readFile(join(dir, 'index.html'), 'utf8');
  // Each rewrite below must find its text: a demo page edited so that one misses would be served half-rewritten.
  const langSwitch = 'id="lang-switch" href="?lang=zh" hreflang="zh-Hans" lang="zh-Hans"';
  for (const text of ['<html lang="en">', 'src="/dist/lec.js"', 'href="prerendered.html" data-keep-lang data-i18n="prerendered"', langSwitch, 'about-us-href="./"']) {
    if (!page.includes(text)) throw new Error(`${dir}/index.html no longer has ${text}: update prerenderedDemo in scripts/serve.js.`);
  }
  const source = page
    .replace('<html lang="en">', `<html lang="${lang}">`)
    .replace('src="/dist/lec.js"', 'src="/dist/lec.ssr.js"')
    .replace('href="prerendered.html" data-keep-lang data-i18n="prerendered"', 'href="./" data-keep-lang data-i18n="rendered"')
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(words.title)}</title>`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*"/, `$1${escape(words.description)}"`)
    // The words the page marks for translation: text, accessible names and QR captions.
    .replace(/(<[^>]*\sdata-i18n="(\w+)"[^>]*>)[^<]*/g, (_, tag, key) => `${tag}${escape(words[key])}`)
    .replace(/aria-label="[^"]*"(\s+data-i18n-label="(\w+)")/g, (_, rest, key) => `aria-label="${escape(words[key])}"${rest}`)
    .replace(/caption="[^"]*"(\s+data-i18n-caption="(\w+)")/g, (_, rest, key) => `caption="${escape(words[key])}"${rest}`)
    .replace(langSwitch, `id="lang-switch" href="?lang=${lang === 'en' ? 'zh' : 'en'}" hreflang="${words.switchLang}" lang="${words.switchLang}"`)
    .replace(/href="([^"?]*)"((?:\s+aria-current="page")?\s+data-keep-lang)/g, `href="$1${keep}"$2`)
    .replace('about-us-href="./"', `about-us-href="./${keep}"`);
  const csp = CSP.replace("style-src 'self'", `style-src 'self' ${(await styleHashes()).join(' ')}`);
  return {html: await prerender(source, {url: url.href}), headers: {'content-security-policy': csp}};
}

/** Serves `dir` at / and dist/ at /dist/ with the strict CSP, and /prerendered.html. Resolves to the server once listening. */
export function serve(dir, port = 8000) {
  const pages = new Map([['/prerendered.html', (url) => prerenderedDemo(dir, url)]]);
  return staticServer({'/dist/': 'dist', '/': dir}, {headers: {'content-security-policy': CSP}, pages, port});
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  await serve(process.argv[2] ?? 'demo', port);
  console.log(`Demo: http://127.0.0.1:${port}/  (prerendered: /prerendered.html; Ctrl+C to stop)`);
}

// Dev-server middleware for test/prerender.test.ts: test/fixtures/prerender/page.html as a site
// would publish it after running the prerenderer (dist/prerender/prerender.js, so npm run build
// first), with the script a webmaster would load, under a strict Content-Security-Policy whose
// style-src allows the prerendered styles by hash (styleHashes(), as the README says), not
// 'unsafe-inline'.
//   /prerendered/page.html?lang=en|zh-CN   the page, prerendered in that language
//     [&script=ssr|lec|none]               loads dist/lec.ssr.js (the default), dist/lec.js, or nothing
//     [&delay=ms]                          ... and answers that script after a delay (a slow network)
//     [&light]                             prerendered with lightDomText (plain <p> paragraphs)
//     [&url=...]                           the page's address (default: its canonical link)
//     [&plain]                             not prerendered at all: the page as written
//     [&sized]                             the code without a value has size="120"
//     [&slotted]                           and a third code, captioned by a slotted <span>
//     [&size-css]                          with the README's rule for sized codes (sized.css)
//     [&drift]                             one template hash of the server render altered, as if the
//                                          server's template text had drifted from the bundle's
//   /prerendered/lec[.ssr][.iife].js       dist/ byte for byte (the dev server would transform it)
//   /demo/prerendered.html[?lang=zh]       the demo's prerendered copy, as npm start serves it
import {readFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';
import {prerenderedDemo} from './serve.js';

const PAGE = 'test/fixtures/prerender/page.html';
const SLOTTED = '\n    <lec-qr class="slotted" value="https://lec.sjtu.edu.cn/weibo"><span slot="caption">官方<b>微博</b></span></lec-qr>';

export async function prerenderFixtures(context, next) {
  const {path, query} = context;
  const bundle = /^\/prerendered\/(lec(?:\.ssr)?(?:\.iife)?\.js)$/.exec(path);
  if (bundle) {
    if (query.delay) await new Promise((resolve) => setTimeout(resolve, Number(query.delay)));
    context.type = 'text/javascript';
    context.set('Cache-Control', 'no-store');
    context.body = await readFile(`dist/${bundle[1]}`);
    return;
  }
  if (path === '/demo/prerendered.html') {
    const {html, headers} = await prerenderedDemo('demo', new URL(context.href));
    context.type = 'text/html';
    for (const [name, value] of Object.entries(headers)) context.set(name, value);
    context.body = html;
    return;
  }
  if (path !== '/prerendered/page.html') return next();
  const script = query.script ?? 'ssr';
  const src = {ssr: 'lec.ssr.js', lec: 'lec.js'}[script];
  const delay = query.delay ? `?delay=${Number(query.delay)}` : '';
  const html = (await readFile(PAGE, 'utf8'))
    .replace('{{lang}}', query.lang ?? 'en')
    .replace('{{sized}}', 'sized' in query ? ' size="120"' : '')
    .replace('{{slotted}}', 'slotted' in query ? SLOTTED : '')
    .replace('{{sizeCss}}', 'size-css' in query ? '\n<link rel="stylesheet" href="/test/fixtures/prerender/sized.css">' : '')
    .replace('{{script}}', src ? `<script type="module" src="/prerendered/${src}${delay}"></script>` : '')
;
  context.type = 'text/html';
  context.set('Cache-Control', 'no-store');
  let prerenderer;
  try {
    prerenderer = await import(pathToFileURL('dist/prerender/prerender.js').href);
  } catch (error) {
    context.status = 500;
    context.type = 'text/plain';
    context.body = `No prerenderer (is dist/ built? npm run build): ${error.stack}`;
    return;
  }
  const styles = (await prerenderer.styleHashes()).join(' ');
  context.set(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'self'; style-src 'self' ${styles}; img-src 'self' data: blob:; connect-src 'self'`
  );
  if ('plain' in query) {
    context.body = html;
    return;
  }
  try {
    let out = await prerenderer.prerender(html, {url: query.url, lightDomText: 'light' in query, onWarning: () => {}});
    // The About section's own template: a different hash is what drifted template text gives.
    if ('drift' in query) out = out.replace(/(<lec-about[^>]*><template[^>]*>(?:<style>[^<]*<\/style>)?<!--lit-part )[^-]+/, '$1AAAAAAAAAAA=');
    context.body = out;
  } catch (error) {
    context.status = 500;
    context.type = 'text/plain';
    context.body = `Prerendering failed (is dist/ built? npm run build): ${error.stack}`;
  }
}

// The prerenderer in Node, as a build script or a webmaster's terminal runs it: the API
// (dist/prerender/prerender.js) and the lec-prerender CLI (dist/prerender/cli.js). Run by
// `npm test` (node --test) after the build; what the pages look like in browsers is
// test/prerender.test.ts.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createHash} from 'node:crypto';
import {prerender, styleHashes} from '../../dist/prerender/prerender.js';

const CLI = 'dist/prerender/cli.js';

const page = ({lang = 'en', head = '', body = '<lec-about></lec-about>'} = {}) =>
  `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>t</title>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;

/** The page without what the prerenderer adds: declarative shadow roots (nested ones inside) and the marker attribute. */
function withoutRenders(html) {
  let out = '';
  let at = 0;
  for (;;) {
    const start = html.indexOf('<template shadowroot', at);
    if (start < 0) return (out + html.slice(at)).replace(/ data-lec-prerendered="[^"]*"/g, '');
    out += html.slice(at, start);
    let depth = 0;
    let i = start;
    do {
      const open = html.indexOf('<template', i + 1);
      const close = html.indexOf('</template>', i + 1);
      if (open >= 0 && open < close) {
        depth++;
        i = open;
      } else {
        depth--;
        i = close;
      }
    } while (depth >= 0);
    at = i + '</template>'.length;
  }
}

const heading = (html) => /<h2 part="heading"[^>]*><!--lit-part [^>]*--><span><slot name="heading"><!--lit-part-->([^<]*)</.exec(html)?.[1];
const quiet = {onWarning: () => {}};

test('renders each element as declarative shadow DOM and keeps the page byte for byte', async () => {
  const source = page({
    head: '<link rel="canonical" href="https://lec.sjtu.edu.cn/about.htm">',
    body: `<lec-breadcrumb prefix="You are here:"><a href="/">Home</a> &gt; <span>About</span></lec-breadcrumb>
<lec-about heading-level="3"><lec-qr slot="qr" value="https://example.edu/" caption="WeChat &amp; more"></lec-qr></lec-about>
<p>The page's own text.</p>`,
  });
  const out = await prerender(source, quiet);
  assert.equal(withoutRenders(out), source);
  // No code of the page's address behind the slotted one: it would be hidden, and still encoded.
  assert.equal(out.match(/<template shadowroot/g).length, 4, 'breadcrumb, about (with its inner trail), the slotted code');
  const lone = await prerender(page({body: '<lec-about></lec-about>'}), quiet);
  assert.equal(lone.match(/<template shadowroot/g).length, 3, 'about, with its inner trail and the code of the page');
  assert.match(out, /<lec-breadcrumb prefix="You are here:" data-lec-prerendered="en"><template shadowroot="open" shadowrootmode="open">/);
  assert.match(out, /<slot name="prefix"><!--lit-part-->You are here:</);
  assert.match(out, /<h3 part="heading"/);
  assert.match(out, /<slot name="caption" ><!--lit-part-->WeChat &amp; more</);
});

test('the language comes from <html lang> (or the Content-Language meta tag), mapped as in the browser', async () => {
  const cases = [
    ['en', 'About SJTU LEC'],
    ['zh-CN', '学院简介'],
    ['zh-Hans-CN', '学院简介'],
    ['zh', '学院简介'],
    ['zh-TW', 'About SJTU LEC'],
    ['fr', 'About SJTU LEC'],
  ];
  for (const [lang, expected] of cases) {
    assert.equal(heading(await prerender(page({lang}), quiet)), expected, lang);
  }
  assert.equal(heading(await prerender('<!doctype html><html><body><lec-about></lec-about></body></html>', quiet)), 'About SJTU LEC', 'no lang');
  // Without a lang attribute, from <meta http-equiv="Content-Language"> (old templates), as in a
  // browser; an empty lang still means "unknown".
  const meta = '<meta http-equiv="content-language" content="zh-cn">';
  assert.equal(heading(await prerender(`<!doctype html><html><head>${meta}</head><body><lec-about></lec-about></body></html>`, quiet)), '学院简介', 'no lang, meta');
  assert.equal(heading(await prerender(`<!doctype html><html lang=""><head>${meta}</head><body><lec-about></lec-about></body></html>`, quiet)), 'About SJTU LEC', 'lang="", meta');
  // As HTML reads it: the last such tag, and none with a comma in it.
  const last = '<meta http-equiv="Content-Language" content="en"><meta http-equiv="Content-Language" content=" zh-CN ">';
  assert.equal(heading(await prerender(`<!doctype html><html><head>${last}</head><body><lec-about></lec-about></body></html>`, quiet)), '学院简介', 'the last tag');
  const comma = '<meta http-equiv="Content-Language" content="zh-CN, en">';
  assert.equal(heading(await prerender(`<!doctype html><html><head>${comma}</head><body><lec-about></lec-about></body></html>`, quiet)), 'About SJTU LEC', 'a comma');
});

test('concurrent renders of English and Chinese pages each keep their own language and address', async () => {
  const jobs = Array.from({length: 24}, (_, i) => {
    const zh = i % 2 === 1;
    const url = `https://example.edu/page-${i}.htm`;
    return prerender(page({lang: zh ? 'zh-CN' : 'en', body: '<lec-about></lec-about><lec-qr></lec-qr>'}), {url, ...quiet}).then((out) => ({zh, url, out}));
  });
  for (const {zh, url, out} of await Promise.all(jobs)) {
    assert.equal(heading(out), zh ? '学院简介' : 'About SJTU LEC');
    assert.equal(out.includes('当前位置：'), zh);
    assert.equal(out.includes('>Location:<'), !zh);
    assert.equal(out.match(/data-page-url="([^"]*)"/g).length, 2, 'the About code and the page code');
    for (const [, address] of out.matchAll(/data-page-url="([^"]*)"/g)) assert.equal(address, url);
  }
});

test('the address: url, else the canonical link, else a note in the box and a warning', async () => {
  const canonical = page({head: '<link rel="canonical" href="https://lec.sjtu.edu.cn/about.htm">', body: '<lec-qr></lec-qr>'});
  assert.match(await prerender(canonical, quiet), /data-page-url="https:\/\/lec.sjtu.edu.cn\/about.htm"/);
  assert.match(await prerender(canonical, {url: 'https://example.edu/x', ...quiet}), /data-page-url="https:\/\/example.edu\/x"/);
  const warnings = [];
  const out = await prerender(page({body: '<lec-qr></lec-qr>'}), {onWarning: (w) => warnings.push(w)});
  assert.match(out, /data-page-url=""/);
  assert.match(out, /part="message"[^>]*>(<!--[^>]*-->)*No web address to encode/);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /1 QR code has no address/);
  // A value needs no address: no warning.
  const none = [];
  await prerender(page({body: '<lec-qr value="hello"></lec-qr>'}), {onWarning: (w) => none.push(w)});
  assert.deepEqual(none, []);
});

test('bad input: not a document, and hostile attribute values', async () => {
  await assert.rejects(prerender('<p>just a fragment</p>'), /expected a whole HTML document/);
  await assert.rejects(prerender('\u0000\u0001binary'), /expected a whole HTML document/);
  const out = await prerender(
    page({body: `<lec-qr value='"><script>alert(1)</script>' @click="evil()" .value="x" caption="<img src=x onerror=alert(2)>"></lec-qr>`}),
    quiet
  );
  const shadow = out.slice(out.indexOf('<template shadowroot'), out.indexOf('</template>'));
  assert.doesNotMatch(shadow, /<script|<img/);
  assert.match(shadow, /&lt;img src=x onerror=alert\(2\)&gt;/);
});

test('idempotent: prerendering a prerendered page gives the same page', async () => {
  const once = await prerender(page({lang: 'zh-CN', body: '<lec-breadcrumb><a href="/">首页</a><span>学院简介</span></lec-breadcrumb><lec-about></lec-about>'}), {url: 'https://example.edu/', ...quiet});
  assert.equal(await prerender(once, {url: 'https://example.edu/', ...quiet}), once);
  // Each element's mark names the language of its render; rendered again in another, the mark says so.
  assert.equal(once.match(/ data-lec-prerendered="zh-Hans"/g).length, 2, 'the trail and the section (its own trail is part of its render)');
  const english = await prerender(once.replace('<html lang="zh-CN">', '<html lang="en">'), {url: 'https://example.edu/', ...quiet});
  assert.equal(english.match(/ data-lec-prerendered="en"/g).length, 2);
  assert.doesNotMatch(english, /data-lec-prerendered="zh-Hans"/);
});

test("structured data: a structured-data trail's BreadcrumbList in the head, for crawlers without JavaScript", async () => {
  const ld = (html) => [...html.matchAll(/<script type="application\/ld\+json" data-lec-breadcrumb="served">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));
  const trail = '<lec-breadcrumb structured-data><a href="/">首页</a> &gt; <a href="about/">关于</a><a href="javascript:alert(1)">坏</a><span>&lt;/script&gt; 学院简介</span></lec-breadcrumb>';
  const body = `${trail}<lec-breadcrumb><a href="/">没有</a></lec-breadcrumb><lec-about><lec-breadcrumb slot="breadcrumb" structured-data><span>第二</span></lec-breadcrumb></lec-about>`;
  const out = await prerender(page({lang: 'zh-CN', body}), {url: 'https://lec.sjtu.edu.cn/x/page.htm', ...quiet});
  // In the head, in document order, one per trail that asks for it: none for the plain trail.
  const head = out.slice(0, out.indexOf('</head>'));
  assert.deepEqual(ld(head), ld(out));
  assert.deepEqual(ld(out), [
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        {'@type': 'ListItem', position: 1, name: '首页', item: 'https://lec.sjtu.edu.cn/'},
        {'@type': 'ListItem', position: 2, name: '关于', item: 'https://lec.sjtu.edu.cn/x/about/'},
        // A refused link is text, in the trail as in its structured data.
        {'@type': 'ListItem', position: 3, name: '坏'},
        {'@type': 'ListItem', position: 4, name: '</script> 学院简介'},
      ],
    },
    {'@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{'@type': 'ListItem', position: 1, name: '第二'}]},
  ]);
  assert.doesNotMatch(out, /<\/script> 学院简介/, 'a label cannot close the script');
  assert.equal(withoutRenders(out).replace(/<script type="application\/ld\+json"[^>]*>[^<]*<\/script>/g, ''), page({lang: 'zh-CN', body}), 'the page otherwise byte for byte');
  // Prerendered again: the same scripts, not more.
  assert.equal(await prerender(out, {url: 'https://lec.sjtu.edu.cn/x/page.htm', ...quiet}), out);
  // No address: relative links have no item (an absolute one keeps it), and a warning says what to pass.
  const warnings = [];
  const homeAndLec = '<lec-breadcrumb structured-data><a href="/">Home</a><a href="https://lec.sjtu.edu.cn/">LEC</a><span>Here</span></lec-breadcrumb>';
  const bare = ld(await prerender(page({body: homeAndLec}), {onWarning: (m) => warnings.push(m)}))[0];
  assert.deepEqual(bare.itemListElement.map((e) => e.item), [undefined, 'https://lec.sjtu.edu.cn/', undefined]);
  assert.deepEqual(warnings, [
    '1 breadcrumb link in the structured data could not be made absolute: pass the page\'s URL (url, --url or --base-url) or give the page a <link rel="canonical">; until then that entry has no "item", which search engines need.',
  ]);
  // With an address, no warning: a trail without links needs none either.
  warnings.length = 0;
  await prerender(page({body: homeAndLec}), {url: 'https://lec.sjtu.edu.cn/x/page.htm', onWarning: (m) => warnings.push(m)});
  await prerender(page({body: '<lec-breadcrumb structured-data><span>Here</span></lec-breadcrumb>'}), {onWarning: (m) => warnings.push(m)});
  assert.deepEqual(warnings, []);
  // The page's <base href> counts, as in the browser (document.baseURI): until 2026-12-04 the
  // server resolved against the page's address alone, and the data changed once the script ran.
  const based = page({head: '<base href="/cn/">', body: '<lec-breadcrumb structured-data><a href="news/">新闻</a><span>Here</span></lec-breadcrumb>'});
  assert.equal(ld(await prerender(based, {url: 'https://lec.sjtu.edu.cn/about.htm', ...quiet}))[0].itemListElement[0].item, 'https://lec.sjtu.edu.cn/cn/news/');
  const absoluteBase = page({head: '<base href="https://lec.sjtu.edu.cn/cn/">', body: '<lec-breadcrumb structured-data><a href="news/">新闻</a><span>Here</span></lec-breadcrumb>'});
  assert.equal(ld(await prerender(absoluteBase, quiet))[0].itemListElement[0].item, 'https://lec.sjtu.edu.cn/cn/news/');
  // A page with no </head> of its own: just before the trail.
  const headless = await prerender('<!doctype html><html lang="en"><lec-breadcrumb structured-data><span>Here</span></lec-breadcrumb></html>', quiet);
  assert.match(headless, /^<!doctype html><html lang="en"><script type="application\/ld\+json" data-lec-breadcrumb="served">[^<]*<\/script><lec-breadcrumb structured-data /);
  assert.equal(await prerender(headless, quiet), headless);
});

test("a trail with its own separator element stays the page's links, for the browser to render", async () => {
  const body = '<lec-breadcrumb><svg slot="separator" viewBox="0 0 1 1"></svg><a href="/">Home</a><span>About</span></lec-breadcrumb>';
  const out = await prerender(page({body}), quiet);
  assert.ok(out.includes(body));
});

test('lightDomText writes the four paragraphs as <p> children, in the page language, once', async () => {
  const out = await prerender(page({lang: 'zh-CN'}), {lightDomText: true, ...quiet});
  const light = withoutRenders(out);
  const paragraphs = [...light.matchAll(/<p dir="auto">([^<]+)<\/p>/g)].map((m) => m[1]);
  assert.equal(paragraphs.length, 4);
  for (const text of paragraphs) assert.match(text, /[\u4e00-\u9fff]{8}/);
  // The About section then shows the slot, not its built-in copy of the same text.
  assert.doesNotMatch(out.slice(out.indexOf('<lec-about')), /<p><!--lit-part-->/);
  // Not twice on a second run, and not where the page wrote its own paragraphs.
  assert.equal(await prerender(out, {lightDomText: true, ...quiet}), out);
  const own = await prerender(page({body: '<lec-about><p>Our own text.</p></lec-about>'}), {lightDomText: true, ...quiet});
  assert.equal(own.match(/<p>/g).length, 1);
  // Marked with the render's language, for the browser to replace on a page switched to another.
  assert.equal(out.match(/<p dir="auto" data-lec-prerendered="zh-Hans">/g).length, 4);
  // The page turned English and prerendered again: English paragraphs replace the Chinese ones.
  const english = await prerender(out.replace('<html lang="zh-CN">', '<html lang="en">'), {lightDomText: true, ...quiet});
  const again = [...withoutRenders(english).matchAll(/<p dir="auto">([^<]+)<\/p>/g)].map((m) => m[1]);
  assert.equal(again.length, 4);
  for (const text of again) assert.doesNotMatch(text, /[\u4e00-\u9fff]/);
});

const cli = (args, input) => spawnSync(process.execPath, [CLI, ...args], {input, encoding: 'utf8'});

test('CLI: one page to a file, stdin to stdout, --help', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lec-prerender-'));
  writeFileSync(join(dir, 'page.html'), page({lang: 'zh-CN', body: '<lec-qr></lec-qr>'}));
  const file = cli([join(dir, 'page.html'), '--url', 'https://example.edu/about.htm', '-o', join(dir, 'out.html')]);
  assert.equal(file.status, 0, file.stderr);
  assert.equal(file.stdout, '');
  assert.match(readFileSync(join(dir, 'out.html'), 'utf8'), /data-page-url="https:\/\/example.edu\/about.htm"/);
  const piped = cli([], page({body: '<lec-about></lec-about>'}));
  assert.equal(piped.status, 0, piped.stderr);
  assert.equal(heading(piped.stdout), 'About SJTU LEC');
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /lec-prerender site\/ --out-dir/);
});

test('CLI: a folder, keeping file names, copying the rest, an address per page', () => {
  const site = mkdtempSync(join(tmpdir(), 'lec-site-'));
  mkdirSync(join(site, 'about'));
  writeFileSync(join(site, 'index.html'), page({body: '<lec-qr></lec-qr>'}));
  writeFileSync(join(site, 'about', 'index.htm'), page({lang: 'zh-CN', body: '<lec-about></lec-about>'}));
  writeFileSync(join(site, 'about', 'logo.png'), Buffer.from([137, 80, 78, 71]));
  const out = join(mkdtempSync(join(tmpdir(), 'lec-out-')), 'dist-site');
  const run = cli([site, '--out-dir', out, '--base-url', 'https://example.edu/lec']);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(readdirSync(out, {recursive: true}).sort(), ['about', 'about/index.htm', 'about/logo.png', 'index.html']);
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /data-page-url="https:\/\/example.edu\/lec\/index.html"/);
  assert.match(readFileSync(join(out, 'about', 'index.htm'), 'utf8'), /data-page-url="https:\/\/example.edu\/lec\/about\/index.htm"/);
  assert.deepEqual(readFileSync(join(out, 'about', 'logo.png')), Buffer.from([137, 80, 78, 71]));
  assert.match(run.stderr, /2 pages prerendered/);
});

test('CLI: no address gives a warning naming the file, and the note in the box', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lec-prerender-'));
  const input = join(dir, 'news.html');
  writeFileSync(input, page({body: '<lec-qr></lec-qr>'}));
  const run = cli([input, '-o', join(dir, 'out.html')]);
  assert.equal(run.status, 0);
  assert.match(run.stderr, new RegExp(`warning: ${input.replace(/[.\\/]/g, '\\$&')}: 1 QR code has no address`));
  assert.match(readFileSync(join(dir, 'out.html'), 'utf8'), /No web address to encode/);
});

test('CLI: bad input is one line on stderr, a non-zero exit and no output file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lec-prerender-'));
  const target = join(dir, 'out.html');
  const missing = cli([join(dir, 'nope.html'), '-o', target]);
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim().split('\n').length, 1);
  assert.match(missing.stderr, /^lec-prerender: cannot read .*nope.html: no such file or folder\.\n$/);
  writeFileSync(join(dir, 'fragment.html'), '<div>not a page</div>');
  const fragment = cli([join(dir, 'fragment.html'), '-o', target]);
  assert.equal(fragment.status, 1);
  assert.match(fragment.stderr, /^lec-prerender: .*fragment.html: expected a whole HTML document, starting with <!doctype html> or <html>\.\n$/);
  assert.equal(existsSync(target), false);
  // A folder with one bad page: nothing is written.
  const site = mkdtempSync(join(tmpdir(), 'lec-site-'));
  writeFileSync(join(site, 'a.html'), page());
  writeFileSync(join(site, 'b.html'), 'not html at all');
  const out = join(dir, 'site-out');
  const folder = cli([site, '--out-dir', out]);
  assert.equal(folder.status, 1);
  assert.match(folder.stderr, /b.html: expected a whole HTML document/);
  assert.equal(existsSync(out), false);
  assert.deepEqual(readdirSync(dir).sort(), ['fragment.html']);
  const unknown = cli(['--frobnicate']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^lec-prerender: Unknown option '--frobnicate'/);
});

test('styleHashes and --csp-hashes: one sha256 per element, of the <style> the render writes', async () => {
  const hashes = await styleHashes();
  assert.equal(hashes.length, 3);
  const out = await prerender(page({body: '<lec-breadcrumb><span>x</span></lec-breadcrumb><lec-about></lec-about>'}), quiet);
  const written = new Set([...out.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`));
  assert.deepEqual([...written].sort(), [...hashes].sort());
  const run = cli(['--csp-hashes']);
  assert.equal(run.status, 0);
  assert.equal(run.stdout, `${hashes.join(' ')}\n`);
});

test("the React components are a client module: 'use client' is the first statement of dist/react/index.js", () => {
  // A React Server Component (Next.js's app router) imports them as client references; without the
  // directive it ran @lit/react's hooks on the server, where React has no useRef, and threw.
  const code = readFileSync('dist/react/index.js', 'utf8').replace(/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  assert.match(code, /^'use client';/);
});

test('the package entries load in Node without a DOM, and ready resolves', async () => {
  const entry = await import('../../dist/index.js');
  assert.equal(typeof entry.LecAbout, 'function');
  const all = await import('../../dist/all.js');
  await all.ready;
  for (const tag of ['lec-about', 'lec-breadcrumb', 'lec-qr']) assert.ok(customElements.get(tag), tag);
  await all.followDocumentLang();
});

// The README promises the one version of the labs package the hydration tests ran against (its
// `disableSsr` bug is version-specific); a caret range let installs take any later 4.x
// (until 2026-12-05).
test("the package pins the @lit-labs/ssr version the README names, and installs it", () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const named = /pins `@lit-labs\/ssr`\s+(\d+\.\d+\.\d+)/.exec(readFileSync('README.md', 'utf8'));
  assert.ok(named, 'the README names a version');
  assert.equal(pkg.dependencies['@lit-labs/ssr'], named[1]);
  assert.equal(JSON.parse(readFileSync('node_modules/@lit-labs/ssr/package.json', 'utf8')).version, named[1]);
});

// Found by a review of pages with untrusted content (2026-12-05).
test('refuses a run of empty comments before anything else at once (it took hours: 2^n ways to split them)', async () => {
  // In a process of its own: a regular expression that never returns would block this one for good.
  const run = spawnSync(process.execPath, [CLI, '-'], {input: `${'<!---->'.repeat(40)}x`, encoding: 'utf8', timeout: 30_000});
  assert.equal(run.signal, null, 'it returned');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /expected a whole HTML document/);
  // Comments before the doctype are still a document's start.
  assert.match(await prerender(`<!-- a --><!----> <!-- b -- c -->\n${page()}`, quiet), /shadowrootmode/);
});

test('renders our elements in a page nested thousands deep, and none inside SVG', async () => {
  const deep = `${'<div>'.repeat(10_000)}<lec-qr value="https://x.cn/"></lec-qr>${'</div>'.repeat(10_000)}`;
  const out = await prerender(page({body: deep}), quiet);
  assert.equal(out.match(/shadowrootmode/g).length, 1);
  const svg = page({body: '<svg><lec-qr value="https://x.cn/"></lec-qr></svg><lec-qr value="https://x.cn/"></lec-qr>'});
  assert.equal((await prerender(svg, quiet)).match(/shadowrootmode/g).length, 1, 'only the HTML one');
});

test('many elements in a large page: each rendered in its place, the rest byte for byte', async () => {
  const filler = `<p>${'text '.repeat(2_000)}</p>`;
  const body = Array.from({length: 300}, (_, i) => `${filler}<lec-qr value="https://x.cn/${i}"></lec-qr>`).join('');
  const source = page({body});
  const out = await prerender(source, quiet);
  assert.equal(out.match(/shadowrootmode/g).length, 300);
  assert.equal(withoutRenders(out), source);
  assert.deepEqual([...out.matchAll(/aria-label="QR code: (https:\/\/x\.cn\/\d+)"/g)].map((m) => m[1]), Array.from({length: 300}, (_, i) => `https://x.cn/${i}`));
});

test('CLI: a page that is not UTF-8, or says it is GBK, is refused with what to do (its Chinese would be lost)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lec-prerender-'));
  const target = join(dir, 'out.html');
  // 关于 in GBK.
  const gbk = Buffer.concat([Buffer.from('<!doctype html><html lang="zh-CN"><head><meta charset="gbk"></head><body><p>'), Buffer.from([0xb9, 0xd8, 0xd3, 0xda]), Buffer.from('</p><lec-about></lec-about></body></html>')]);
  writeFileSync(join(dir, 'gbk.html'), gbk);
  const bytes = cli([join(dir, 'gbk.html'), '-o', target]);
  assert.equal(bytes.status, 1);
  assert.match(bytes.stderr, /gbk\.html: not UTF-8 text \(GBK\?\); convert the page to UTF-8 first/);
  writeFileSync(join(dir, 'declared.html'), '<!doctype html><html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body><lec-about></lec-about></body></html>');
  const declared = cli([join(dir, 'declared.html'), '-o', target]);
  assert.equal(declared.status, 1);
  assert.match(declared.stderr, /declared\.html: the page declares charset GB2312/);
  assert.equal(existsSync(target), false);
  // UTF-8 with a byte-order mark: kept, byte for byte.
  writeFileSync(join(dir, 'bom.html'), `\uFEFF${page()}`);
  assert.equal(cli([join(dir, 'bom.html'), '-o', target]).status, 0);
  assert.equal(readFileSync(target, 'utf8').charCodeAt(0), 0xfeff);
});

test('CLI: a file name is a path in the page address, never a scheme, host, query or fragment', () => {
  const site = mkdtempSync(join(tmpdir(), 'lec-site-'));
  mkdirSync(join(site, 'http:'));
  for (const name of ['http:evil.example.html', 'a#b.html', 'faq?x.html', join('http:', 'evil.example.html')]) {
    writeFileSync(join(site, name), page({body: '<lec-qr></lec-qr>'}));
  }
  const out = join(mkdtempSync(join(tmpdir(), 'lec-out-')), 'dist-site');
  const run = cli([site, '--out-dir', out, '--base-url', 'https://example.edu/lec/']);
  assert.equal(run.status, 0, run.stderr);
  const address = (name) => /data-page-url="([^"]*)"/.exec(readFileSync(join(out, name), 'utf8'))[1];
  assert.equal(address('http:evil.example.html'), 'https://example.edu/lec/http%3Aevil.example.html');
  assert.equal(address('a#b.html'), 'https://example.edu/lec/a%23b.html');
  assert.equal(address('faq?x.html'), 'https://example.edu/lec/faq%3Fx.html');
  assert.equal(address(join('http:', 'evil.example.html')), 'https://example.edu/lec/http%3A/evil.example.html');
});

test('deep nesting inside our elements, an unquoted value ending in a slash, and a second run on a page without </head>', async () => {
  const deep = (tag) => `<${tag}><a href="/">Home</a>${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}<span>Page</span></${tag}>`;
  const out = await prerender(page({body: `${deep('lec-breadcrumb')}${deep('lec-about')}`}), quiet);
  assert.equal(out.match(/shadowrootmode/g).length >= 2, true);
  // The mark goes before ">": before "/>", it took the slash of an unquoted value.
  const slash = await prerender(page({body: '<lec-qr value=https://lec.sjtu.edu.cn/about/></lec-qr>'}), quiet);
  assert.match(slash, /aria-label="QR code: https:\/\/lec\.sjtu\.edu\.cn\/about\/"/);
  assert.match(slash, /<lec-qr value=https:\/\/lec\.sjtu\.edu\.cn\/about\/ data-lec-prerendered="en">/);
  // Its section and trail on a page without </head>: the structured data lands in the same place
  // on every run.
  for (const slot of ['', ' slot="breadcrumb"']) {
    const headless = `<!doctype html><html lang="en"><lec-about><lec-breadcrumb${slot} structured-data><a href="https://x.cn/">Home</a><span>About</span></lec-breadcrumb></lec-about></html>`;
    const once = await prerender(headless, quiet);
    // Outside the section: inside, the script was the page's own content there on the next run.
    assert.match(once, /<script type="application\/ld\+json" data-lec-breadcrumb="served">[^<]*<\/script><lec-about/);
    assert.equal(await prerender(once, quiet), once, `a second run${slot}`);
  }
  // Not before an element of ours in SVG, which is not ours (and would make the script SVG's).
  const inSvg = await prerender('<!doctype html><html lang="en"><svg><lec-about><foreignObject><lec-breadcrumb structured-data><a href="https://x.cn/">Home</a><span>About</span></lec-breadcrumb></foreignObject></lec-about></svg></html>', quiet);
  assert.match(inSvg, /<foreignObject><script type="application\/ld\+json" data-lec-breadcrumb="served">[^<]*<\/script><lec-breadcrumb/);
});

test('CLI: a charset only from a parsed meta tag (not a comment, script or description; a BOM wins; an unknown label is skipped)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lec-prerender-'));
  const target = join(dir, 'out.html');
  const ok = [
    page({head: '<meta name="description" content="Pages in charset=GBK are refused">'}),
    `<!doctype html><html lang="en"><head><!-- <meta http-equiv="Content-Type" content="text/html; charset=gb2312"> --><meta charset="UTF-8" /></head><body><lec-qr value="x"></lec-qr></body></html>`,
    `<!doctype html><html lang="en"><head><script>document.write("<meta charset='gbk'>")</script></head><body><lec-qr value="x"></lec-qr></body></html>`,
    `\uFEFF<!doctype html><html lang="en"><head><meta charset="gbk"></head><body><lec-qr value="x"></lec-qr></body></html>`,
    `<!doctype html><html lang="en"><head><meta charset="unicode-1-1-utf-8"></head><body><lec-qr value="x"></lec-qr></body></html>`,
    `<!doctype html><html lang="en"><head><meta charset="bogus"><meta charset="utf-8"></head><body><lec-qr value="x"></lec-qr></body></html>`,
  ];
  ok.forEach((html, i) => {
    writeFileSync(join(dir, `ok${i}.html`), html);
    const run = cli([join(dir, `ok${i}.html`), '-o', target]);
    assert.equal(run.status, 0, `page ${i}: ${run.stderr}`);
  });
  writeFileSync(join(dir, 'gbk.html'), '<!doctype html><html lang="zh-CN"><head><META CHARSET=GBK></head><body></body></html>');
  assert.match(cli([join(dir, 'gbk.html'), '-o', target]).stderr, /declares charset GBK/);
  writeFileSync(join(dir, 'noscript.html'), '<!doctype html><html lang="zh-CN"><head><noscript><meta charset="gb2312"></noscript></head><body></body></html>');
  assert.match(cli([join(dir, 'noscript.html'), '-o', target]).stderr, /declares charset gb2312/);
  writeFileSync(join(dir, 'utf16.html'), '<!doctype html><html lang="en"><head><meta charset="unicodeFFFE"></head><body></body></html>');
  assert.equal(cli([join(dir, 'utf16.html'), '-o', target]).status, 0, 'a UTF-16 label in a meta tag means UTF-8');
});

// npm run release-kit (after npm run build): release/sjtu-lec-elements-<version>.zip, what a
// webmaster uploads to a CMS or a CDN: the bundles and lec.css from dist/ byte for byte, the
// per-element bundles of dist/cdn/ with their chunks, snippet.html (the tags to paste, each with
// its integrity value), SRI.txt (the SHA-384 of every file) and README.txt (Chinese, then
// English). test/release-kit.test.ts unpacks the kit and checks what README.txt promises.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {writeZip} from './zip.js';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const zipPath = `release/sjtu-lec-elements-${version}.zip`;
// Where the files will be: the webmaster replaces this with their folder's address.
const BASE = `https://your.cdn/sjtu-lec-elements-${version}/`;
const ELEMENTS = ['lec-qr', 'lec-breadcrumb', 'lec-about'];

if (!existsSync('dist/lec.js') || !existsSync('dist/cdn/lec-qr.js')) {
  console.error('dist/ is missing or incomplete: run npm run build first.');
  process.exit(1);
}

/** The integrity value of some bytes: base64 of their SHA-384 after "sha384-". */
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// The files of dist/ in the kit, by their name in the kit.
const files = new Map();
for (const name of ['lec.js', 'lec.iife.js', 'lec.css']) files.set(name, readFileSync(`dist/${name}`));
for (const name of ELEMENTS) files.set(`cdn/${name}.js`, readFileSync(`dist/cdn/${name}.js`));
for (const name of readdirSync('dist/cdn').filter((f) => /^chunk-[\w-]+\.js$/.test(f)).sort()) {
  files.set(`cdn/${name}`, readFileSync(`dist/cdn/${name}`));
}

/** A tag for a file of the kit, with its integrity value and crossorigin="anonymous". */
function tag(name, kind) {
  const checked = `crossorigin="anonymous" integrity="${integrity(files.get(name))}"`;
  if (kind === 'module') return `<script type="module" src="${BASE}${name}" ${checked}></script>`;
  if (kind === 'classic') return `<script src="${BASE}${name}" defer ${checked}></script>`;
  return `<link rel="stylesheet" href="${BASE}${name}" ${checked}>`;
}

// What each per-element alternative puts in the page body.
const EXAMPLES = {
  'lec-qr': '<lec-qr value="https://lec.sjtu.edu.cn/"></lec-qr>',
  'lec-breadcrumb': '<lec-breadcrumb><a href="/">首页</a><a href="/about/">关于我们</a><span>学院简介</span></lec-breadcrumb>',
  'lec-about': '<lec-about></lec-about>',
};

// A per-element bundle imports its chunks, which its integrity value does not cover (a module's
// imports are fetched without one): the notes say so, and point to lec.js for a checked whole.
const oneElement = ELEMENTS.map((element) =>
  [
    `<!-- 备选：只用 <${element}>，代替上面 lec.js 的 <script>，最后一行放在正文中。`,
    `     integrity 只校验 cdn/${element}.js 本身，不校验它加载的 cdn/chunk-*.js；需要完整校验时请用 lec.js。`,
    `     Alternative: only <${element}>, instead of the lec.js <script> above; the last line goes in the body.`,
    `     Its integrity checks cdn/${element}.js only, not the cdn/chunk-*.js it loads; lec.js is checked whole.`,
    tag(`cdn/${element}.js`, 'module'),
    EXAMPLES[element],
    '-->',
  ].join('\n')
);

const snippet = `<!--
  @sjtu-lec/elements ${version}：上海交通大学终身教育学院网站组件
  使用前，把本文件中的 ${BASE}
  全部替换为您上传这些文件的文件夹地址（以 / 结尾）。
  页面语言：组件跟随页面的 <html lang>。中文页面写 <html lang="zh-CN">，英文页面写 <html lang="en">。

  @sjtu-lec/elements ${version}: web components for the sites of SJTU's Lifelong Education College.
  Before use, replace every ${BASE}
  in this file with the address of the folder you uploaded these files to (ending in /).
  Page language: the elements follow the page's <html lang>: <html lang="zh-CN"> for a Chinese
  page, <html lang="en"> for an English one.
-->

<!-- 放在页面的 <head> 中 / In the page's <head>: -->
${tag('lec.css', 'stylesheet')}
${tag('lec.js', 'module')}

<!-- 放在正文中要显示“学院简介”栏目的位置 / In the body, where the About SJTU LEC section goes: -->
<lec-about></lec-about>

<!-- 备选：CMS 会去掉 type="module" 时，用经典脚本代替上面 lec.js 的 <script>
     Alternative: if your CMS strips type="module", this classic script instead of the lec.js <script> above
${tag('lec.iife.js', 'classic')}
-->

${oneElement.join('\n\n')}
`;

// The line of README.md's section "Content-Security-Policy, Trusted Types and another Lit on
// the page", copied as it stands.
const readmeMd = readFileSync('README.md', 'utf8');
const cspBlock = /^### Content-Security-Policy\b[^\n]*\n(?:(?!^#)[\s\S])*?^```\n([^\n]+)\n```$/m.exec(readmeMd);
if (!cspBlock) throw new Error('README.md: no CSP line under "### Content-Security-Policy ..."');
const CSP = cspBlock[1];

const classic = `<script src="${BASE}lec.iife.js" defer></script>`;
const readme = `@sjtu-lec/elements ${version}：网站管理员发布包
============================================================

上海交通大学终身教育学院网站使用的三个网页组件，中英文两种语言：
<lec-about>（“学院简介”整个栏目：当前位置、标题、正文和二维码）、
<lec-breadcrumb>（“当前位置：”面包屑导航）、<lec-qr>（带说明文字的二维码）。

文件
  lec.js         三个组件和两种语言，一个文件（推荐）
  lec.iife.js    同上，经典脚本版本（见第五节）
  lec.css        组件加载前的样式，使页面在组件加载时不跳动（也可复制到网站自己的样式表中）
  cdn/           每个组件一个文件（lec-qr.js、lec-breadcrumb.js、lec-about.js）及它们共用的 chunk-*.js，
                 供只用一个组件的页面使用，写法见 snippet.html 末尾；三个组件都用时，lec.js 更小；
                 这些文件的 integrity 只校验文件本身，不校验它们加载的 chunk-*.js
  snippet.html   可直接粘贴的代码，每个标签都带 integrity 校验值
  SRI.txt        每个文件的 SHA-384 校验值（integrity 属性的格式）

一、上传
  1. 解压后把全部文件原样上传到 CMS 的文件库或 CDN 的同一个文件夹中，保留 cdn 子文件夹。
     不要修改、压缩或转码这些文件：integrity 校验值对应原始文件，内容一变，浏览器就拒绝加载。
  2. 把 snippet.html 中的 ${BASE} 全部替换为该文件夹的网址（以 / 结尾）。
  3. 把 snippet.html 中的 <link> 和 <script> 放进页面模板的 <head>，
     把 <lec-about></lec-about> 放在正文中要显示“学院简介”栏目的位置。
     无法修改 <head> 时：把 lec.css 的内容放进正文中的 <style> 元素，写在组件之前，
     <script> 也放在正文中；在正文中用 <link> 引用 lec.css，部分浏览器中组件会跳动一次。

二、文件与页面不在同一个源时：CORS 响应头
  <script type="module"> 总是以 CORS 方式加载。文件所在的源（域名、端口或协议）与页面不同时，
  文件所在的服务器必须返回以下响应头（或把 * 换成页面的源）：
      Access-Control-Allow-Origin: *
  没有这个响应头，浏览器会拒绝执行脚本：组件都不会生效，页面只显示写在组件里面的链接和文字。
  snippet.html 中的 lec.css 也带 crossorigin 和 integrity，同样需要这个响应头。
  文件与页面在同一个源时不需要。

三、内容安全策略（CSP）
  组件不需要内联脚本或内联样式。页面启用 Trusted Types 时，请使用这一行：
      ${CSP}
  页面的 script-src 和 style-src 还要允许文件所在的网址。

四、页面语言
  组件跟随页面的 <html lang>：
      <html lang="zh-CN">   显示中文（zh、zh-CN、zh-Hans、zh-SG 都显示中文）
      <html lang="en">      显示英文（其他语言代码也显示英文，包括繁体中文的 zh-TW、zh-HK、zh-MO 和 zh-Hant）
  以后修改 lang 属性，页面上的组件会随之切换。

五、经典脚本（备选）
  CMS 会去掉 type="module"，或无法修改服务器的响应头时，用经典脚本代替 lec.js 的 <script>：
      ${classic}
  这样写（不带 crossorigin 和 integrity）不需要 CORS 响应头。加上 crossorigin="anonymous" 和
  integrity（取 SRI.txt 中 lec.iife.js 一行，snippet.html 中已写好）后，同样需要 Access-Control-Allow-Origin。

六、核对文件
  SRI.txt 列出每个文件的校验值。在命令行中计算一个文件的值，应与 SRI.txt 中的一致：
      echo "sha384-$(openssl dgst -sha384 -binary lec.js | openssl base64 -A)"


@sjtu-lec/elements ${version}: release kit for webmasters
============================================================

Three web components for the websites of SJTU's Lifelong Education College, in English and
Chinese: <lec-about> (the whole About SJTU LEC section: trail, heading, text and QR codes),
<lec-breadcrumb> (the "Location:" trail) and <lec-qr> (a captioned QR code).

Files
  lec.js         all three elements and both languages in one file (recommended)
  lec.iife.js    the same as a classic script (see section 5)
  lec.css        the styles that keep the page from jumping while the elements load
                 (or copy them into your own stylesheet)
  cdn/           one file per element (lec-qr.js, lec-breadcrumb.js, lec-about.js) and the
                 chunk-*.js they share, for a page with one element: see the end of snippet.html;
                 for all three elements lec.js is smaller; their integrity value checks the file
                 itself, not the chunk-*.js it loads
  snippet.html   the code to paste, every tag with its integrity value
  SRI.txt        the SHA-384 of every file, in the format of the integrity attribute

1. Upload
  a. Unzip, then upload all files unchanged into one folder of your CMS's file library or CDN,
     keeping the cdn folder. Do not edit, minify or re-encode them: the integrity values are
     those of these files, and the browser refuses a file that differs.
  b. In snippet.html, replace every ${BASE}
     with that folder's address (ending in /).
  c. Put the <link> and <script> of snippet.html in the <head> of the page template, and
     <lec-about></lec-about> in the body where the About SJTU LEC section goes.
     No access to the <head>: paste the content of lec.css in a <style> element in the body,
     before the elements, and the <script> in the body too; a <link> to lec.css in the body
     lets the elements jump once in some browsers.

2. Files on another origin than the page: the CORS header
  A <script type="module"> is always fetched with CORS. If the files come from another origin
  (host, port or scheme) than the page, their server must send this header (or the page's
  origin instead of *):
      Access-Control-Allow-Origin: *
  Without it the browser refuses the script: no element is defined, and the page shows only the
  links and text written inside the elements. lec.css in snippet.html has crossorigin and
  integrity too, so it needs the header as well. Files on the page's own origin need none.

3. Content-Security-Policy (CSP)
  The elements need no inline script or style. On a page that enforces Trusted Types, use:
      ${CSP}
  The page's script-src and style-src must also allow the address of the files.

4. Language
  The elements follow the page's <html lang>:
      <html lang="zh-CN">   Chinese (zh, zh-CN, zh-Hans, zh-SG all show Chinese)
      <html lang="en">      English (so does any other language code, zh-TW, zh-HK, zh-MO and zh-Hant included)
  Changing the lang attribute later switches the elements on the page.

5. The classic script (an alternative)
  If your CMS strips type="module", or you cannot change the server's headers, use the classic
  script instead of the lec.js <script>:
      ${classic}
  Written so (without crossorigin and integrity) it needs no CORS header. With
  crossorigin="anonymous" and integrity (the lec.iife.js line of SRI.txt, as in snippet.html) it
  needs Access-Control-Allow-Origin too.

6. Checking the files
  SRI.txt lists each file's value. Computed on the command line, a file's value must match:
      echo "sha384-$(openssl dgst -sha384 -binary lec.js | openssl base64 -A)"
`;

const crlf = (text) => text.replace(/\r?\n/g, '\r\n');
const kit = [
  // A byte-order mark, so that older Windows editors read the Chinese as UTF-8.
  {name: 'README.txt', data: Buffer.from(`\ufeff${crlf(readme)}`, 'utf8')},
  {name: 'snippet.html', data: Buffer.from(crlf(snippet), 'utf8')},
  ...[...files].map(([name, data]) => ({name, data})),
];
const sri = [
  `# @sjtu-lec/elements ${version}: the SHA-384 of every file of this kit, as integrity="..." takes it.`,
  ...kit.map(({name, data}) => `${integrity(data)}  ${name}`),
  '',
].join('\n');
kit.splice(2, 0, {name: 'SRI.txt', data: Buffer.from(crlf(sri), 'utf8')});

const zip = writeZip(kit);
mkdirSync('release', {recursive: true});
writeFileSync(zipPath, zip);
console.log(`Wrote ${zipPath}: ${kit.length} files, ${zip.length.toLocaleString('en')} bytes.`);

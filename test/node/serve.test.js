// The demo's server (scripts/serve.js, what `npm start` and the benchmark use): it sends text
// compressed as a web server or CDN would (Lighthouse's slow 4G counts the bytes on the wire),
// byte for byte the file once decompressed, and keeps its strict Content-Security-Policy.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {get} from 'node:http';
import {readFileSync} from 'node:fs';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {runInNewContext} from 'node:vm';
import {CSP, serve} from '../../scripts/serve.js';
import {resolveLocale} from '../../dist/localization.js';

/** GET `path` with these request headers; resolves to {status, headers, body} with the body as sent. */
function request(port, path, headers = {}) {
  return new Promise((resolve, reject) => {
    get({host: '127.0.0.1', port, path, headers}, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks)}));
    }).on('error', reject);
  });
}

test('text goes out brotli- or gzip-compressed as the request accepts, the same bytes once decompressed', async () => {
  const server = await serve('demo', 0);
  const {port} = server.address();
  try {
    const file = readFileSync('dist/lec.js');
    const br = await request(port, '/dist/lec.js', {'accept-encoding': 'gzip, deflate, br, zstd'});
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'accept-encoding');
    assert.ok(br.body.length < file.length / 2, `${br.body.length} B on the wire for ${file.length} B`);
    assert.deepEqual(brotliDecompressSync(br.body), file);
    assert.equal(br.headers['content-security-policy'], CSP);

    const gzip = await request(port, '/dist/lec.js', {'accept-encoding': 'gzip'});
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.body), file);

    const plain = await request(port, '/dist/lec.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, file);

    // The page itself, and the prerendered one (generated per request).
    const page = await request(port, '/', {'accept-encoding': 'br'});
    assert.equal(page.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(page.body), readFileSync('demo/index.html'));
    const prerendered = await request(port, '/prerendered.html?lang=zh', {'accept-encoding': 'br'});
    assert.equal(prerendered.status, 200);
    assert.equal(prerendered.headers['content-encoding'], 'br');
    assert.match(brotliDecompressSync(prerendered.body).toString(), /<template[^>]* shadowrootmode="open">/);

    // Images are compressed already: sent as they are.
    const png = await request(port, '/assets/wechat-qr.png', {'accept-encoding': 'br'});
    assert.equal(png.headers['content-encoding'], undefined);
    assert.deepEqual(png.body, readFileSync('demo/assets/wechat-qr.png'));
  } finally {
    server.close();
  }
});

// The demo's page-text.js copies the package's resolveLocale() (a classic script runs before the
// bundle): the two must give every tag the same language, or the demo's own words and the
// elements would disagree (?lang=zh-CN gave English words around Chinese elements until 2026-12-05).
test("the demo reads ?lang= as the package's resolveLocale() reads a language tag", () => {
  const context = {};
  runInNewContext(readFileSync('demo/page-text.js', 'utf8'), context);
  const tags = ['zh', 'zh-CN', 'ZH_cn', 'zh-Hans', 'zh-SG', 'zh-Hans-CN', ' zh ', 'zh-TW', 'zh-Hant', 'zh-HK', 'zh-MO', 'zh-Hans-HK', 'zhx', 'en', 'EN-us', 'xx', '', null];
  assert.deepEqual(tags.map((tag) => context.lecDemoLanguage(tag)), tags.map((tag) => resolveLocale(tag)));
});

test('a malformed request gets 400 and the server keeps serving', async () => {
  const server = await serve('demo', 0);
  const {port} = server.address();
  try {
    assert.equal((await request(port, '/%')).status, 400);
    assert.equal((await request(port, '/%E0%A4%A')).status, 400);
    assert.equal((await request(port, '/')).status, 200);
  } finally {
    server.close();
  }
});

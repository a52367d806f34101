// A tiny static server on 127.0.0.1 for the benchmark. Unlike scripts/serve.js it sends no
// Content-Security-Policy: Shoelace is measured as its docs use it, not under our demo's CSP.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** URL prefix -> folder. */
const ROOTS = {
  '/dist/': resolve('dist'),
  '/build/': resolve('bench/.build'),
  '/bench/': resolve('bench'),
  '/shoelace/': resolve('node_modules/@shoelace-style/shoelace/dist'),
};

/**
 * Serves the folders above, plus generated pages: `pages` maps a path such as `/blank.html`
 * to its HTML. Resolves to {origin, close()} once listening on a random port.
 */
export async function startServer(pages) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = {'cache-control': 'no-store'};
    if (pages.has(path)) {
      return void res
        .writeHead(200, {...headers, 'content-type': TYPES['.html']})
        .end(pages.get(path));
    }
    const prefix = Object.keys(ROOTS).find((p) => path.startsWith(p));
    const file =
      prefix && normalize(join(ROOTS[prefix], path.slice(prefix.length)));
    if (!file || !file.startsWith(ROOTS[prefix]))
      return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

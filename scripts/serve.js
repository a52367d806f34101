// npm start serves the demo: http://127.0.0.1:8000/ is demo/index.html, and /dist/ is the build.
// The demo is served with a strict Content-Security-Policy, as a careful university site would.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';

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
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html lec-elements 'allow-duplicates'";

/**
 * A static server on 127.0.0.1 for the demo, the smoke test and the benchmark. `roots` maps URL
 * prefixes to folders (the first prefix that matches wins); `pages` maps exact paths to
 * generated HTML; `headers` go on every response. Resolves to the server once listening.
 */
export function staticServer(roots, {headers = {}, pages = new Map(), port = 0} = {}) {
  const folders = Object.entries(roots).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const common = {...headers, 'cache-control': 'no-store'};
    if (pages.has(path)) {
      return void res.writeHead(200, {...common, 'content-type': TYPES['.html']}).end(pages.get(path));
    }
    const [prefix, root] = folders.find(([p]) => path.startsWith(p)) ?? [];
    if (!root) return void res.writeHead(404).end();
    let file = normalize(join(root, path.slice(prefix.length)));
    // Inside the folder itself, not a sibling whose name merely starts the same.
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, {...common, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
      res.end(body);
    } catch {
      res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

/** Serves `dir` at / and dist/ at /dist/ with the strict CSP. Resolves to the server once listening. */
export function serve(dir, port = 8000) {
  return staticServer({'/dist/': 'dist', '/': dir}, {headers: {'content-security-policy': CSP}, port});
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  await serve(process.argv[2] ?? 'demo', port);
  console.log(`Demo: http://127.0.0.1:${port}/  (Ctrl+C to stop)`);
}

// The benchmark's server: the shared static server (scripts/serve.js) with the benchmark's
// folders and generated pages. Unlike the demo it sends no Content-Security-Policy: Shoelace is
// measured as its docs use it, not under our demo's CSP.
import {staticServer} from '../scripts/serve.js';

/** URL prefix -> folder. */
const ROOTS = {
  '/dist/': 'dist',
  '/build/': 'bench/.build',
  '/bench/': 'bench',
  '/demo/': 'demo',
  '/shoelace/': 'node_modules/@shoelace-style/shoelace/dist',
};

/**
 * Serves the folders above, plus generated pages: `pages` maps a path such as `/blank.html`
 * to its HTML. Resolves to {origin, close()} once listening on a random port.
 */
export async function startServer(pages) {
  const server = await staticServer(ROOTS, {pages});
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// Dev-server middleware for test/consumers.test.ts: the consumer apps that scripts/pack-test.js
// built into .cache/consumers/, served byte for byte as a static host would serve them. Without
// it the dev server's node-resolve pass rewrites the bare specifiers in plain-html's inline module
// (`import '@sjtu-lec/elements/lec-qr.js'` became `./node_modules/@sjtu-lec/elements/dist/lec-qr/
// lec-qr.js`), so the page would never use its import map or the CDN bundles it maps to.
import {readFile} from 'node:fs/promises';
import {extname, resolve, sep} from 'node:path';

const ROOT = resolve('.cache/consumers');

export async function consumerFixtures(context, next) {
  if (!context.path.startsWith('/.cache/consumers/')) return next();
  const file = resolve(ROOT, decodeURIComponent(context.path.slice('/.cache/consumers/'.length)));
  const bytes = file.startsWith(ROOT + sep) ? await readFile(file).catch(() => null) : null;
  if (!bytes) {
    context.status = 404;
    context.body = `${context.path} is missing: run node scripts/pack-test.js (after node scripts/build.js)`;
    return;
  }
  context.type = extname(file) || 'application/octet-stream';
  context.set('Cache-Control', 'no-store');
  context.body = bytes;
}

// The one-tag bundle for prerendered pages (dist/lec.ssr.js, dist/lec.ssr.iife.js): dist/lec.js
// plus Lit's hydration support, so elements the prerenderer rendered take over their declarative
// shadow DOM in place instead of rendering a second copy. The support must run before Lit's own
// modules, so it is imported first. It costs about 2 KB gzip, which is why dist/lec.js lacks it;
// on a page that was not prerendered this bundle works exactly as dist/lec.js.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './lec.js';

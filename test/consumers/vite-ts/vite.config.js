import {defineConfig} from 'vite';

// Relative URLs, so the built page works from any folder (the browser test serves it from
// /.cache/consumers/vite-ts/dist/).
export default defineConfig({base: './', build: {target: 'es2022'}});

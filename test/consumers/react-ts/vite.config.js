import {defineConfig} from 'vite';

// No React plugin: Vite's own transform compiles the TSX with the automatic JSX runtime.
// Relative URLs, so the built page works from any folder.
export default defineConfig({
  base: './',
  build: {target: 'es2022'},
  oxc: {jsx: {runtime: 'automatic'}},
});

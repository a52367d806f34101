import {defineConfig} from 'vite';

export default defineConfig({
  // Relative URLs, so the built page works from any folder.
  base: './',
  build: {target: 'es2022'},
  resolve: {
    // The template is compiled in the browser, which needs Vue's build with the compiler. Its
    // development build: Vue's warnings (such as "Failed to resolve component: lec-qr" when
    // isCustomElement is missing) reach the console, where the test reads them; the production
    // build drops every warning.
    alias: [{find: /^vue$/, replacement: 'vue/dist/vue.esm-browser.js'}],
  },
});

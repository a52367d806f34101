// Lit's development build, as a developer's dev server (Vite) and Storybook serve it, where Lit
// checks how elements use it and warns in the console: test/lit-dev.check.ts, in Chromium
// (scripts/test.js runs it). The main suite runs Lit's production build, which never warns.
import config from '../web-test-runner.config.js';

export default {...config, files: ['test/lit-dev.check.ts'], nodeResolve: {exportConditions: ['development', 'default']}};

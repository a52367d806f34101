/// <reference types="node" />
import {readFileSync} from 'node:fs';
import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';
import {lecCss} from '../scripts/lec-css.js';

/**
 * dist/lec.css for the "Before the script" stories, made from the README as the build makes it,
 * so Storybook needs no build of the package first: served while Storybook runs, written into
 * the static Storybook.
 */
function lecCssFromReadme(): Plugin {
  const css = () => lecCss(readFileSync('README.md', 'utf8'), JSON.parse(readFileSync('package.json', 'utf8')).version);
  return {
    name: 'lec-css-from-readme',
    configureServer(server) {
      server.middlewares.use('/dist/lec.css', (_request, response) => {
        response.setHeader('Content-Type', 'text/css; charset=utf-8');
        response.end(css());
      });
    },
    generateBundle() {
      this.emitFile({type: 'asset', fileName: 'dist/lec.css', source: css()});
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  // Test fixtures (a QR image, a logo) are served for the image-mode stories.
  staticDirs: [{from: '../test/fixtures', to: '/fixtures'}],
  async viteFinal(config) {
    config.optimizeDeps = {
      ...config.optimizeDeps,
      // Without this Vite pre-bundles a second copy of Lit's directive helpers and Lit warns.
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit/directive-helpers.js',
      ],
    };
    config.plugins = [...(config.plugins ?? []), lecCssFromReadme()];
    return config;
  },
};
export default config;

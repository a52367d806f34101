import type {StorybookConfig} from '@storybook/web-components-vite';

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
    return config;
  },
};
export default config;

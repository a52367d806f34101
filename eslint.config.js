import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';

export default tseslint.config(
  {ignores: ['dist/', 'bench/.build/', '.cache/', 'storybook-static/', 'src/generated/', 'node_modules/', 'custom-elements.json']},
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    // chai's property assertions (expect(x).to.be.null) read as bare expressions.
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  }
);

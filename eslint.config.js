import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The engine stays free of the DOM, the browser and storage (see ARCHITECTURE.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/extract/**', '**/storage/**', '**/background/**', '**/shared/browser*', 'webextension-polyfill', 'dexie', 'preact*'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'indexedDB', 'localStorage'],
    },
  },
  {
    // bench:speed's control extension: plain scripts loaded by Chromium as they are.
    files: ['bench/control-extension/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['bin/**/*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);

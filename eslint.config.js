import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layer boundaries (DESIGN.md): math and bo are pure; they may not reach up into the app, the DOM
// libraries, the store or tfjs. Enforced here so it does not rest on goodwill.
const pureLayerBans = {
  patterns: [
    {
      group: [
        'react',
        'react-dom',
        'react-dom/*',
        'zustand',
        'zustand/*',
        '@tensorflow/*',
        'd3',
        'd3-*',
      ],
      message: 'src/math and src/bo are pure numerics: no React, DOM, zustand, d3 or tfjs.',
    },
    {
      group: [
        '**/store/**',
        '**/components/**',
        '**/plots/**',
        '**/gpu/**',
        '**/nn/**',
        '**/workers/**',
        '**/cli/**',
      ],
      message: 'Dependencies point downward only (components -> store -> bo -> math).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/math/**/*.ts', 'src/bo/**/*.ts', 'src/objectives/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureLayerBans],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded Rng passed in (DESIGN.md).',
        },
      ],
    },
  },
  {
    files: ['src/math/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureLayerBans.patterns,
            {
              group: ['**/objectives/**', '**/bo/**'],
              message: 'src/math imports nothing of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

// Lint for safety, not looks: no HTML from strings, no code from strings, no forgotten promises in extension code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/generated/**', 'artifacts/**', 'coverage/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'no-unsanitized': noUnsanitized },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Nothing from the page or the dictionary is ever rendered as HTML.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': [
        'error',
        // Preact's raw-HTML prop (matched by prefix so this file itself never spells it out).
        { selector: 'JSXAttribute[name.name=/^dangerously/]', message: 'Render text with Preact, never HTML.' },
      ],
      // No code built from strings.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Style is not this linter's job; these would only be noise here.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Declaring with a neutral initial value and assigning in every branch reads more clearly in the parsers.
      'no-useless-assignment': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Node scripts and tests never run in a page: dynamic import() of a computed local path and DOM fixtures built
    // from strings are fine there. The rules stay on for everything that ships.
    files: ['scripts/**', 'tests/**', 'assets/**'],
    rules: { 'no-unsanitized/method': 'off', 'no-unsanitized/property': 'off' },
  },
  {
    // Extension code: a promise nobody awaits fails silently in the page or the background.
    files: ['entrypoints/**/*.{ts,tsx}', 'utils/**/*.ts', 'components/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
);

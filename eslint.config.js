// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

/** Imports flow one way: renderer -> shared <- electron. */
const boundary = (/** @type {string[]} */ forbidden, /** @type {string} */ why) => ({
  'no-restricted-imports': [
    'error',
    { patterns: forbidden.map((group) => ({ group: [group], message: why })) },
  ],
})

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'bench/results/**', 'bench/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: boundary(
      ['**/electron/**', '**/renderer/**', 'node:*', 'electron', 'react', 'react-dom', 'slate*'],
      'shared/ is pure TypeScript: no Node, no DOM, no electron/ or renderer/ imports',
    ),
  },
  {
    // Tests of shared modules run under Node: they may use it and the test
    // helpers (temp folders, python3 peer checks), but nothing else of the app.
    files: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom'],
          patterns: [
            {
              group: ['**/electron/**', '!**/tests/support/**', '**/renderer/**', 'slate*'],
              message: 'a shared test may use Node and tests/support/, nothing else of the app',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary(
        ['**/electron/**', 'node:*', 'electron'],
        'renderer/ talks to the backend only through renderer/api.ts',
      ),
    },
  },
  {
    // Only desktop/main.ts and desktop/preload.ts may load Electron at run time; everything
    // else in electron/ is plain Node that tests, the CLI and browser mode run.
    files: ['electron/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message:
                'only electron/desktop/main.ts and electron/desktop/preload.ts import Electron at run time',
            },
          ],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/' }],
        },
      ],
    },
  },
  {
    // The baseline pages reuse the app's styles and pure segmenting helpers,
    // so they look the same and cut highlights the same way as the app.
    files: ['bench/pages/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['electron/desktop/main.ts', 'electron/desktop/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/' }] },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
)

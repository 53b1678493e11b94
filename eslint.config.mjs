// ESLint's and typescript-eslint's recommended rules, type-checked, with eslint-config-prettier
// last so that formatting is Prettier's alone. Rules turned off or tuned are listed with why.
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'coverage/',
      'neo4j-launcher/',
      'src/graphql/generated.ts',
      'bench/results/',
      'bench/plans/',
      'test-artifacts/',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // Yoga's and envelop's hook payloads declare endResponse, setRequestHandler and the like as
      // methods, but they are closures; every destructuring of them was flagged, and no real case.
      '@typescript-eslint/unbound-method': 'off',
      // An async function that implements a Promise-returning interface without awaiting is fine.
      '@typescript-eslint/require-await': 'off',
      // Node's http.createServer(yoga) and `.finally(() => session.close())` pass promise-returning
      // functions where void is declared, by design; misused promises in conditions stay checked.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false } },
      ],
      // `const { dropped: _dropped, ...kept } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests, benchmarks, the soak and the evaluation read JSON answers (`any`) and assert on them; the assertion is the
    // check, so typing every response would add casts, not safety. The rules stay on in src/.
    files: ['test/**', 'bench/**', 'soak/**', 'eval/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Their messages print rows of unknown shape; a "[object Object]" there harms nobody.
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    files: ['src/explorer/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  prettier,
);

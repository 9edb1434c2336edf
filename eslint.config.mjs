// One lint configuration for both workspaces: type-aware TypeScript rules
// (floating promises are the bug class that bites a NestJS + react-query app)
// and the React hooks rules for the client.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'client/src/api/schema.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'migrations/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Migrations are compiled with the server's tsconfig, which lives one folder over.
    files: ['migrations/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false, project: ['server/tsconfig.json'] } },
  },
  {
    // Tests read untyped response bodies (supertest's `any`) on purpose: the
    // response validator checks their shape against the OpenAPI document.
    files: ['**/test/**/*.ts', '**/*.spec.ts', '**/*.test.{ts,tsx}', 'client/src/test-setup.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const CORE = ['src/model/**', 'src/engine/**', 'src/export/**', 'src/import/**', 'src/share/**', 'src/plan/**'];
const coreMessage = 'The core (model, engine, export, import, share, plan) is pure: no React, zustand, DOM or Node APIs. See docs/architecture.md.';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'ip-num', message: 'ip-num is used only by src/model/cidr.ts: call its functions.' }] },
      ],
    },
  },
  { files: ['src/model/cidr.ts', 'src/model/cidr.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: CORE,
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'ip-num', message: 'ip-num is used only by src/model/cidr.ts: call its functions.' },
            { name: 'react', message: coreMessage },
            { name: 'zustand', message: coreMessage },
            { name: '@xyflow/react', message: coreMessage },
          ],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'child_process'], message: coreMessage },
            { group: ['**/store/**', '**/ui/**', '**/cli/**'], message: coreMessage },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'location', 'process'],
    },
  },
  {
    files: ['src/model/cidr.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'react', message: coreMessage }], patterns: [{ group: ['node:*', 'fs'], message: coreMessage }] },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'ip-num', message: 'ip-num is used only by src/model/cidr.ts: call its functions.' }],
          patterns: [{ group: ['**/cli/**', 'node:*', 'fs'], message: 'The UI never touches the CLI or Node APIs.' }],
        },
      ],
    },
  },
);

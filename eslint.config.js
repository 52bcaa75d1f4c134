import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const nodeBuiltins = { group: ['node:*', 'fs', 'path', 'child_process', 'os'], message: 'shared/ and renderer/ run in the browser too: no Node APIs.' };
const dbOnly = { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '**/db/*', '**/db/**'], message: 'SQL lives only in db/ (design.md).' };
const electronOnly = { group: ['electron'], message: "Only electron/ imports 'electron'." };
const reactOnly = { group: ['react', 'react-dom', 'react-dom/*', 'antd', 'antd/*'], message: 'React lives only in renderer/.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test/artifacts/**', '.tools/**', 'db/migrations/index.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ignores: ['renderer/vite.config.ts'], plugins: { 'react-hooks': reactHooks }, rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/set-state-in-effect': 'off', 'react-hooks/refs': 'off', 'react-hooks/incompatible-library': 'off', ...restrict([nodeBuiltins, dbOnly, electronOnly]) } },
  { files: ['shared/**/*.ts'], rules: restrict([nodeBuiltins, dbOnly, electronOnly, reactOnly]) },
  { files: ['db/**/*.ts'], rules: restrict([electronOnly, reactOnly]) },
  { files: ['electron/**/*.ts'], rules: restrict([reactOnly]) },
);

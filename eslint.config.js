// Lint config. The layering rules make the architecture checkable: each layer imports only those below it.
//   shared/  <-  electron/core/  <-  electron/{main,preload,bridge,cli}  <-  renderer/ (through shared/ only)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Relative paths count too: "../../cli/main.js" from electron/core is as upward as "electron/cli".
const upward = (patterns, message, regex) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [...patterns.map((group) => ({ group: [group], message })), ...(regex ? [{ regex, message }] : [])] },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'resources/**', '.bench/**', '.cache/**', '.scratch*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: upward(
      ['**/electron/**', '**/renderer/**', 'node:*', 'electron', 'better-sqlite3', 'react', 'react-dom'],
      'shared/ is pure TypeScript: domain types, the API contract and data. It imports nothing above it.',
      '^(\\.\\./)+(electron|renderer)(/|$)',
    ),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: upward(
      ['electron', '**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/cli/**', '**/electron/bridge/**', 'react', 'react-dom'],
      'electron/core/ is the engine: plain Node. It never imports electron, the shells or the renderer.',
      '^(\\.\\./)+(cli|main|preload|bridge|renderer)(/|$)',
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'electron/cli/**/*.ts', 'electron/bridge/**/*.ts'],
    rules: upward(
      ['**/renderer/**', 'react', 'react-dom'],
      'The shells are thin adapters over the engine; they never import the renderer.',
      '^(\\.\\./)+renderer(/|$)',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: upward(
      ['**/electron/**', 'node:*', 'electron', 'better-sqlite3'],
      'The renderer reaches the engine only through the API client (shared/ contract); it never imports electron/ or Node.',
      '^(\\.\\./)+electron(/|$)',
    ),
  },
);

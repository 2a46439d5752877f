import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import architecture from './eslint-rules/boundaries.js'

// Packages that only some folders may use: the engine stays pure (no DOM, React, Monaco,
// workers or node:*), and only the CLI and tooling touch Node.
const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', '@xyflow/*', 'monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'monaco-yaml/*', 'zustand', 'zustand/*']
const NODE = ['node:*']
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'src/engine/validate/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { architecture },
    rules: {
      'architecture/boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict(NODE, 'The UI runs in the browser: no node:* modules.') },
  },
  { files: ['src/model/**/*.ts'], rules: restrict([...UI_PACKAGES, ...NODE, 'yaml', 'comlink', 're2js'], 'model/ holds plain types only.') },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: restrict([...UI_PACKAGES, ...NODE, 'comlink'], 'The engine is pure TypeScript: no DOM, React, Monaco, worker or node:* imports.'),
  },
  { files: ['src/worker/**/*.ts', 'src/examples/**/*.ts'], rules: restrict([...UI_PACKAGES, ...NODE], 'No UI or Node modules here.') },
  { files: ['src/cli/**/*.ts'], rules: restrict(UI_PACKAGES, 'The CLI does not load UI packages.') },
)

/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const monacoEsm = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url))

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // monaco-editor >= 0.56 has an exports map, but monaco-yaml's worker still imports
      // 'monaco-editor/esm/vs/editor/editor.worker.js'; point that old path at the files.
      { find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: `${monacoEsm}$1` },
    ],
  },
  optimizeDeps: {
    // Dependencies reached only from workers are found late by the dev server, which then
    // reloads the page; listing them pre-bundles them at start-up.
    include: ['yaml', 'comlink', 're2js', 'monaco-yaml/yaml.worker.js'],
  },
  worker: { format: 'es' },
  // The manifest lets bench/size.ts tell first-paint chunks from lazy ones.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    manifest: true,
    // Everything the first paint needs in one chunk: lazily loaded parts share modules with it,
    // and left alone the bundler splits those into many tiny chunks, which gzip worse.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  test: {
    environment: 'node',
    // The build machine is shared and often loaded; property tests and lint runs need headroom.
    testTimeout: 60_000,
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
  },
})

/**
 * Load budget: gzip size of the JavaScript and CSS a first paint needs, and of the lazily loaded
 * Monaco chunk. Reads Vite's build manifest, so "first paint" is exactly the entry and its static
 * imports. Run after `vite build` (`npm run bench:size` does both).
 */
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { printTable } from './table'

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
  src?: string
}

const BUDGET_KB = 150

export function measureSizes(dist = 'dist'): { initialJs: number; initialCss: number; monaco: number; rows: string[][] } {
  const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8')) as Record<string, ManifestChunk>
  const gz = (file: string) => gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length / 1024
  const closure = (keys: string[]): Set<string> => {
    const seen = new Set<string>()
    const walk = (k: string) => {
      if (seen.has(k)) return
      seen.add(k)
      for (const i of manifest[k]?.imports ?? []) walk(i)
    }
    keys.forEach(walk)
    return seen
  }
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry).map(([k]) => k)
  const initial = closure(entries)
  const editorKey = Object.keys(manifest).find((k) => k.endsWith('src/ui/editor/Editor.tsx'))
  if (!editorKey) throw new Error('no Editor chunk in the build manifest')
  const monacoChunks = [...closure([editorKey])].filter((k) => !initial.has(k))

  let initialJs = 0
  let initialCss = 0
  for (const k of initial) {
    const c = manifest[k]!
    initialJs += gz(c.file)
    for (const css of c.css ?? []) initialCss += gz(css)
  }
  let monaco = 0
  for (const k of monacoChunks) monaco += gz(manifest[k]!.file)
  // The canvas is fetched as the app starts, beside the engine worker, and drawn once the
  // workspace is analysed; it is not needed for the first paint but it is for the first graph.
  const canvasKey = Object.keys(manifest).find((k) => k.endsWith('src/ui/canvas/Canvas.tsx'))
  let canvas = 0
  if (canvasKey) for (const k of closure([canvasKey])) if (!initial.has(k) && !monacoChunks.includes(k)) canvas += gz(manifest[k]!.file)
  if (initial.has(editorKey)) throw new Error('Monaco is in the first-paint chunks')
  const rows = [
    ['first paint: JavaScript', initialJs.toFixed(1), `${BUDGET_KB}`, initialJs <= BUDGET_KB ? 'ok' : 'OVER'],
    ['first paint: CSS', initialCss.toFixed(1), '', ''],
    ['graph canvas (fetched at start)', canvas.toFixed(1), '', 'needed for the first graph'],
    ['Monaco editor chunk (lazy)', monaco.toFixed(1), '', 'not in first paint'],
  ]
  return { initialJs, initialCss, monaco, rows }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows } = measureSizes()
  printTable('Load budget (KB, gzip -9)', ['what', 'KB gzip', 'budget', ''], rows)
}

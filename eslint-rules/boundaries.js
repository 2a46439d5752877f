// Keeps the dependency direction of the architecture (see README "Architecture"):
// each top-level folder under src/ may import only from the folders listed for it.
// Relative imports are resolved against the importing file, so `../../ui/x` is caught wherever it
// is written. Package imports are restricted separately (see eslint.config.js).
import path from 'node:path'

/** folder -> folders it may import from (itself always allowed). */
export const ALLOWED = {
  model: [],
  engine: ['model'],
  worker: ['engine', 'model'],
  examples: ['model'],
  cli: ['engine', 'model', 'examples'],
  ui: ['worker', 'model', 'examples'],
}

const TEST_FILE = /\.test\.tsx?$/

function topFolder(file, srcRoot) {
  const rel = path.relative(srcRoot, file)
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined
  return rel.split(path.sep)[0]
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'enforce the import direction between src/ folders' },
    schema: [],
    messages: {
      forbidden: "src/{{from}} may not import from src/{{to}} (allowed: {{allowed}}). See the README's Architecture section.",
      unknown: 'src/{{from}} is not a known architecture folder; add it to eslint-rules/boundaries.js.',
    },
  },
  create(context) {
    const file = context.filename
    const srcRoot = path.join(context.cwd, 'src')
    const from = topFolder(file, srcRoot)
    if (!from || from === path.basename(file)) return {}
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = path.resolve(path.dirname(file), source)
      const to = topFolder(target, srcRoot)
      if (!to || to === from) return
      // Tests may also read the examples: they are fixtures as much as product.
      const allowed = ALLOWED[from] && (TEST_FILE.test(file) ? [...ALLOWED[from], 'examples'] : ALLOWED[from])
      if (!allowed) {
        context.report({ node, messageId: 'unknown', data: { from } })
        return
      }
      if (!allowed.includes(to)) {
        context.report({ node, messageId: 'forbidden', data: { from, to, allowed: allowed.join(', ') || 'nothing' } })
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    }
  },
}

export default { rules: { boundaries } }

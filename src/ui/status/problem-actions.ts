import { refKey, type Analysis, type ObjectRef, type Problem, type SuggestedFix } from '../../model'
import { edit, historyOf, notify, select, type LabStore } from '../state'

const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute'])

/**
 * The graph item a problem is about: the rule when the field is inside one, the listener port for
 * a listener field, else the object's node (or, for objects the graph does not draw, the object
 * itself, which the inspector shows).
 */
export function selectionFor(analysis: Pick<Analysis, 'graph'> | undefined, object: Pick<ObjectRef, 'kind' | 'namespace' | 'name'>, path?: string): string {
  const key = refKey(object)
  const has = (id: string) => analysis?.graph.nodes.some((n) => n.id === id) ?? false
  if (ROUTE_KINDS.has(object.kind)) {
    const rule = /^spec\.rules\[(\d+)\]/.exec(path ?? '')
    if (rule && has(`ru:${key}#${rule[1]}`)) return `ru:${key}#${rule[1]}`
    if (has(`rt:${key}`)) return `rt:${key}`
  }
  if (object.kind === 'Gateway' || object.kind === 'ListenerSet') {
    const listener = /^spec\.listeners\[(\d+)\]/.exec(path ?? '')
    const node = analysis?.graph.nodes.find((n) => n.id === `gw:${key}`)
    const port = listener ? node?.ports?.find((p) => p.index === Number(listener[1])) : undefined
    if (port) return `ls:${key}#${port.name}`
    if (node) return node.id
  }
  if (has(`be:${key}`)) return `be:${key}`
  return `obj:${key}`
}

/** Shows a problem: its line in the YAML, and its object (or rule, or listener) selected on the graph. */
export function jumpTo(store: LabStore, p: Problem): void {
  historyOf(store)?.reveal(p.line, p.endLine)
  if (p.object) select(store, selectionFor(store.getState().lastGood, p.object, p.path))
}

/** Applies a suggested fix as one undoable edit, through the engine's minimal text patches. */
export async function applyFix(store: LabStore, fix: SuggestedFix): Promise<boolean> {
  const ok = await edit(store, fix.edits, { origin: 'inspector' })
  if (ok) notify(store, { tone: 'info', text: `${fix.title}: done. Undo with Ctrl+Z.` })
  return ok
}

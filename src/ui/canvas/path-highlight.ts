import { useLab } from '../state'
import './path-highlight.css'

/**
 * Whether a graph item is on the request path the tester lit (`on`), off it while a path is lit
 * (`off`, drawn dimmed), or no path is lit (`none`). Per-item selectors returning a string: lighting
 * a path re-renders only the items whose answer changes.
 */
export type PathState = 'on' | 'off' | 'none'

export function useNodePath(id: string): PathState {
  return useLab((s) => (s.pathHighlight ? (s.pathHighlight.nodes.has(id) ? 'on' : 'off') : 'none'))
}

export function useEdgePath(id: string): PathState {
  return useLab((s) => (s.pathHighlight ? (s.pathHighlight.edges.has(id) ? 'on' : 'off') : 'none'))
}

/** The listener of this Gateway or ListenerSet node the lit request came in on, if any. */
export function usePathListener(nodeId: string): string | undefined {
  return useLab((s) => {
    for (const p of s.pathHighlight?.ports ?? []) if (p.startsWith(`${nodeId}|`)) return p.slice(nodeId.length + 1)
    return undefined
  })
}

/**
 * The graph view model the canvas draws: ids and labels only, computed by the engine (in the
 * worker) so the main thread just renders. Columns run left to right:
 * Gateway → listener → route → rule → backend.
 */
export type GraphNodeKind = 'gateway' | 'listenerset' | 'listener' | 'route' | 'rule' | 'backend' | 'other'

export interface GraphNode {
  /** Stable across edits: derived from object refs and names, never from positions in the text. */
  id: string
  kind: GraphNodeKind
  /** The object's kind (`HTTPRoute`, `Service`, ...), for styling and accessible names. */
  objectKind: string
  namespace: string
  name: string
  label: string
  /** Secondary line: protocol and port, hostnames, match summary... */
  detail?: string
  column: number
  x: number
  y: number
  /** Key of the object (`refKey`) this node belongs to, for selection and jumping to the text. */
  objectKey: string
  /** A node for something referenced but not declared (a missing Service, an unknown Gateway). */
  missing?: boolean
}

export type GraphEdgeKind = 'contains' | 'parentRef' | 'backendRef'

export interface GraphEdge {
  id: string
  kind: GraphEdgeKind
  source: string
  target: string
  label?: string
  /** Drawn red and dashed: a parentRef that is not accepted, a backend that does not resolve. */
  invalid?: boolean
}

export interface GraphModel {
  nodes: GraphNode[]
  edges: GraphEdge[]
}

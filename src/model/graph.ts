import type { FieldPath } from './edit'

/**
 * The graph view model the canvas draws: ids, labels and positions only, computed by the engine
 * (in the worker) so the main thread just renders. Columns run left to right:
 * Gateway (listeners as ports) → route → rule → backend.
 */
export type GraphNodeKind = 'gateway' | 'listenerset' | 'route' | 'rule' | 'backend'

export type Tone = 'ok' | 'warn' | 'error' | 'info' | 'neutral'

/**
 * A small status mark on a node or listener port, filled from `Analysis.status` (Accepted,
 * ResolvedRefs, PartiallyInvalid on routes; attachedRoutes and conditions on listeners).
 */
export interface GraphBadge {
  label: string
  tone: Tone
  /** The longer explanation shown on hover and read by screen readers. */
  title?: string
}

/** A listener drawn as a port on its Gateway or ListenerSet; parentRef edges leave from here. */
export interface GraphPort {
  /** The handle id, unique within the node. */
  id: string
  name: string
  protocol: string
  port: number
  hostname?: string
  /** Index in `spec.listeners`, for the inspector. */
  index: number
  badges?: GraphBadge[]
}

/** A compact mark on a rule or route: a filter, a timeout, retries. */
export interface GraphChip {
  label: string
  /** What the chip stands for, in full (for hover and screen readers). */
  title: string
  kind: 'filter' | 'timeout' | 'policy'
}

export interface GraphNode {
  /** Stable across edits: derived from object refs and names, never from positions in the text. */
  id: string
  kind: GraphNodeKind
  /** The object's kind (`HTTPRoute`, `Service`, ...), for styling and accessible names. */
  objectKind: string
  namespace: string
  name: string
  label: string
  /** Secondary line: the GatewayClass, hostnames, the Service port... */
  detail?: string
  /** Rules: one compact line per match (at most three, then "+N more"). */
  lines?: string[]
  chips?: GraphChip[]
  /** Gateways and ListenerSets: their listeners. */
  ports?: GraphPort[]
  column: number
  x: number
  y: number
  width: number
  height: number
  /** Key of the object (`refKey`) this node belongs to, for selection and jumping to the text. */
  objectKey: string
  /** Where inside the object this node lives (rules: `['spec', 'rules', i]`). */
  path?: FieldPath
  /** A node for something referenced but not declared (a missing Service, an unknown Gateway). */
  missing?: boolean
  /** Shown only as context for a filter: a Gateway that a shown route attaches to, say. */
  context?: boolean
  /** Routes: how many rules they have, and whether those are folded into the route node. */
  ruleCount?: number
  collapsed?: boolean
  /** Status marks, from `Analysis.status`. */
  badges?: GraphBadge[]
}

export type GraphEdgeKind = 'parentRef' | 'rule' | 'backendRef' | 'listenerSet'

export interface GraphEdge {
  id: string
  kind: GraphEdgeKind
  source: string
  target: string
  /** The listener port the edge leaves from, for parentRef edges. */
  sourceHandle?: string
  label?: string
  /** backendRef edges: the share of the rule's traffic, 0–100. */
  share?: number
  /** The route that holds the reference, and where: `['spec', 'parentRefs', 0]`. */
  objectKey?: string
  path?: FieldPath
  /**
   * Set on references that cross namespaces: `grant` names the ReferenceGrant (`ns/name`) that
   * allows the reference, and is absent when none does.
   */
  crossNamespace?: { grant?: string }
  /** Drawn red and dashed: a parentRef that is not accepted, a backend that does not resolve. */
  invalid?: boolean
  /** The short reason shown on the edge: a condition reason (`NotAllowedByListeners`) or a few words. */
  reason?: string
  /** The whole explanation behind `reason`, for hover and screen readers. */
  detail?: string
  /** parentRef edges: the index of the route's `status.parents` entry this edge shows. */
  parentStatus?: number
}

/** A namespace lane drawn behind its nodes when the graph is grouped by namespace. */
export interface GraphGroup {
  id: string
  namespace: string
  x: number
  y: number
  width: number
  height: number
}

export interface GraphModel {
  nodes: GraphNode[]
  edges: GraphEdge[]
  groups: GraphGroup[]
  /** Every namespace and object kind in the workspace, for the canvas filters (before filtering). */
  namespaces: string[]
  kinds: string[]
  /** How many routes the filters hide. */
  hiddenRoutes: number
}

/** How the graph is drawn; chosen in the canvas toolbar, sent with each analysis. */
export interface GraphOptions {
  /** Namespace lanes. Default true. */
  groupByNamespace?: boolean
  /** Fold every route's rules into the route node. `auto` folds when there are many routes. */
  collapseRules?: boolean | 'auto'
  /** Route node ids whose folding is the opposite of `collapseRules`. */
  toggled?: string[]
  /** Show only these namespaces / object kinds; absent means all. */
  namespaces?: string[]
  kinds?: string[]
}

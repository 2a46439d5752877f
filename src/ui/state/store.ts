import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Analysis, GraphOptions, RouteTestCase, RouteTestOutcome, TextChange } from '../../model'

/** Where a text change came from, so the Monaco bridge can ignore its own echoes. */
export type ChangeOrigin = 'editor' | 'canvas' | 'inspector' | 'history' | 'load' | 'import'

export interface LabState {
  /** The workspace text: the only source of truth. */
  text: string
  fileName: string
  /** Bumped on every text change; analyses carry the version they were computed for. */
  version: number
  lastOrigin: ChangeOrigin
  /** The newest analysis of the current text, or undefined while it is on its way. */
  analysis?: Analysis
  /** The newest analysis whose text had no YAML syntax errors: the graph keeps showing it. */
  lastGood?: Analysis
  selection?: string
  /**
   * Node positions the user dragged, by graph node id. Layout, not content: stored with the
   * workspace, never in the manifests.
   */
  positions: Record<string, { x: number; y: number }>
  /**
   * The workspace's test cases, in the `routelab test --cases` format; saved, shared and exported
   * with the workspace, and re-run on every document change.
   */
  cases?: RouteTestCase[]
  /**
   * Cases that arrived as text (an example's `cases.yaml`, a file, an older workspace) and wait for
   * the engine to read them into `cases`. Saved as they are until then, so nothing is lost.
   */
  casesText?: string
  /** Why `casesText` could not be read, for the cases panel. */
  casesError?: string
  /** The outcome of running `cases` against the analysis of `version`. */
  caseRun?: CaseRun
  /** The request the tester follows, lit up on the graph: everything else dims. */
  pathHighlight?: PathHighlight
  /** Panel layout (active tabs, sizes) by panel id, saved with the workspace. */
  layout: Record<string, unknown>
  engine: 'starting' | 'worker' | 'in-process' | 'failed'
  /** How the graph is drawn (grouping, folding, filters); sent to the engine with each analysis. */
  view: GraphOptions
  /** The canvas search text. */
  search: string
  /** The last visual edit, so the editor applies exactly its change as one undoable operation. */
  lastEdit?: { version: number; changes: TextChange[]; group?: string }
  /** A short message for the user: an edit that could not be made, an offer to add a grant. */
  notice?: Notice
}

export interface Notice {
  id: number
  tone: 'info' | 'warn' | 'error'
  text: string
  /** A button that fixes or completes what the notice is about. */
  action?: { label: string; run: () => void }
}

/** `cases` (the very array) ran against the analysis of document `version`. */
export interface CaseRun {
  version: number
  cases: RouteTestCase[]
  outcomes: RouteTestOutcome[]
}

/**
 * Graph ids on a simulated request's path. Nodes and edges read their own membership with a
 * per-item selector, so lighting a path re-renders only the items whose answer changes.
 */
export interface PathHighlight {
  nodes: ReadonlySet<string>
  edges: ReadonlySet<string>
  /** Listener ports, as `<gateway node id>|<listener name>`. */
  ports: ReadonlySet<string>
}

export type LabStore = StoreApi<LabState>

/** One store per lab instance (the app, a test, an embedded example). */
export function createLabStore(initial: { text: string; fileName: string }): LabStore {
  return createStore<LabState>(() => ({
    text: initial.text,
    fileName: initial.fileName,
    version: 1,
    lastOrigin: 'load',
    positions: {},
    layout: {},
    engine: 'starting',
    view: { groupByNamespace: true, collapseRules: 'auto' },
    search: '',
  }))
}

import type { EffectiveListener, RouteBinding } from './attachment'
import type { GraphModel } from './graph'
import type { ManifestObject } from './objects'
import type { Problem } from './problem'
import type { StatusReport } from './status'

/** One text the user works on. The workspace is a list of these (usually one). */
export interface SourceFile {
  name: string
  text: string
}

export type Channel = 'standard' | 'experimental'
export type ServiceResolution = 'auto' | 'declared' | 'assumed'

export interface AnalyzeOptions {
  channel?: Channel
  services?: ServiceResolution
}

/** Everything the UI and CLI read about a workspace. Plain data, safe to post between threads. */
export interface Analysis {
  /** The document version this analysis belongs to; the UI drops answers for older versions. */
  version: number
  objects: ManifestObject[]
  problems: Problem[]
  graph: GraphModel
  /** What a conformant controller would write. Absent until the resolve stage exists. */
  status?: StatusReport
  /** Listeners as served, and the accepted route attachments: the simulator's input. */
  listeners?: EffectiveListener[]
  bindings?: RouteBinding[]
  /** How long each stage took, in milliseconds, for the status bar and the benchmarks. */
  timings: Record<string, number>
}

import type { EffectiveListener, ResolvedReference, RouteBinding } from './attachment'
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

/**
 * Optional conformance features the simulated controller claims (upstream feature names).
 * Both default to true, as Envoy-based gateways support them.
 */
export interface ControllerFeatures {
  /** TLSRoute on a TLS listener in `Terminate` mode. */
  TLSRouteModeTerminate?: boolean
  /** TLS listeners in `Passthrough` and `Terminate` mode sharing one port. */
  TLSRouteModeMixed?: boolean
}

export interface AnalyzeOptions {
  channel?: Channel
  /**
   * How references to core objects resolve (Services, and likewise Secrets and ConfigMaps):
   * `declared` against declared objects only, `assumed` as if every one existed, `auto` (the
   * default) per kind: declared when the workspace declares any object of that kind.
   */
  services?: ServiceResolution
  features?: ControllerFeatures
}

/** Everything the UI and CLI read about a workspace. Plain data, safe to post between threads. */
export interface Analysis {
  /** The document version this analysis belongs to; the UI drops answers for older versions. */
  version: number
  objects: ManifestObject[]
  problems: Problem[]
  graph: GraphModel
  /** What a conformant controller would write. */
  status: StatusReport
  /** Listeners as served, and the accepted route attachments: the simulator's input. */
  listeners: EffectiveListener[]
  bindings: RouteBinding[]
  /** Every backendRef, mirror, certificate and CA reference, resolved. */
  references: ResolvedReference[]
  /** How long each stage took, in milliseconds, for the status bar and the benchmarks. */
  timings: Record<string, number>
}

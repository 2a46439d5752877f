/**
 * A workspace as it is saved, shared and exported: the text (the truth) plus the layout and test
 * cases kept beside it. Plain data, safe to structured-clone, store in IndexedDB and put in a link.
 */
export interface WorkspaceContent {
  /** The manifests: one multi-document YAML text. */
  text: string
  /** The name the text is analysed under (shown in problem positions, e.g. `workspace.yaml:3:5`). */
  fileName: string
  /** Node positions the user dragged, by graph node id. Layout, never part of the manifests. */
  positions: Record<string, { x: number; y: number }>
  /**
   * The request tester's test cases. Their format belongs to the tester; workspaces store, share
   * and export them without looking inside. Must be JSON-compatible data (or a YAML string).
   */
  cases?: unknown
  /** Panel sizes and similar UI layout, by panel id. Opaque here, like `cases`. */
  layout?: Record<string, unknown>
  /** The gallery example this workspace started from, if any. */
  exampleId?: string
}

/** A URL fragment (after `#`) that starts with this is a RouteLab share link. */
export const SHARE_FRAGMENT_PREFIX = 'share='

/** The longest share link RouteLab makes, in characters (the reasons are in engine/share). */
export const MAX_SHARE_LINK_CHARS = 32_000

/** What a share link carries (format version 1). */
export interface SharedWorkspace {
  name: string
  text: string
  cases?: unknown
  exampleId?: string
  positions?: Record<string, { x: number; y: number }>
}

/** Why a share link could not be made or opened; `code` is stable, `message` is for people. */
export interface ShareError {
  code: 'share-too-large' | 'share-malformed' | 'share-invalid-compression' | 'share-unsupported-version' | 'share-decompressed-too-large'
  message: string
}

export type ShareLinkResult = { ok: true; fragment: string; length: number } | { ok: false; error: ShareError }
export type SharedWorkspaceResult = { ok: true; workspace: SharedWorkspace } | { ok: false; error: ShareError }

/** Options for exporting manifests. Server fields are stripped only on request. */
export interface ExportOptions {
  /** Put documents in dependency order (Namespaces, Gateways and ListenerSets, routes, ReferenceGrants, Services). */
  order?: boolean
  /** Remove `status` and fields the API server sets (managedFields, resourceVersion, uid, ...). */
  stripServerFields?: boolean
  /**
   * Also remove `metadata.creationTimestamp`. Off by default: route precedence breaks ties by the
   * oldest route, so the timestamp changes which rule wins.
   */
  stripCreationTimestamp?: boolean
}

/** Imports larger than this (characters, all files together) are refused with a message. */
export const MAX_IMPORT_CHARS = 32 * 1024 * 1024

export interface ImportFile {
  name: string
  text: string
}

export interface ImportOptions {
  /** Remove `status` and server-set fields while importing. `kind: List` is always unwrapped. */
  stripServerFields?: boolean
  stripCreationTimestamp?: boolean
}

/** What happened to one imported file. */
export interface ImportedFileReport {
  name: string
  /** False when the file is not Kubernetes YAML or JSON; `message` says why and nothing of it is imported. */
  ok: boolean
  message?: string
  /** Kubernetes objects found, by kind (List items counted one by one). */
  kinds: Record<string, number>
  objects: number
  /** Objects that carry status or server-set fields (what "clean" would remove). */
  withServerFields: number
  listsUnwrapped: number
  convertedFromJson: boolean
}

export interface ImportResult {
  files: ImportedFileReport[]
  /** The accepted files' documents, joined as one multi-document YAML text. */
  text: string
}

/** Progress of a long operation, for a progress bar: `done` of `total` units in `phase`. */
export interface Progress {
  phase: string
  done: number
  total: number
}

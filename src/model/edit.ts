import type { ObjectRef } from './objects'

/** A path inside one object, as keys and list indexes: `['spec', 'rules', 0, 'backendRefs', 1, 'weight']`. */
export type FieldPath = (string | number)[]

/**
 * A change to the manifests, described as intent rather than text. Inspector forms, canvas
 * gestures, fix-it buttons and the CLI all produce these; `engine/edit` turns each into a minimal
 * text patch that keeps comments, key order, quoting and indentation of everything untouched.
 */
export type EditIntent =
  /** Sets a field, creating missing parent maps. */
  | { op: 'set'; target: ObjectRef; path: FieldPath; value: unknown }
  /** Removes a field or a list item. */
  | { op: 'remove'; target: ObjectRef; path: FieldPath }
  /** Inserts into a list (creating it if absent); appends when `index` is absent. */
  | { op: 'insert'; target: ObjectRef; path: FieldPath; value: unknown; index?: number }
  /** Adds a new object as its own YAML document, after `after` or at the end. */
  | { op: 'addObject'; manifest: Record<string, unknown>; after?: ObjectRef; comment?: string }
  /** Removes an object's whole YAML document. */
  | { op: 'removeObject'; target: ObjectRef }

/** A fix the engine can offer for a problem: a title for the button and the edits it makes. */
export interface SuggestedFix {
  title: string
  edits: EditIntent[]
}

/** Replaces `[start, end)` of the text an edit was applied to with `text`. */
export interface TextChange {
  start: number
  end: number
  text: string
}

/**
 * What `applyEdit` answers. `changes` is the minimal replacement that turns the old text into the
 * new one, ready for an editor to apply as one undoable operation. `strategy` says how it was made:
 * `patch` (text spliced at the edited node only), `document` (that one YAML document re-printed by
 * the `yaml` Document API, the fallback for shapes a patch cannot express) or `none` (no change).
 */
export type EditResult =
  | { ok: true; text: string; changes: TextChange[]; strategy: 'patch' | 'document' | 'none' }
  | { ok: false; code: 'edit-target-missing' | 'edit-path-missing' | 'edit-unparsable' | 'edit-failed'; message: string }

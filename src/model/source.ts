/** Where something sits in the user's text. Lines and columns are 1-based, as editors show them. */
export interface SourceRange {
  file: string
  /** Character offsets into the file's text, end exclusive. */
  start: number
  end: number
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Offsets only, end exclusive; turned into a SourceRange by the file's line index when needed. */
export type Span = readonly [start: number, end: number]

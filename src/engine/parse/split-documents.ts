/**
 * Finds the YAML documents in a text without parsing it: a line that starts with `---` followed by
 * a space, tab or line end always starts a new document (YAML 1.2 forbids that marker inside
 * content, even in block scalars). Splitting first lets the engine re-parse only the documents an
 * edit touched.
 */
export interface DocumentChunk {
  /** Offset of the chunk in the file; the chunk includes its leading `---` line. */
  start: number
  end: number
}

const MARKER = /^---(?=[ \t\r\n]|$)/gm

export function splitDocuments(text: string): DocumentChunk[] {
  const starts: number[] = [0]
  MARKER.lastIndex = 0
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (m.index > 0) starts.push(m.index)
  }
  const chunks: DocumentChunk[] = []
  for (let i = 0; i < starts.length; i++) {
    chunks.push({ start: starts[i] ?? 0, end: starts[i + 1] ?? text.length })
  }
  return chunks
}

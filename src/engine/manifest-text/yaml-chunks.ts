import { splitDocuments } from '../parse/split-documents'

/**
 * One YAML document of a multi-document text, as written: `marker` says whether it began with a
 * `---` line, `body` is everything after those three dashes (or the whole chunk when there was
 * no marker). Moving chunks around and joining them again never touches a body.
 */
export interface YamlChunk {
  marker: boolean
  body: string
}

/**
 * Cuts a text into its documents without parsing it.
 *
 * @example
 * chunkDocuments('a: 1\n---\nb: 2\n') // [{ marker: false, body: 'a: 1\n' }, { marker: true, body: '\nb: 2\n' }]
 */
export function chunkDocuments(text: string): YamlChunk[] {
  return splitDocuments(text).map(({ start, end }) => {
    const chunk = text.slice(start, end)
    return chunk.startsWith('---') ? { marker: true, body: chunk.slice(3) } : { marker: false, body: chunk }
  })
}

/** The full text of a chunk, marker included. */
export function chunkText(chunk: YamlChunk): string {
  return chunk.marker ? `---${chunk.body}` : chunk.body
}

/**
 * Joins documents back into one text. A chunk that had no marker gets one (`---` and a line break)
 * unless it comes first, and a line break is added where a document did not end with one, so no
 * two documents ever run together.
 *
 * @example
 * joinChunks([{ marker: true, body: '\nb: 2' }, { marker: false, body: 'a: 1\n' }]) // '---\nb: 2\n---\na: 1\n'
 */
export function joinChunks(chunks: readonly YamlChunk[]): string {
  let out = ''
  chunks.forEach((c, i) => {
    if (out.length > 0 && !out.endsWith('\n')) out += '\n'
    if (c.marker) out += `---${c.body}`
    else out += i === 0 ? c.body : `---\n${c.body}`
  })
  return out
}

/**
 * A document's content with its separator normalised away: what "kept byte for byte" is checked
 * against. The `---` marker and the one line break a join may add are not content.
 *
 * @example
 * documentContent({ marker: true, body: '\na: 1' }) === documentContent({ marker: false, body: 'a: 1\n' }) // true
 */
export function documentContent(chunk: YamlChunk): string {
  const body = chunk.marker ? chunk.body.replace(/^\r?\n/, '') : chunk.body
  return body.endsWith('\n') ? body : `${body}\n`
}

/**
 * Appends `addition`'s documents after `base`'s, as new documents. Neither text is otherwise changed.
 *
 * @example
 * appendDocuments('a: 1\n', 'b: 2\n') // 'a: 1\n---\nb: 2\n'
 */
export function appendDocuments(base: string, addition: string): string {
  if (base === '') return addition
  if (addition === '') return base
  const sep = base.endsWith('\n') ? '' : '\n'
  return /^---(?=[ \t\r\n]|$)/.test(addition) ? `${base}${sep}${addition}` : `${base}${sep}---\n${addition}`
}

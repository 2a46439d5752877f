import { ROUTE_KINDS } from '../../model'
import { readDocumentIdentity } from '../manifest-text/read-identity'
import { chunkDocuments, chunkText, joinChunks, type YamlChunk } from '../manifest-text/yaml-chunks'

/**
 * The order `kubectl apply -f` should meet objects in: what others refer to first. CRDs, then
 * Namespaces (everything namespaced lives in one), GatewayClasses, Gateways and ListenerSets,
 * routes (they attach to Gateways), ReferenceGrants (they permit routes' cross-namespace refs),
 * Services. Kinds not listed go last, in the order written.
 */
const RANK: Record<string, number> = {
  CustomResourceDefinition: 0,
  Namespace: 1,
  GatewayClass: 2,
  Gateway: 3,
  ListenerSet: 3,
  ...Object.fromEntries(ROUTE_KINDS.map((k) => [k, 4])),
  ReferenceGrant: 5,
  Service: 6,
}
const OTHER = 7

/** Where a kind goes in dependency order (lower first). */
export function kindRank(kind: string | undefined): number {
  return (kind !== undefined ? RANK[kind] : undefined) ?? OTHER
}

/**
 * Puts documents in dependency order (see `kindRank`); documents of the same rank keep their
 * order. A `kind: List` goes where its earliest item would. Every document is moved whole, byte
 * for byte, with its comments: a document holding only comments travels with the document after
 * it (it is usually that document's heading), except a leading one, which stays at the top, and
 * trailing ones, which stay at the end. Comments written just above a `---` belong to the
 * document before it, as YAML itself reads them.
 *
 * @example
 * orderDocuments('kind: Service\n---\nkind: Gateway\n') // 'kind: Gateway\n---\nkind: Service\n'
 */
export function orderDocuments(text: string): string {
  const chunks = chunkDocuments(text)
  const groups: { rank: number; index: number; chunks: YamlChunk[] }[] = []
  let pending: YamlChunk[] = []
  let head: YamlChunk[] = []
  chunks.forEach((chunk, index) => {
    const id = readDocumentIdentity(chunkText(chunk))
    if (id.empty) {
      if (index === 0) head = [chunk]
      else pending.push(chunk)
      return
    }
    const rank = id.objects.length === 0 ? OTHER : Math.min(...id.objects.map((o) => kindRank(o.kind)))
    groups.push({ rank, index, chunks: [...pending, chunk] })
    pending = []
  })
  if (groups.length < 2) return text
  const sorted = [...groups].sort((a, b) => a.rank - b.rank || a.index - b.index)
  if (sorted.every((g, i) => g === groups[i])) return text
  return joinChunks([...head, ...sorted.flatMap((g) => g.chunks), ...pending])
}

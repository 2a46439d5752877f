import { useLab } from '../state'
import { ExportObjectActions } from '../workspace'

/** Details of the selected graph node. */
export function Inspector() {
  const node = useLab((s) => s.lastGood?.graph.nodes.find((n) => n.id === s.selection))
  if (!node) return <p className="muted">Select a node in the graph to inspect it.</p>
  return (
    <dl className="inspector">
      <dt>Kind</dt>
      <dd>{node.objectKind}</dd>
      {node.namespace && (
        <>
          <dt>Namespace</dt>
          <dd>{node.namespace}</dd>
        </>
      )}
      <dt>Name</dt>
      <dd>{node.name}</dd>
      {node.detail && (
        <>
          <dt>Detail</dt>
          <dd>{node.detail}</dd>
        </>
      )}
      {node.missing && (
        <>
          <dt>Note</dt>
          <dd>Referenced but not declared in the manifests.</dd>
        </>
      )}
      {!node.missing && (
        <>
          <dt>Export</dt>
          <dd>
            <ExportObjectActions objectKey={node.objectKey} />
          </dd>
        </>
      )}
    </dl>
  )
}

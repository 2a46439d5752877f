import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { GraphEdge } from '../../model'

export type LabFlowEdge = Edge<{ edge: GraphEdge }, 'lab'>

/**
 * Every edge: a bezier curve, plus for backend references a pill with the traffic share and, when
 * the reference crosses namespaces, the ReferenceGrant that allows it or a "no ReferenceGrant"
 * mark. An edge the status makes invalid (a parent that did not accept the route, a backend that
 * does not resolve) is red and dashed, with its reason; hovering the reason shows why.
 */
export const LabEdge = memo(function LabEdge(props: EdgeProps<LabFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props
  const e = data?.edge
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
  const cross = e?.crossNamespace
  const hasLabel = e?.label !== undefined || cross !== undefined || e?.reason !== undefined
  // Labels sit near the target end so that fan-outs from one rule do not overlap.
  const t = e?.kind === 'backendRef' ? 0.62 : 0.5
  const x = e?.kind === 'backendRef' ? sourceX + (targetX - sourceX) * t : labelX
  const y = e?.kind === 'backendRef' ? sourceY + (targetY - sourceY) * t : labelY
  const state = e?.invalid ? ' invalid' : cross && !cross.grant ? ' no-grant' : cross?.grant ? ' granted' : ''
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`lab-edge edge-${e?.kind ?? 'other'}${selected ? ' selected' : ''}${state}`} interactionWidth={14} />
      {hasLabel && e && (
        <EdgeLabelRenderer>
          <div className={`edge-label edge-label-${e.kind}${selected ? ' selected' : ''}${state}`} style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }} data-edge-id={e.id}>
            {e.label !== undefined && <span className={`share${e.share === 0 ? ' zero' : ''}`}>{e.label}</span>}
            {cross &&
              (cross.grant ? (
                <span className="grant ok" title={`Allowed by ReferenceGrant ${cross.grant}`}>
                  ✓ grant {cross.grant.split('/')[1]}
                </span>
              ) : (
                <span className="grant missing" title={e.detail ?? 'This reference crosses namespaces and no ReferenceGrant allows it'}>
                  no ReferenceGrant
                </span>
              ))}
            {e.reason && !(cross && !cross.grant && e.reason === 'RefNotPermitted') && (
              <span className={`reason${e.invalid ? '' : ' quiet'}`} title={e.detail}>
                {e.invalid ? '✕ ' : ''}
                {e.reason}
              </span>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
})

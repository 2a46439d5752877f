import { useWorkspaceSession } from './context'
import { exportResource, refFromKey } from './export-actions'

/**
 * Download or copy one resource's YAML. Used by the inspector; the canvas's context menu can call
 * `useExportResource()` for the same thing.
 */
export function ExportObjectActions({ objectKey, missing }: { objectKey: string; missing?: boolean }) {
  const exportIt = useExportResource()
  if (missing || !refFromKey(objectKey)) return null
  return (
    <div className="ws-object-actions">
      <button onClick={() => exportIt(objectKey, 'download')}>Download YAML</button>
      <button onClick={() => exportIt(objectKey, 'copy')}>Copy YAML</button>
    </div>
  )
}

/** The hook for other components (a canvas context menu): export a resource by its `objectKey`. */
export function useExportResource(): (objectKey: string, to: 'download' | 'copy') => void {
  const session = useWorkspaceSession()
  return (objectKey, to) => {
    const ref = refFromKey(objectKey)
    if (ref) void exportResource(session, ref, to)
  }
}

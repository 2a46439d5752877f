import { useEffect, useState } from 'react'
import { useWorkspaceSession } from './context'
import { importFiles } from './lazy-actions'

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false

/**
 * Lets the user drop .yaml/.json files anywhere on the page. Listens on the window in the capture
 * phase, so the editor does not take a dropped file for text.
 */
export function FileDropZone() {
  const session = useWorkspaceSession()
  const [over, setOver] = useState(false)
  useEffect(() => {
    let depth = 0
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      depth++
      setOver(true)
    }
    const overPage = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      e.stopPropagation()
      depth = 0
      setOver(false)
      void importFiles(session, [...(e.dataTransfer?.files ?? [])])
    }
    window.addEventListener('dragenter', enter, true)
    window.addEventListener('dragover', overPage, true)
    window.addEventListener('dragleave', leave, true)
    window.addEventListener('drop', drop, true)
    return () => {
      window.removeEventListener('dragenter', enter, true)
      window.removeEventListener('dragover', overPage, true)
      window.removeEventListener('dragleave', leave, true)
      window.removeEventListener('drop', drop, true)
    }
  }, [session])
  if (!over) return null
  return (
    <div className="ws-drop" aria-hidden="true">
      <div className="ws-drop-card">Drop .yaml or .json files to import them</div>
    </div>
  )
}

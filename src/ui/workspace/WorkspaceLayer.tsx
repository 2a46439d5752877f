import { lazy, Suspense } from 'react'
import './workspace.css'
import { useSession } from './context'
import { FileDropZone } from './FileDropZone'
import { Notices } from './Notices'

// Dialogs load on first use: they are not needed for the first paint.
const ImportProgressDialog = lazy(() => import('./ImportDialogs').then((m) => ({ default: m.ImportProgressDialog })))
const ImportReviewDialog = lazy(() => import('./ImportDialogs').then((m) => ({ default: m.ImportReviewDialog })))
const PasteDialog = lazy(() => import('./ImportDialogs').then((m) => ({ default: m.PasteDialog })))
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })))
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })))
const RenameDialog = lazy(() => import('./RenameDialog').then((m) => ({ default: m.RenameDialog })))

/** Everything the workspace features float above the lab: dialogs, notices and the drop target. */
export function WorkspaceLayer() {
  const dialog = useSession((s) => s.dialog)
  return (
    <>
      <Suspense fallback={null}>
        {dialog?.kind === 'import-progress' && <ImportProgressDialog label={dialog.label} progress={dialog.progress} />}
        {dialog?.kind === 'import-review' && <ImportReviewDialog result={dialog.result} source={dialog.source} />}
        {dialog?.kind === 'paste' && <PasteDialog />}
        {dialog?.kind === 'export' && <ExportDialog />}
        {dialog?.kind === 'share' && <ShareDialog />}
        {dialog?.kind === 'rename' && <RenameDialog id={dialog.id} name={dialog.name} />}
      </Suspense>
      <FileDropZone />
      <Notices />
    </>
  )
}

import { useState } from 'react'
import type { ImportResult, Progress } from '../../model'
import { useWorkspaceSession } from './context'
import { applyImport, importText, type ImportMode } from './import-actions'
import { Modal } from './Modal'
import { StripOptions } from './StripOptions'

/** Reading and checking files: a progress bar that follows the worker, and a way out. */
export function ImportProgressDialog({ label, progress }: { label: string; progress?: Progress }) {
  const session = useWorkspaceSession()
  const pct = progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : undefined
  return (
    <Modal title={`Importing ${label}`} onClose={() => session.state.setState({ dialog: undefined })} testId="import-progress">
      <p className="muted">{progress?.phase ?? 'Working…'}</p>
      <div className="ws-progress" role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <div className={pct === undefined ? 'ws-progress-bar indeterminate' : 'ws-progress-bar'} style={pct === undefined ? undefined : { width: `${pct}%` }} />
      </div>
      <p className="muted">{pct === undefined ? '' : `${pct}%`} The page stays usable: the work happens in a background worker.</p>
    </Modal>
  )
}

/** What was found in the files, and the user's choice: replace, append, or a new workspace. */
export function ImportReviewDialog({ result, source }: { result: ImportResult; source: string }) {
  const session = useWorkspaceSession()
  const ok = result.files.filter((f) => f.ok)
  const withServerFields = ok.reduce((n, f) => n + f.withServerFields, 0)
  const [strip, setStrip] = useState(withServerFields > 0)
  const [stripCreation, setStripCreation] = useState(false)
  const close = () => session.state.setState({ dialog: undefined })
  const apply = (mode: ImportMode) => void applyImport(session, result, source, mode, { stripServerFields: strip, stripCreationTimestamp: strip && stripCreation })
  const objects = ok.reduce((n, f) => n + f.objects, 0)

  return (
    <Modal
      title={ok.length ? `Import ${objects} object${objects === 1 ? '' : 's'}` : 'Nothing to import'}
      onClose={close}
      testId="import-review"
      actions={
        ok.length ? (
          <>
            <button onClick={close}>Cancel</button>
            <button onClick={() => apply('new')}>Open as new workspace</button>
            <button onClick={() => apply('append')}>Append to workspace</button>
            <button className="primary" onClick={() => apply('replace')}>
              Replace workspace
            </button>
          </>
        ) : (
          <button className="primary" onClick={close}>
            Close
          </button>
        )
      }
    >
      <ul className="ws-files">
        {result.files.map((f) => (
          <li key={f.name} className={f.ok ? 'ok' : 'refused'}>
            <span aria-hidden="true">{f.ok ? '✓' : '✗'}</span>{' '}
            {f.ok ? (
              <>
                <strong>{f.name}</strong>: {Object.entries(f.kinds).map(([k, n]) => `${n} ${k}`).join(', ')}
                {f.listsUnwrapped > 0 && ` (unwrapped from kind: List)`}
                {f.convertedFromJson && ' (converted from JSON to YAML)'}
              </>
            ) : (
              <span className="ws-refusal">{f.message}. Nothing of it is imported.</span>
            )}
          </li>
        ))}
      </ul>
      {ok.length > 0 && (
        <StripOptions legend="Clean up" strip={strip} onStrip={setStrip} stripCreation={stripCreation} onStripCreation={setStripCreation} foundIn={withServerFields}>
          <p className="muted">Replacing or appending is one step in the editor: Undo brings the previous text back.</p>
        </StripOptions>
      )}
    </Modal>
  )
}

/** Paste YAML or JSON, such as `kubectl get gateways,httproutes -A -o yaml` output. */
export function PasteDialog() {
  const session = useWorkspaceSession()
  const [text, setText] = useState('')
  const close = () => session.state.setState({ dialog: undefined })
  return (
    <Modal
      title="Paste manifests"
      onClose={close}
      testId="paste-dialog"
      actions={
        <>
          <button onClick={close}>Cancel</button>
          <button className="primary" disabled={!text.trim()} onClick={() => void importText(session, text)}>
            Continue
          </button>
        </>
      }
    >
      <label className="ws-field">
        YAML or JSON, for example the output of <code>kubectl get gateways,httproutes -A -o yaml</code>. A <code>kind: List</code> is split into one document per
        object; you choose next whether to remove server fields.
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} spellCheck={false} aria-label="Manifests to import" />
      </label>
    </Modal>
  )
}

import { useState } from 'react'
import { useLab } from '../state'
import { useWorkspaceSession } from './context'
import { copyWorkspace, downloadCases, downloadWorkspace } from './export-actions'
import { Modal } from './Modal'
import { StripOptions } from './StripOptions'

/** Download or copy the workspace as one `kubectl apply -f` ready file, and the test cases file. */
export function ExportDialog() {
  const session = useWorkspaceSession()
  const hasCases = useLab((s) => s.cases !== undefined)
  const [strip, setStrip] = useState(false)
  const [stripCreation, setStripCreation] = useState(false)
  const options = { order: true, stripServerFields: strip, stripCreationTimestamp: strip && stripCreation }
  const close = () => session.state.setState({ dialog: undefined })
  return (
    <Modal
      title="Export"
      onClose={close}
      testId="export-dialog"
      actions={
        <>
          <button onClick={close}>Close</button>
          <button onClick={() => void copyWorkspace(session, options)}>Copy to clipboard</button>
          <button className="primary" onClick={() => void downloadWorkspace(session, options)}>
            Download .yaml
          </button>
        </>
      }
    >
      <p>
        One multi-document YAML file, ready for <code>kubectl apply -f</code>: Namespaces first, then Gateways and ListenerSets, routes, ReferenceGrants and Services.
        Comments are kept.
      </p>
      <StripOptions legend="Options" strip={strip} onStrip={setStrip} stripCreation={stripCreation} onStripCreation={setStripCreation} />
      <h3>Test cases</h3>
      <p className="muted">{hasCases ? 'The request tester’s test cases for this workspace, as a YAML file.' : 'This workspace has no test cases yet.'}</p>
      <button disabled={!hasCases} onClick={() => void downloadCases(session)}>
        Download test cases
      </button>
    </Modal>
  )
}

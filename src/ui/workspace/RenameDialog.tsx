import { useState } from 'react'
import { useWorkspaceSession } from './context'
import { Modal } from './Modal'
import { renameWorkspace } from './workspace-actions'

export function RenameDialog({ id, name }: { id: string; name: string }) {
  const session = useWorkspaceSession()
  const [value, setValue] = useState(name)
  const close = () => session.state.setState({ dialog: undefined })
  const save = () => {
    close()
    void renameWorkspace(session, id, value)
  }
  return (
    <Modal
      title="Rename workspace"
      onClose={close}
      actions={
        <>
          <button onClick={close}>Cancel</button>
          <button className="primary" disabled={!value.trim()} onClick={save}>
            Rename
          </button>
        </>
      }
    >
      <form
        id="ws-rename"
        onSubmit={(e) => {
          e.preventDefault()
          if (value.trim()) save()
        }}
      >
        <label className="ws-field">
          Name
          <input autoFocus value={value} maxLength={120} onChange={(e) => setValue(e.target.value)} />
        </label>
      </form>
    </Modal>
  )
}

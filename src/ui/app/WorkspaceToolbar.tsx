import { useRef } from 'react'
import { importFiles, SaveStatus, useWorkspaceSession, WorkspaceMenu } from '../workspace'

/** The header's workspace controls: the workspace list, save state, open, paste, export and share. */
export function WorkspaceToolbar() {
  const session = useWorkspaceSession()
  const input = useRef<HTMLInputElement>(null)
  const show = (kind: 'paste' | 'export' | 'share') => session.state.setState({ dialog: { kind } })
  return (
    <nav className="ws-toolbar" aria-label="Workspace">
      <WorkspaceMenu />
      <SaveStatus />
      <span className="ws-toolbar-buttons">
        <button onClick={() => input.current?.click()} title="Open .yaml or .json files (or drop them on the page)">
          Open…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml"
          hidden
          data-testid="open-files"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])]
            e.target.value = ''
            void importFiles(session, files)
          }}
        />
        <button onClick={() => show('paste')} title="Paste YAML or JSON, such as kubectl get … -o yaml output">
          Paste…
        </button>
        <button onClick={() => show('export')}>Export…</button>
        <button onClick={() => show('share')}>Share…</button>
      </span>
    </nav>
  )
}

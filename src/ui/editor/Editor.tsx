import { useEffect, useRef } from 'react'
import type { Problem } from '../../model'
import { setText, useLabStore } from '../state'
import { setupMonaco } from './monaco-setup'

const SEVERITY = { error: 8, warning: 4, info: 2 } as const

/**
 * The YAML editor. Monaco owns the undo history; the store mirrors its text. Changes that come
 * from elsewhere (canvas, inspector, loading) are pushed in as one undoable edit, and the echo of
 * our own edits is ignored by comparing texts.
 */
export default function Editor() {
  const store = useLabStore()
  const host = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const monaco = setupMonaco()
    const state = store.getState()
    const uri = monaco.Uri.parse(`file:///${state.fileName}`)
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(state.text, 'yaml', uri)
    if (model.getValue() !== state.text) model.setValue(state.text)
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches
    const editor = monaco.editor.create(host.current!, {
      model,
      theme: dark ? 'vs-dark' : 'vs',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      // Chromium's EditContext path drops typed spaces under automation; the textarea path does not.
      editContext: false,
      ariaLabel: 'Manifests (YAML)',
    })

    const typed = model.onDidChangeContent(() => setText(store, model.getValue(), 'editor'))

    const unsubscribe = store.subscribe((s, prev) => {
      if (s.text !== prev.text && s.text !== model.getValue()) {
        // A loaded workspace is not an edit: no undo entry, so Undo never steps into another workspace.
        if (s.lastOrigin === 'load') model.setValue(s.text)
        else model.pushEditOperations([], [{ range: model.getFullModelRange(), text: s.text }], () => null)
      }
      if (s.analysis !== prev.analysis && s.analysis) {
        monaco.editor.setModelMarkers(model, 'routelab', s.analysis.problems.filter((p) => p.file === s.fileName).map(toMarker))
      }
    })
    const current = store.getState().analysis
    if (current) monaco.editor.setModelMarkers(model, 'routelab', current.problems.map(toMarker))

    return () => {
      unsubscribe()
      typed.dispose()
      editor.dispose()
    }
  }, [store])

  return <div className="editor-host" ref={host} data-testid="yaml-editor" />
}

function toMarker(p: Problem) {
  return {
    severity: SEVERITY[p.severity],
    message: p.message,
    code: p.code,
    startLineNumber: p.line,
    startColumn: p.column,
    endLineNumber: p.endLine,
    endColumn: p.endLine === p.line && p.endColumn <= p.column ? p.column + 1 : p.endColumn,
    source: 'RouteLab',
  }
}

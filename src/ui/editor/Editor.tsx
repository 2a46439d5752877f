import { useEffect, useRef } from 'react'
import { useStore } from 'zustand'
import type { Problem } from '../../model'
import { redo, registerHistory, setText, undo, useLab, useLabStore } from '../state'
import { setupMonaco } from './monaco-setup'
import { screenReader, setScreenReader } from './screen-reader'
import './editor.css'

const SEVERITY = { error: 8, warning: 4, info: 2 } as const

/** The command Monaco names in the editor's accessible name while screen reader mode is off. */
const TOGGLE_READER = 'editor.action.toggleScreenReaderAccessibilityMode'

const prefersDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches

/**
 * The YAML editor. Monaco owns the one undo history of the workspace; the store mirrors its text.
 * A visual edit arrives as the engine's minimal change and is applied as one undoable operation
 * (edits of one group, like a slider drag, join one entry); its echo is ignored by origin. Undo
 * and redo from the keyboard anywhere in the app land here too.
 */
export default function Editor() {
  const store = useLabStore()
  const host = useRef<HTMLDivElement>(null)
  const fileName = useLab((s) => s.fileName)
  const reading = useStore(screenReader, (r) => r.on)

  useEffect(() => {
    const monaco = setupMonaco()
    const state = store.getState()
    const uri = monaco.Uri.parse(`file:///${state.fileName}`)
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(state.text, 'yaml', uri)
    if (model.getValue() !== state.text) model.setValue(state.text)
    let applying = false
    let openGroup: string | undefined
    // The text the model holds, as last read: a typed key reads the model once (a large workspace is
    // a long string to rebuild), and the store's echo of it is recognised without reading again.
    let modelText = model.getValue()
    // Listened to before the editor exists, so a key's text goes to the engine before Monaco's own
    // listeners (view, decorations, folding) do their part of the keystroke.
    const typed = model.onDidChangeContent((e) => {
      if (applying) return
      openGroup = undefined
      modelText = model.getValue()
      setText(store, modelText, e.isUndoing || e.isRedoing ? 'history' : 'editor')
    })
    const editor = monaco.editor.create(host.current!, {
      model,
      theme: prefersDark() ? 'routelab-dark' : 'routelab-light',
      automaticLayout: true,
      // Section headers are drawn only in the minimap, which is off; Monaco still scans the whole
      // document for them in its worker 250 ms after every change unless told not to.
      minimap: { enabled: false, showRegionSectionHeaders: false, showMarkSectionHeaders: false },
      fontSize: 12.5,
      lineHeight: 19,
      tabSize: 2,
      scrollBeyondLastLine: false,
      renderLineHighlight: 'line',
      padding: { top: 6 },
      // Chromium's EditContext path drops typed spaces under automation; the textarea path does not.
      editContext: false,
      // Sticky headers and folding from indentation, computed in place. Their default asks the YAML
      // worker for the document's outline and folding ranges after every change; in a large
      // workspace that outline is tens of thousands of symbols to parse, copy back and rebuild
      // per keystroke. YAML's structure is its indentation, so the headers and folds are the same.
      stickyScroll: { enabled: true, defaultModel: 'indentationModel' },
      foldingStrategy: 'indentation',
      ariaLabel: 'Manifests (YAML)',
      // Per-keystroke work YAML has little use for: every move of the caret searched the whole
      // model for the word under it (in 500 routes, the word `name` thousands of times), and
      // brackets, links and colours are rare in manifests. Invisible characters are still shown.
      occurrencesHighlight: 'off',
      selectionHighlight: false,
      links: false,
      colorDecorators: false,
      bracketPairColorization: { enabled: false },
      matchBrackets: 'never',
      // Off unless asked for (screen-reader.ts): it costs every keystroke several milliseconds.
      accessibilitySupport: screenReader.getState().on ? 'on' : 'off',
    })
    // While screen reader mode is off, Monaco's accessible name for the editor says how to turn it
    // on, naming this command's key: so the key is a global rule, where Monaco looks it up.
    const toggle = () => setScreenReader(!screenReader.getState().on)
    const readerCommand = monaco.editor.registerCommand(TOGGLE_READER, toggle)
    const readerKey = monaco.editor.addKeybindingRule({ keybinding: monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.F1, command: TOGGLE_READER })
    // Also in the command palette (F1).
    const readerAction = editor.addAction({ id: 'routelab.toggleScreenReader', label: 'Toggle screen reader mode (Shift+Alt+F1)', run: toggle })
    const unwatchReader = screenReader.subscribe((r) => editor.updateOptions({ accessibilitySupport: r.on ? 'on' : 'off' }))
    const media = window.matchMedia?.('(prefers-color-scheme: dark)')
    const onScheme = () => monaco.editor.setTheme(prefersDark() ? 'routelab-dark' : 'routelab-light')
    media?.addEventListener('change', onScheme)

    // Lines a visual edit changed glow briefly, and scroll into view, so the YAML's answer is seen.
    const flash = editor.createDecorationsCollection()
    let flashTimer: ReturnType<typeof setTimeout> | undefined
    const showChange = (start: number, text: string) => {
      const a = model.getPositionAt(start)
      const b = model.getPositionAt(start + text.length)
      editor.revealLinesInCenterIfOutsideViewport(a.lineNumber, b.lineNumber)
      flash.set([{ range: new monaco.Range(a.lineNumber, 1, b.lineNumber, 1), options: { isWholeLine: true, className: 'routelab-flash' } }])
      if (flashTimer) clearTimeout(flashTimer)
      flashTimer = setTimeout(() => flash.clear(), 1200)
    }

    const unsubscribe = store.subscribe((s, prev) => {
      if (s.text !== prev.text && s.text !== modelText) {
        // A loaded workspace is not an edit: no undo entry, so Undo never steps into another workspace.
        if (s.lastOrigin === 'load') {
          applying = true
          try {
            model.setValue(s.text)
          } finally {
            applying = false
            modelText = model.getValue()
          }
        } else {
          applying = true
          try {
            const edit = s.lastEdit && s.lastEdit.version === s.version ? s.lastEdit : undefined
            // A new group (or an ungrouped edit) starts a new undo entry; a group's later edits join it.
            if (!edit?.group || edit.group !== openGroup) model.pushStackElement()
            const ops = edit
              ? edit.changes.map((c) => {
                  const a = model.getPositionAt(c.start)
                  const b = model.getPositionAt(c.end)
                  return { range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column), text: c.text }
                })
              : [{ range: model.getFullModelRange(), text: s.text }]
            model.pushEditOperations(editor.getSelections(), ops, () => null)
            // A different origin (a load) or a stale change: make the text exactly the store's.
            if (model.getValue() !== s.text) model.pushEditOperations([], [{ range: model.getFullModelRange(), text: s.text }], () => null)
            openGroup = edit?.group
            if (!openGroup) model.pushStackElement()
            if (edit?.changes[0]) showChange(edit.changes[0].start, edit.changes[0].text)
          } finally {
            applying = false
            modelText = model.getValue()
          }
        }
      }
      // Markers only when the problems changed: a patch keeps an unchanged list identical.
      if (s.analysis && s.analysis.problems !== prev.analysis?.problems) {
        monaco.editor.setModelMarkers(model, 'routelab', s.analysis.problems.filter((p) => p.file === s.fileName).map(toMarker))
      }
    })
    const current = store.getState().analysis
    if (current) monaco.editor.setModelMarkers(model, 'routelab', current.problems.map(toMarker))

    registerHistory(store, {
      undo: () => editor.trigger('routelab', 'undo', null),
      redo: () => editor.trigger('routelab', 'redo', null),
      close: () => {
        openGroup = undefined
        model.pushStackElement()
      },
      reveal: (line, endLine) => {
        editor.revealLinesInCenterIfOutsideViewport(line, endLine)
        editor.setSelection(new monaco.Range(line, 1, line, 1))
        editor.focus()
      },
    })

    return () => {
      if (flashTimer) clearTimeout(flashTimer)
      registerHistory(store, undefined)
      media?.removeEventListener('change', onScheme)
      unsubscribe()
      unwatchReader()
      readerAction.dispose()
      readerKey.dispose()
      readerCommand.dispose()
      typed.dispose()
      editor.dispose()
    }
  }, [store])

  return (
    <div className="editor">
      <div className="pane-head">
        <span className="pane-title">{fileName}</span>
        <span className="pane-actions">
          <button type="button" className="tool-button" onClick={() => undo(store)} title="Undo (Ctrl+Z)" aria-label="Undo">
            ↶
          </button>
          <button type="button" className="tool-button" onClick={() => redo(store)} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
            ↷
          </button>
          <button type="button" className="tool-button" aria-pressed={reading} onClick={() => setScreenReader(!reading)} title={`Screen reader mode: ${reading ? 'on' : 'off'} (Shift+Alt+F1)`} aria-label="Screen reader mode">
            SR
          </button>
        </span>
      </div>
      <div className="editor-host" ref={host} data-testid="yaml-editor" />
    </div>
  )
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

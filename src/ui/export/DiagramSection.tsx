import { useMemo, useState } from 'react'
import { textBroken, useLab } from '../state'
import { useSession, useWorkspaceSession } from '../workspace/context'
import { downloadBlob, downloadText, fileNameFor } from '../workspace/download'
import { copyWithNotice } from './copy-with-notice'
import { pngScale, svgToPng } from './svg-to-png'
import { useDiagram, type DiagramChoice } from './use-diagram'

const PNG_SCALE = 2

/** Diagram export: a preview, light or dark, with or without a background; SVG or PNG, downloaded or copied. */
export function DiagramSection() {
  const session = useWorkspaceSession()
  const name = useSession((s) => s.current?.name ?? 'workspace')
  const stale = useLab(textBroken)
  const [choice, setChoice] = useState<DiagramChoice>({
    theme: 'light',
    background: true,
  })
  const [busy, setBusy] = useState(false)
  const diagram = useDiagram(choice, name)
  // A data URL needs no revoking; the preview is an <img>, so nothing in the SVG could run.
  const preview = useMemo(() => diagram && `data:image/svg+xml;charset=utf-8,${encodeURIComponent(diagram.svg)}`, [diagram])

  const nodes = diagram ? (diagram.svg.match(/<g class="node"/g)?.length ?? 0) : 0
  const scale = diagram ? pngScale(diagram.width, diagram.height, PNG_SCALE) : PNG_SCALE
  const png = async () => {
    if (!diagram) return
    setBusy(true)
    try {
      const r = await svgToPng(diagram.svg, diagram.width, diagram.height, PNG_SCALE)
      downloadBlob(fileNameFor(name, '.png'), r.blob)
    } catch (e) {
      session.notify('error', `The PNG could not be made: ${(e as Error).message}. The SVG download still works.`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="export-section" aria-labelledby="export-diagram-title">
      <h3 id="export-diagram-title">Diagram</h3>
      <p className="muted">
        The graph as the canvas draws it, every node included (also those scrolled out of view), at the positions you gave them. SVG stays sharp at any size and
        can be edited; PNG is for tools that take images only.
        {stale && ' The YAML does not parse right now, so this is the last graph that did.'}
      </p>
      <div className="export-options" role="group" aria-label="Diagram options">
        <label>
          <input type="radio" name="diagram-theme" checked={choice.theme === 'light'} onChange={() => setChoice({ ...choice, theme: 'light' })} /> Light
        </label>
        <label>
          <input type="radio" name="diagram-theme" checked={choice.theme === 'dark'} onChange={() => setChoice({ ...choice, theme: 'dark' })} /> Dark
        </label>
        <label>
          <input type="checkbox" checked={!choice.background} onChange={(e) => setChoice({ ...choice, background: !e.target.checked })} /> Transparent
          background
        </label>
      </div>
      <div className={`export-preview ${choice.theme}`} data-testid="diagram-preview">
        {preview && diagram ? (
          <img src={preview} alt={`Preview of the diagram: ${nodes} nodes`} width={diagram.width} height={diagram.height} />
        ) : (
          <p className="muted">Waiting for the first analysis…</p>
        )}
      </div>
      {diagram && (
        <p className="muted export-size">
          {diagram.width} × {diagram.height} px; PNG {Math.round(diagram.width * scale)} × {Math.round(diagram.height * scale)} px
          {scale < PNG_SCALE && ' (drawn smaller: a larger image would not fit a canvas; the SVG has every detail)'}
        </p>
      )}
      <div className="export-buttons">
        <button disabled={!diagram} onClick={() => diagram && downloadText(fileNameFor(name, '.svg'), diagram.svg, 'image/svg+xml')}>
          Download SVG
        </button>
        <button disabled={!diagram || busy} onClick={() => void png()}>
          {busy ? 'Drawing the PNG…' : 'Download PNG'}
        </button>
        <button disabled={!diagram} onClick={() => diagram && void copyWithNotice(session, diagram.svg, 'The SVG')}>
          Copy SVG
        </button>
      </div>
    </section>
  )
}

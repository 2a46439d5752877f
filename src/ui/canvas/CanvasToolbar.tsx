import { Panel, useReactFlow } from '@xyflow/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { ChecklistPopover, Menu, type MenuItem } from '../components/Menu'
import type { PaletteItem } from '../designer/templates'
import { resetPositions, select, setSearch, setView, textBroken, useLab, useLabStore } from '../state'
import { addFromPalette } from './lazy-canvas-actions'

const PALETTE: MenuItem[] = [
  { id: 's-entry', label: '', section: 'Entry' },
  { id: 'Gateway', label: 'Gateway', hint: 'with an HTTP listener' },
  { id: 'Listener', label: 'Listener', hint: 'on the selected Gateway' },
  { id: 's-routes', label: '', section: 'Routes' },
  { id: 'HTTPRoute', label: 'HTTPRoute' },
  { id: 'GRPCRoute', label: 'GRPCRoute' },
  { id: 'TLSRoute', label: 'TLSRoute' },
  { id: 'TCPRoute', label: 'TCPRoute' },
  { id: 'UDPRoute', label: 'UDPRoute' },
  { id: 'Rule', label: 'Rule', hint: 'on the selected route' },
  { id: 's-backends', label: '', section: 'Backends' },
  { id: 'Service', label: 'Backend (Service)', hint: 'wired to the selected rule' },
  { id: 'ReferenceGrant', label: 'ReferenceGrant' },
]

/** The canvas's tools: add, search, filter, group, fold, frame. */
export function CanvasToolbar() {
  const store = useLabStore()
  const rf = useReactFlow()
  const view = useLab((s) => s.view)
  const search = useLab((s) => s.search)
  const namespaces = useLab((s) => s.lastGood?.graph.namespaces)
  const kinds = useLab((s) => s.lastGood?.graph.kinds)
  const hidden = useLab((s) => s.lastGood?.graph.hiddenRoutes ?? 0)
  const nodes = useLab((s) => s.lastGood?.graph.nodes)
  const moved = useLab((s) => Object.keys(s.positions).length > 0)
  const paused = useLab(textBroken)
  const input = useRef<HTMLInputElement>(null)
  const [at, setAt] = useState(0)

  const matches = useMemo(() => {
    const q = search.trim().toLowerCase()
    if (!q || !nodes) return []
    return nodes.filter((n) => n.name.toLowerCase().includes(q) || n.ports?.some((p) => p.name.toLowerCase().includes(q)))
  }, [search, nodes])

  const jump = (delta: number) => {
    if (matches.length === 0) return
    const i = (at + delta + matches.length) % matches.length
    setAt(i)
    const n = matches[i]!
    select(store, n.id)
    void rf.fitView({ nodes: [{ id: n.id }], maxZoom: 1, minZoom: 0.6, duration: 250, padding: 0.6 })
  }

  // "/" puts the focus in the search box from anywhere outside a text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement
      if (e.key === '/' && !t.closest('input, textarea, [contenteditable], .monaco-editor')) {
        e.preventDefault()
        input.current?.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  const collapsed = view.collapseRules === true || (view.collapseRules === 'auto' && (nodes?.some((n) => n.kind === 'route' && n.collapsed) ?? false) && !(nodes?.some((n) => n.kind === 'rule') ?? false))
  return (
    <Panel position="top-left" className="canvas-toolbar" aria-label="Graph tools">
      <Menu label="Add" icon={<span aria-hidden className="plus">+</span>} items={PALETTE.map((p) => ({ ...p, disabled: paused }))} onPick={(id) => void addFromPalette(store, id as PaletteItem)} className="palette" />
      <div className="search" role="search">
        <input
          ref={input}
          type="search"
          placeholder="Search names  /"
          aria-label="Search the graph by name"
          value={search}
          onChange={(e) => {
            setSearch(store, e.target.value)
            setAt(-1)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') jump(e.shiftKey ? -1 : 1)
            else if (e.key === 'Escape') setSearch(store, '')
          }}
        />
        {search && (
          <span className="search-count" aria-live="polite">
            {matches.length === 0 ? 'none' : `${Math.max(0, at) + 1} of ${matches.length}`}
          </span>
        )}
      </div>
      <ChecklistPopover label="Namespaces" options={namespaces ?? []} chosen={view.namespaces} onChange={(v) => setView(store, { namespaces: v })} />
      <ChecklistPopover label="Kinds" options={kinds ?? []} chosen={view.kinds} onChange={(v) => setView(store, { kinds: v })} />
      <button type="button" className={`tool-button${view.groupByNamespace !== false ? ' active' : ''}`} aria-pressed={view.groupByNamespace !== false} onClick={() => setView(store, { groupByNamespace: view.groupByNamespace === false })} title="Draw a lane per namespace">
        Lanes
      </button>
      <button type="button" className={`tool-button${collapsed ? ' active' : ''}`} aria-pressed={collapsed} onClick={() => setView(store, { collapseRules: !collapsed, toggled: [] })} title="Fold every route's rules into the route">
        Fold rules
      </button>
      {moved && (
        <button type="button" className="tool-button" onClick={() => resetPositions(store)} title="Put moved nodes back in the automatic layout">
          Tidy
        </button>
      )}
      {hidden > 0 && <span className="filter-note">{hidden} route{hidden === 1 ? '' : 's'} hidden by filters</span>}
    </Panel>
  )
}

import { useEffect, useRef, useState } from 'react'
import type { FieldPath } from '../../model'
import { AddButton, FieldProblems, ItemCard } from '../components/fields'
import { closeEditGroup, edit, useLabStore } from '../state'
import { apiPath, useForm, useListEdit, valueAt } from './form-context'
import { NumberInput, TextInput } from './inputs'

interface Ref {
  name?: string
  namespace?: string
  port?: number
  weight?: number
}

let groups = 0

/** Percentages of each weight, to one decimal; all 0% when every weight is 0. */
export function shares(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0)
  return weights.map((w) => (total > 0 ? Math.round((w / total) * 1000) / 10 : 0))
}

/**
 * A rule's backends with a weight slider and number each, and the resulting traffic shares shown
 * live while dragging. One drag is one undo entry. `only` shows a single backendRef (an edge).
 */
export function BackendRefsEditor({ rule, only }: { rule: number; only?: number }) {
  const store = useLabStore()
  const form = useForm()
  const path: FieldPath = ['spec', 'rules', rule, 'backendRefs']
  const list = useListEdit(path)
  const refs = list.items as Ref[]
  const weights = refs.map((r) => (typeof r.weight === 'number' ? r.weight : 1))
  const [live, setLive] = useState<number[] | undefined>(undefined)
  const shown = live ?? weights
  const pct = shares(shown)
  const group = useRef<string | undefined>(undefined)
  const frame = useRef<number | undefined>(undefined)
  const pending = useRef<{ i: number; w: number } | undefined>(undefined)

  // A newer text (another edit, undo) replaces the values being shown once no drag is running.
  useEffect(() => {
    if (!group.current) setLive(undefined)
  }, [form.object])

  const push = () => {
    frame.current = undefined
    const p = pending.current
    if (!p) return
    pending.current = undefined
    void edit(store, [{ op: 'set', target: form.target, path: [...path, p.i, 'weight'], value: p.w }], { origin: 'inspector', group: group.current })
  }
  const change = (i: number, w: number) => {
    group.current ??= `weight-${++groups}`
    setLive((l) => (l ?? weights).map((x, j) => (j === i ? w : x)))
    pending.current = { i, w }
    // At most one edit per frame while dragging; the last value always lands.
    frame.current ??= requestAnimationFrame(push)
  }
  const end = () => {
    if (frame.current !== undefined) {
      cancelAnimationFrame(frame.current)
      push()
    }
    if (group.current) closeEditGroup(store)
    group.current = undefined
  }
  const max = Math.max(100, ...shown)
  const indexes = only === undefined ? refs.map((_, i) => i) : [only]
  return (
    <div className="backend-refs">
      {indexes.map((i) => {
        const r = refs[i]
        if (!r) return null
        const problems = form.problems.filter((p) => p.path === apiPath([...path, i, 'weight']))
        return (
          <ItemCard
            key={i}
            title={
              <>
                <strong>{r.name}</strong> {r.namespace && <span className="muted">in {r.namespace}</span>}
              </>
            }
            removeLabel={`Remove backend ${r.name}`}
            onRemove={only === undefined ? () => list.remove(i) : undefined}
            disabled={list.paused}
          >
            <div className="weight-row">
              <input
                type="range"
                min={0}
                max={max}
                value={shown[i] ?? 0}
                disabled={list.paused}
                aria-label={`Weight of ${r.name}`}
                aria-valuetext={`${shown[i]}, ${pct[i]}% of traffic`}
                onChange={(e) => change(i, Number(e.target.value))}
                onPointerUp={end}
                onKeyUp={end}
                onBlur={end}
              />
              <input
                type="number"
                className="weight-number"
                min={0}
                max={1000000}
                value={shown[i] ?? 0}
                disabled={list.paused}
                aria-label={`Weight of ${r.name} (number)`}
                onChange={(e) => e.target.value !== '' && change(i, Math.max(0, Number(e.target.value)))}
                onBlur={end}
              />
              <output className={`weight-share${pct[i] === 0 ? ' zero' : ''}`} aria-label={`Share of ${r.name}`}>
                {pct[i]}%
              </output>
            </div>
            <FieldProblems problems={problems} />
            <div className="form-grid">
              <TextInput label="Service" path={[...path, i, 'name']} optional={false} />
              <TextInput label="Namespace" path={[...path, i, 'namespace']} placeholder="the route's" />
              <NumberInput label="Port" path={[...path, i, 'port']} min={1} max={65535} />
            </div>
          </ItemCard>
        )
      })}
      {only === undefined && (
        <AddButton
          label="backend"
          onClick={() => list.add({ name: 'backend', port: typeof refs[0]?.port === 'number' ? refs[0].port : 8080 })}
          disabled={list.paused}
        />
      )}
      {only === undefined && refs.length > 1 && <p className="muted small">Weights are relative: {shown.join(' : ')}.</p>}
      {valueAt(form.object, path) === undefined && only === undefined && <p className="muted small">No backends: matching requests get a 500 response.</p>}
    </div>
  )
}

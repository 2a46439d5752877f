import type { GraphOptions } from '../../model'
import type { LabStore } from './store'

/** Changes how the graph is drawn; the engine bridge re-runs the layout for it. */
export function setView(store: LabStore, patch: Partial<GraphOptions>): void {
  store.setState((s) => ({ view: { ...s.view, ...patch } }))
}

/** Folds or unfolds one route's rules. */
export function toggleRoute(store: LabStore, routeId: string): void {
  store.setState((s) => {
    const toggled = new Set(s.view.toggled ?? [])
    if (toggled.has(routeId)) toggled.delete(routeId)
    else toggled.add(routeId)
    return { view: { ...s.view, toggled: [...toggled] } }
  })
}

export function setSearch(store: LabStore, search: string): void {
  store.setState({ search })
}

/** Remembers where the user put a node; layout, never written into the manifests. */
export function moveNode(store: LabStore, id: string, position: { x: number; y: number }): void {
  store.setState((s) => ({ positions: { ...s.positions, [id]: position } }))
}

export function resetPositions(store: LabStore): void {
  store.setState({ positions: {} })
}

import type { Analysis } from '../../model'
import { planConnection, type Connection } from '../designer/connect'
import { planDelete } from '../designer/delete'
import { indexOf, refOfKey, resolveSelection } from '../designer/lookup'
import type { PaletteItem } from '../designer/templates'
import { edit, notify, select, type LabStore } from '../state'

/** Resolves with the first analysis of `version` or newer. */
export function analysisFor(store: LabStore, version: number): Promise<Analysis> {
  const now = store.getState().analysis
  if (now && now.version >= version) return Promise.resolve(now)
  return new Promise((resolve) => {
    const stop = store.subscribe((s) => {
      if (s.analysis && s.analysis.version >= version) {
        stop()
        resolve(s.analysis)
      }
    })
  })
}

/** Adds what the palette offers, then selects it. */
export async function addFromPalette(store: LabStore, item: PaletteItem): Promise<void> {
  const a = store.getState().lastGood
  if (!a) return
  // The templates load on first use: nothing of them is needed to paint the graph.
  const { paletteAdd } = await import('../designer/templates')
  const plan = paletteAdd(a, item, store.getState().selection)
  if (typeof plan === 'string') {
    notify(store, { tone: 'info', text: plan })
    return
  }
  if (!(await edit(store, plan.intents, { origin: 'canvas' }))) return
  await analysisFor(store, store.getState().version)
  select(store, plan.select)
  notify(store, { tone: 'info', text: `Added ${plan.describe}.` })
}

/**
 * Writes the reference a drag describes. A backend in another namespace that no ReferenceGrant
 * allows gets an offer to add the grant in the backend's namespace.
 */
export async function connect(store: LabStore, c: Connection): Promise<void> {
  const a = store.getState().lastGood
  if (!a) return
  const plan = planConnection(a, c)
  if (typeof plan === 'string') {
    notify(store, { tone: 'info', text: plan })
    return
  }
  if (!(await edit(store, plan.intents, { origin: 'canvas' }))) return
  const next = await analysisFor(store, store.getState().version)
  if (!plan.backend) {
    notify(store, { tone: 'info', text: `Attached ${plan.describe}.` })
    return
  }
  const { routeKey, backendId, path } = plan.backend
  const edge = next.graph.edges.find((e) => e.objectKey === routeKey && e.target === backendId && String(e.path) === String(path))
  if (!edge?.crossNamespace || edge.crossNamespace.grant) {
    notify(store, { tone: 'info', text: `Connected ${plan.describe}.` })
    return
  }
  const { grantFor } = await import('../designer/templates')
  const route = refOfKey(routeKey, next)
  const backend = indexOf(next).nodes.get(backendId)
  if (!backend) return
  const taken = next.objects.filter((o) => o.kind === 'ReferenceGrant' && o.metadata.namespace === backend.namespace).map((o) => o.metadata.name)
  notify(store, {
    tone: 'warn',
    text: `${route.kind} ${route.namespace}/${route.name} now sends traffic to ${backend.namespace}/${backend.name}, in another namespace. Without a ReferenceGrant in ${backend.namespace} the reference is refused.`,
    action: {
      label: `Add ReferenceGrant in ${backend.namespace}`,
      run: () => void edit(store, [grantFor(route, backend, taken)], { origin: 'canvas' }).then((ok) => ok && notify(store, { tone: 'info', text: `Added a ReferenceGrant in ${backend.namespace}.` })),
    },
  })
}

/** Deletes what is selected (the Delete key, the inspector's Delete button). */
export async function deleteSelection(store: LabStore): Promise<void> {
  const s = store.getState()
  const plan = planDelete(resolveSelection(s.lastGood, s.selection))
  if (typeof plan === 'string') {
    notify(store, { tone: 'info', text: plan })
    return
  }
  if (await edit(store, plan.intents, { origin: 'canvas' })) {
    select(store, undefined)
    notify(store, { tone: 'info', text: `Deleted ${plan.describe}. Undo with Ctrl+Z.` })
  }
}

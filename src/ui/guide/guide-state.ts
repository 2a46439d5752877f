import { createStore } from 'zustand/vanilla'

/** The side panel beside the workbench: the examples gallery or Learn mode. */
export type GuidePanel = 'examples' | 'learn'

export interface GuideState {
  panel?: GuidePanel
  /** Where Learn mode should go when it opens or the address changes: `lesson` or `lesson/step`. */
  learnAt?: string
  /**
   * True when the panel was just opened by the user (not restored on reload): Learn mode then
   * shows its step's example straight away.
   */
  fresh: boolean
  /** The diagram and routing table export dialog. */
  exportOpen: boolean
}

const PANEL_KEY = 'routelab.guide'
const LEARN_PREFIX = 'learn='

/** The panel left open last time, so a reload keeps it (one per browser, like a preference). */
function remembered(): GuidePanel | undefined {
  try {
    const v = localStorage.getItem(PANEL_KEY)
    return v === 'examples' || v === 'learn' ? v : undefined
  } catch {
    return undefined
  }
}

/**
 * Chrome around the lab rather than lab state, so one store per page: the workspace and its
 * autosave know nothing of it. Small on purpose: it is part of the first paint.
 */
export const guide = createStore<GuideState>(() => ({
  panel: remembered(),
  fresh: false,
  exportOpen: false,
}))

export function showPanel(panel: GuidePanel | undefined, learnAt?: string): void {
  guide.setState(learnAt === undefined ? { panel, fresh: true } : { panel, learnAt, fresh: true })
  try {
    if (panel) localStorage.setItem(PANEL_KEY, panel)
    else localStorage.removeItem(PANEL_KEY)
  } catch {
    // Storage refused: the panel simply does not survive a reload.
  }
}

/** `lesson` or `lesson/step` from a `#learn=…` address, or undefined for any other fragment (a share link, say). */
export function learnTarget(hash: string): string | undefined {
  const h = hash.replace(/^#/, '')
  if (!h.startsWith(LEARN_PREFIX)) return undefined
  try {
    return decodeURIComponent(h.slice(LEARN_PREFIX.length))
  } catch {
    return undefined
  }
}

/**
 * Shows where Learn mode is in the address bar (`#learn=matching/2`), so the page can be
 * bookmarked or linked. Never touches another fragment: a share link waiting to be opened wins.
 */
export function writeLearnHash(at: string | undefined): void {
  const h = location.hash
  if (h && h !== '#' && learnTarget(h) === undefined) return
  const next = at === undefined ? '' : `#${LEARN_PREFIX}${at.split('/').map(encodeURIComponent).join('/')}`
  if (h === next || (!h && !next)) return
  history.replaceState(history.state, '', location.pathname + location.search + next)
}

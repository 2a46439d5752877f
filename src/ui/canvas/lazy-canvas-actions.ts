/**
 * The designer's edits (connect, delete, add from the palette) with their planning code load on
 * first use, so they stay out of the first paint; the canvas fetches them shortly after it mounts.
 */
import type * as CanvasActions from './canvas-actions'

type Actions = typeof CanvasActions

const load = (): Promise<Actions> => import('./canvas-actions')

export const connect: Actions['connect'] = async (...args) => (await load()).connect(...args)
export const deleteSelection: Actions['deleteSelection'] = async (...args) => (await load()).deleteSelection(...args)
export const addFromPalette: Actions['addFromPalette'] = async (...args) => (await load()).addFromPalette(...args)

/** Fetches the module ahead of the first edit. */
export function preloadCanvasActions(): void {
  void load()
}

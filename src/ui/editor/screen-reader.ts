import { createStore } from 'zustand/vanilla'

/**
 * Whether the YAML editor is in screen reader mode: Monaco then mirrors the lines around the caret
 * into its hidden text area after every key, so a screen reader can read them. That costs several
 * milliseconds a keystroke, on the main thread, before the engine's answer can be drawn; and a
 * browser cannot tell Monaco whether a screen reader is running. So the mode is off until asked
 * for, and then remembered in this browser. While it is off the editor's accessible name says how
 * to turn it on (Shift+Alt+F1, or the button above the editor).
 */
const KEY = 'routelab.screenReader'

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on'
  } catch {
    return false
  }
}

export const screenReader = createStore<{ on: boolean }>(() => ({ on: remembered() }))

export function setScreenReader(on: boolean): void {
  screenReader.setState({ on })
  try {
    if (on) localStorage.setItem(KEY, 'on')
    else localStorage.removeItem(KEY)
  } catch {
    // Storage refused: the mode lasts until the page is reloaded.
  }
}

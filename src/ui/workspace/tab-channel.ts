/** Messages between tabs of the same browser profile about the workspaces they have open. */
export type TabMessage =
  | { type: 'saved'; id: string; revision: number; from: string }
  | { type: 'hello'; id: string; from: string }
  | { type: 'here'; id: string; from: string }
  | { type: 'bye'; id: string; from: string }
  | { type: 'deleted'; id: string; from: string }
  | { type: 'restored'; id: string; from: string }
  | { type: 'list-changed'; from: string }

export interface TabChannel {
  post(message: TabMessage): void
  subscribe(listener: (message: TabMessage) => void): () => void
  close(): void
}

/** The real channel between tabs; a silent one where BroadcastChannel does not exist. */
export function openTabChannel(name = 'routelab-workspaces'): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, subscribe: () => () => undefined, close: () => undefined }
  const channel = new BroadcastChannel(name)
  const listeners = new Set<(m: TabMessage) => void>()
  channel.onmessage = (e: MessageEvent<TabMessage>) => {
    for (const l of listeners) l(e.data)
  }
  return {
    post: (m) => channel.postMessage(m),
    subscribe: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    close: () => channel.close(),
  }
}

/** Channels joined in memory, for tests: a message reaches every other channel of the bus. */
export function memoryBus(): () => TabChannel {
  const all = new Set<Set<(m: TabMessage) => void>>()
  return () => {
    const mine = new Set<(m: TabMessage) => void>()
    all.add(mine)
    return {
      post: (m) => {
        for (const other of all) if (other !== mine) for (const l of other) queueMicrotask(() => l(structuredClone(m)))
      },
      subscribe: (l) => {
        mine.add(l)
        return () => mine.delete(l)
      },
      close: () => all.delete(mine),
    }
  }
}

import { createStore } from 'zustand/vanilla'
import { exampleById, type Example } from '../../examples'
import { openExample, untouched } from '../gallery/open-example'
import type { WorkspaceSession } from '../workspace/session'
import { progress } from './learn-progress'

const PREFIX = 'Learn: '

/** How many step examples are being opened right now (the panel says "Opening the example…"). */
export const opening = createStore<{ count: number }>(() => ({ count: 0 }))

/**
 * Shows a step's example. If the open workspace already holds that example, it stays, with any
 * change the learner made to try something. Otherwise the example opens as a new workspace; the
 * previous step's workspace is discarded only if Learn mode made it and nobody changed it, so
 * stepping through lessons leaves no trail of copies and never loses an edit.
 */
export async function showStepExample(session: WorkspaceSession, example: Example): Promise<void> {
  opening.setState((s) => ({ count: s.count + 1 }))
  try {
    await replaceStepWorkspace(session, example)
  } finally {
    opening.setState((s) => ({ count: s.count - 1 }))
  }
}

async function replaceStepWorkspace(session: WorkspaceSession, example: Example): Promise<void> {
  const current = session.state.getState().current
  const held = session.content().exampleId
  if (held === example.id) return
  const previous = held ? exampleById(held) : undefined
  const disposable =
    current !== undefined &&
    current.id === progress.getState().workspace &&
    current.name.startsWith(PREFIX) &&
    previous !== undefined &&
    (await untouched(session, previous))
  const id = await openExample(session, example, `${PREFIX}${example.title}`)
  if (!id) return
  progress.setState({ workspace: id })
  if (disposable && current) {
    await session.repo.remove(current.id)
    session.deps.channel.post({
      type: 'deleted',
      id: current.id,
      from: session.tabId,
    })
    await session.refreshList()
  }
}

import { useEffect, useMemo } from 'react'
import type { LabStore } from '../state'
import { workspaceEngine } from './engine'
import { IndexedDbRepository } from './indexeddb-repository'
import { WorkspaceSession } from './session'
import { openShareHash } from './lazy-actions'
import { isShareHash } from './share-hash'
import { openTabChannel } from './tab-channel'

const BLANK_TEXT = '# A new workspace. Write or paste Gateway API manifests here, or use Open to import files.\n'

/** Creates the tab's workspace session for a lab, starts it, and opens share links pasted into the address bar. */
export function useWorkspaceSessionFor(lab: LabStore): WorkspaceSession {
  const session = useMemo(() => {
    return new WorkspaceSession({
      lab,
      openRepository: () => IndexedDbRepository.open(),
      channel: openTabChannel(),
      engine: workspaceEngine,
      // The starter example (the same as `starterExample`) loads only on a first run.
      starter: async () => {
        const { canaryAndHeader: starter } = await import('../../examples/canary-and-header')
        const file = starter.files[0]!
        return { name: starter.title, content: { text: file.text, fileName: file.name, positions: {}, layout: {}, cases: starter.cases, exampleId: starter.id } }
      },
      blank: { text: BLANK_TEXT, fileName: 'workspace.yaml', positions: {}, layout: {} },
      tabMemory: sessionStorage,
    })
  }, [lab])

  useEffect(() => {
    void session.start(() => openShareHash(session))
    const onHash = () => {
      if (isShareHash(location.hash)) void openShareHash(session)
    }
    // Saving is debounced; when the tab goes away, save what is pending right now.
    const onHide = () => {
      void session.save()
      session.announce('bye')
    }
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) session.announce('hello')
    }
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void session.save()
    }
    window.addEventListener('hashchange', onHash)
    window.addEventListener('pagehide', onHide)
    window.addEventListener('pageshow', onShow)
    document.addEventListener('visibilitychange', onVisibility)
    // The session itself lives as long as the page; only the window listeners are removed.
    return () => {
      window.removeEventListener('hashchange', onHash)
      window.removeEventListener('pagehide', onHide)
      window.removeEventListener('pageshow', onShow)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [session])
  return session
}

import { useEffect, useMemo } from 'react'
import { starterExample } from '../../examples/starter'
import type { LabStore } from '../state'
import { workspaceEngine } from './engine'
import { IndexedDbRepository } from './indexeddb-repository'
import { WorkspaceSession } from './session'
import { isShareHash, openShareHash } from './share-actions'
import { openTabChannel } from './tab-channel'

const BLANK_TEXT = '# A new workspace. Write or paste Gateway API manifests here, or use Open to import files.\n'

/** Creates the tab's workspace session for a lab, starts it, and opens share links pasted into the address bar. */
export function useWorkspaceSessionFor(lab: LabStore): WorkspaceSession {
  const session = useMemo(() => {
    const file = starterExample.files[0]!
    return new WorkspaceSession({
      lab,
      openRepository: () => IndexedDbRepository.open(),
      channel: openTabChannel(),
      engine: workspaceEngine,
      starter: { name: starterExample.title, content: { text: file.text, fileName: file.name, positions: {}, layout: {}, cases: starterExample.cases, exampleId: starterExample.id } },
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

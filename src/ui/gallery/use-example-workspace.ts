import { useMemo } from 'react'
import { useSession, useWorkspaceSession } from '../workspace/context'

/** The id of the example the open workspace was made from, if any (kept with the workspace). */
export function useCurrentExampleId(): string | undefined {
  const session = useWorkspaceSession()
  const current = useSession((s) => s.current)
  // The session keeps the example id beside the content; it changes only when another workspace opens.
  return useMemo(() => (current ? session.content().exampleId : undefined), [session, current])
}

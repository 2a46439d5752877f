import type { WorkspaceSession } from '../workspace/session'
import { copyText } from '../workspace/download'

/** Copies `text` and says whether it worked (browsers may refuse the clipboard). */
export async function copyWithNotice(session: WorkspaceSession, text: string, what: string): Promise<void> {
  if (await copyText(text)) session.notify('success', `${what} is on the clipboard.`)
  else session.notify('error', 'The browser did not allow copying; download the file instead.')
}

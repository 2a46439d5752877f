import { useEffect, useState } from 'react'
import { MAX_SHARE_LINK_CHARS } from '../../model'
import { useWorkspaceSession } from './context'
import { copyText } from './download'
import { downloadWorkspace } from './export-actions'
import { makeShareLink } from './share-actions'
import { Modal } from './Modal'

/** A link that carries the workspace in its fragment: nothing is uploaded anywhere. */
export function ShareDialog() {
  const session = useWorkspaceSession()
  const [link, setLink] = useState<{ ok: true; url: string } | { ok: false; message: string }>()
  useEffect(() => {
    let live = true
    void makeShareLink(session).then((r) => live && setLink(r))
    return () => {
      live = false
    }
  }, [session])
  const close = () => session.state.setState({ dialog: undefined })
  const copy = async (url: string) => {
    if (await copyText(url)) session.notify('success', 'Share link copied to the clipboard.')
    else session.notify('error', 'The browser did not allow copying; select the link and copy it by hand.')
  }
  return (
    <Modal
      title="Share link"
      onClose={close}
      testId="share-dialog"
      actions={
        <>
          <button onClick={close}>Close</button>
          {link?.ok === false && (
            <button className="primary" onClick={() => void downloadWorkspace(session, { order: false })}>
              Download instead
            </button>
          )}
          {link?.ok && (
            <button className="primary" onClick={() => void copy(link.url)}>
              Copy link
            </button>
          )}
        </>
      }
    >
      <p>
        The link holds the manifests, the test cases and the layout, compressed into the part after <code>#</code>, which browsers never send to a server. Whoever
        opens it gets a new workspace of their own; their other workspaces are not touched.
      </p>
      {!link && <p className="muted">Making the link…</p>}
      {link?.ok && (
        <>
          <input className="ws-link" readOnly value={link.url} aria-label="Share link" onFocus={(e) => e.target.select()} data-testid="share-link" />
          <p className="muted">{link.url.length.toLocaleString('en')} characters (links are limited to {MAX_SHARE_LINK_CHARS.toLocaleString('en')}).</p>
        </>
      )}
      {link?.ok === false && (
        <p className="ws-refusal" role="alert">
          {link.message}
        </p>
      )}
    </Modal>
  )
}

import { useState } from 'react'
import { useLabStore } from '../state'
import { toDraft } from './draft'
import { parseCurl } from './parse-curl'
import { send, setDraft } from './tester-store'

/**
 * "Paste curl": a curl command line becomes the request and is sent. What curl options were
 * skipped (they do not change routing) is said below, so nothing is dropped silently.
 */
export function CurlBox() {
  const store = useLabStore()
  const [text, setText] = useState('')
  const [said, setSaid] = useState<{ tone: 'ok' | 'error'; text: string } | undefined>()
  const use = () => {
    const r = parseCurl(text)
    if (!r.ok) {
      setSaid({ tone: 'error', text: `Not used: ${r.message}.` })
      return
    }
    const draft = toDraft(r.request)
    setDraft(store, draft)
    void send(store, draft)
    const parts = [r.ignored.length ? `Ignored: ${r.ignored.join(', ')}.` : '', ...r.notes.map((n) => `${n[0]!.toUpperCase()}${n.slice(1)}.`)].filter(Boolean)
    setSaid({ tone: 'ok', text: parts.length ? `Request filled in and sent. ${parts.join(' ')}` : 'Request filled in and sent.' })
  }
  return (
    <details className="curl-box">
      <summary>Paste curl</summary>
      <textarea
        aria-label="curl command"
        rows={3}
        value={text}
        placeholder={"curl -H 'x-env: canary' https://shop.example.com/cart"}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault()
            use()
          }
        }}
      />
      <div className="curl-actions">
        <button type="button" className="tool-button" onClick={use} disabled={!text.trim()}>
          Use this request
        </button>
        <span className="muted">Enter uses it; Shift+Enter adds a line</span>
      </div>
      {said && (
        <p className={`curl-said tone-${said.tone}`} role="status">
          {said.text}
        </p>
      )}
    </details>
  )
}

import { useEffect } from 'react'
import { dismissNotice, useLab, useLabStore } from '../state'

/** The latest notice, over the canvas: info fades after a few seconds, offers wait for an answer. */
export function NoticeToast() {
  const store = useLabStore()
  const notice = useLab((s) => s.notice)
  useEffect(() => {
    if (!notice || notice.action) return
    const t = setTimeout(() => dismissNotice(store, notice.id), notice.tone === 'error' ? 8000 : 4000)
    return () => clearTimeout(t)
  }, [notice, store])
  if (!notice) return null
  return (
    <div className={`notice tone-${notice.tone}`} role={notice.tone === 'info' ? 'status' : 'alert'} data-testid="notice">
      <span className="notice-text">{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          className="tool-button primary"
          onClick={() => {
            dismissNotice(store, notice.id)
            notice.action?.run()
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismissNotice(store, notice.id)}>
        ×
      </button>
    </div>
  )
}

import { useEffect, useId, useRef, type ReactNode } from 'react'

/**
 * A modal dialog on the native `<dialog>` element: focus is trapped and restored by the browser,
 * Escape closes it, and everything behind it is inert.
 */
export function Modal({ title, onClose, children, actions, testId }: { title: string; onClose: () => void; children: ReactNode; actions?: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
    return () => d?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className="ws-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="ws-dialog-body">{children}</div>
      {actions && <div className="ws-dialog-actions">{actions}</div>}
    </dialog>
  )
}

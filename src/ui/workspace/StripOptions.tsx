import type { ReactNode } from 'react'

/** The two clean-up choices that export and import share: server fields, and creationTimestamp apart. */
export function StripOptions({
  legend,
  strip,
  onStrip,
  stripCreation,
  onStripCreation,
  foundIn,
  children,
}: {
  legend: string
  strip: boolean
  onStrip: (v: boolean) => void
  stripCreation: boolean
  onStripCreation: (v: boolean) => void
  /** How many objects carry such fields, when known. */
  foundIn?: number
  children?: ReactNode
}) {
  return (
    <fieldset className="ws-options">
      <legend>{legend}</legend>
      <label>
        <input type="checkbox" checked={strip} onChange={(e) => onStrip(e.target.checked)} /> Remove status and server fields (managedFields, resourceVersion, uid,
        generation, last-applied annotation){foundIn ? `: found in ${foundIn} object${foundIn === 1 ? '' : 's'}` : ''}
      </label>
      <label className={strip ? '' : 'disabled'}>
        <input type="checkbox" checked={stripCreation} disabled={!strip} onChange={(e) => onStripCreation(e.target.checked)} /> Also remove creationTimestamp (route
        precedence breaks ties by the oldest route, so removing it can change which rule wins)
      </label>
      {children}
    </fieldset>
  )
}

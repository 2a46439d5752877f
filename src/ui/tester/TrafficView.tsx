import { useState } from 'react'
import { useLabStore } from '../state'
import { percent } from './result-words'
import { sendMany } from './tester-store'
import { useTester } from './use-tester'

const COUNTS = [100, 1000, 10000]

/**
 * "Send 1,000": the request sent N times with a seed, each to a backend drawn by weight, as a bar
 * chart of the backends reached against the configured weights; invalid backends' share is
 * counted as 500s. The same seed always gives the same bars.
 */
export function TrafficView() {
  const store = useLabStore()
  const traffic = useTester((s) => s.traffic)
  const pending = useTester((s) => s.trafficPending)
  const [count, setCount] = useState(1000)
  const [seed, setSeed] = useState(1)
  const sample = traffic?.sample
  const max = Math.max(1, ...(sample?.buckets.map((b) => Math.max(b.reached / sample.count, b.configured)) ?? [1]))
  return (
    <div className="traffic" data-testid="tester-traffic">
      <form
        className="traffic-controls"
        onSubmit={(e) => {
          e.preventDefault()
          void sendMany(store, count, seed)
        }}
      >
        <button type="submit" className="tool-button primary" disabled={pending}>
          Send {count.toLocaleString('en-US')}
        </button>
        <label>
          requests
          <select value={count} onChange={(e) => setCount(Number(e.target.value))} aria-label="How many requests">
            {COUNTS.map((c) => (
              <option key={c} value={c}>
                {c.toLocaleString('en-US')}
              </option>
            ))}
          </select>
        </label>
        <label>
          seed
          <input type="number" value={seed} min={0} onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))} aria-label="Seed" />
        </label>
      </form>
      {sample && (
        <>
          <table className="traffic-chart" aria-label="Traffic split">
            <thead>
              <tr>
                <th>backend</th>
                <th>reached</th>
                <th>configured</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {sample.buckets.map((b) => (
                <tr key={b.label} className={b.status === 500 ? 'error' : ''} data-testid="traffic-bucket" data-label={b.label} data-reached={b.reached}>
                  <th scope="row">
                    {b.label}
                    {b.status !== 200 && <span className="status-tag">{b.status}</span>}
                  </th>
                  <td className="tc-count">
                    {b.reached.toLocaleString('en-US')} <span className="muted">({percent(b.reached / Math.max(1, sample.count))})</span>
                  </td>
                  <td className="tc-count">{percent(b.configured)}</td>
                  <td className="tc-bars" aria-hidden="true">
                    <span className="bar reached" style={{ width: `${(100 * b.reached) / sample.count / max}%` }} />
                    <span className="bar configured" style={{ width: `${(100 * b.configured) / max}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="traffic-summary" data-testid="traffic-summary">
            {Object.entries(sample.statuses)
              .map(([status, n]) => `${n.toLocaleString('en-US')} × ${status}`)
              .join(' · ')}{' '}
            <span className="muted">
              ({sample.count.toLocaleString('en-US')} requests, seed {sample.seed}; the dark bar is what was reached, the light one what the weights configure)
            </span>
          </p>
        </>
      )}
      {!sample && !pending && <p className="muted">Sends the request many times; each picks a backend by weight, as a gateway does per request.</p>}
    </div>
  )
}

import { refKey, type SimRequest, type SimResult } from '../../model'
import { useLab } from '../state'
import { forwardedDiff, percent, statusTone, statusWords } from './result-words'

/** A match's one-line summary, as the rule node on the graph shows it. */
function useMatchLine(result: SimResult): string | undefined {
  return useLab((s) => {
    if (!result.route || result.rule === null || result.match === null) return undefined
    const node = s.lastGood?.graph.nodes.find((n) => n.id === `ru:${refKey(result.route!)}#${result.rule}`)
    const line = node?.lines?.[result.match]
    return line && !line.startsWith('+') ? line : undefined
  })
}

/**
 * What happened to the request: the status, the path it took (listener → route → rule → match →
 * backends with their shares), what the backend receives (a before/after diff), and what the
 * client gets back (response headers, the redirect's location, mirrors, the gRPC status).
 */
export function ResultView({ request, result }: { request: SimRequest; result: SimResult }) {
  const match = useMatchLine(result)
  const diff = forwardedDiff(request, result)
  const location = result.response.headers.location
  const responseHeaders = Object.entries(result.response.headers).filter(([k]) => k !== 'location')
  return (
    <div className="result" data-testid="tester-result" data-path={request.path}>
      <div className="result-status">
        <span className={`status-pill tone-${statusTone(result.status)}`} data-testid="result-status">
          {result.status}
        </span>
        <span className="status-text">{statusWords(request, result)}</span>
        {result.grpcStatus && <span className={`status-pill small tone-${result.grpcStatus === 'OK' ? 'ok' : 'error'}`}>gRPC {result.grpcStatus}</span>}
      </div>
      {location !== undefined && (
        <p className="result-location">
          Redirect to <code data-testid="result-location">{location}</code>
        </p>
      )}
      <ol className="result-path" aria-label="Path">
        <li>
          <span className="hop-kind">listener</span> {result.gateway ? `${result.gateway.namespace}/${result.gateway.name} · ${result.listener ?? 'none'}` : 'none'}
        </li>
        {result.route && (
          <li>
            <span className="hop-kind">route</span> {result.route.kind} {result.route.namespace}/{result.route.name}
          </li>
        )}
        {result.rule !== null && (
          <li>
            <span className="hop-kind">rule</span> {result.rule + 1}
            {result.match !== null && (
              <>
                {' '}
                <span className="hop-kind">match</span> {result.match + 1}
                {match && <code className="hop-match">{match}</code>}
              </>
            )}
          </li>
        )}
      </ol>
      {result.backends.length > 0 && (
        <table className="backends" aria-label="Backends">
          <tbody>
            {result.backends.map((b, i) => (
              <tr key={i} className={b.invalid ? 'invalid' : ''} data-testid="result-backend">
                <td className="be-name">
                  {b.namespace}/{b.name}
                  {b.port !== null && <span className="muted">:{b.port}</span>}
                </td>
                <td className="be-share">
                  <span className="share-bar">
                    <span style={{ width: percent(b.probability) }} />
                  </span>
                  <span className="be-pct">{percent(b.probability)}</span>
                </td>
                <td className="be-note">{b.invalid ? `500: ${b.invalid}` : i === result.followed ? 'followed below' : `weight ${b.weight}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.errorProbability !== undefined && <p className="result-warn">{percent(result.errorProbability)} of these requests are answered 500: their backend is invalid.</p>}
      {diff.length > 0 && (
        <section className="result-section">
          <h4>What the backend receives</h4>
          <table className="diff" aria-label="Forwarded request">
            <thead>
              <tr>
                <th />
                <th>sent</th>
                <th>forwarded</th>
              </tr>
            </thead>
            <tbody>
              {diff.map((r) => (
                <tr key={r.field} className={`change-${r.change}`}>
                  <th scope="row">{r.field}</th>
                  <td>{r.before ?? <span className="muted">—</span>}</td>
                  <td>{r.after ?? <span className="muted">removed</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {responseHeaders.length > 0 && (
        <section className="result-section">
          <h4>Response headers from the gateway</h4>
          <dl className="kv">
            {responseHeaders.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {result.mirrors.length > 0 && (
        <section className="result-section">
          <h4>Mirrored to</h4>
          <ul className="plain">
            {result.mirrors.map((m, i) => (
              <li key={i}>
                {m.namespace}/{m.name}
                {m.port !== null ? `:${m.port}` : ''} · {m.percent}% of requests (answers discarded)
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.policies && (
        <p className="muted">
          Configured, not simulated: {result.policies.timeouts ? `timeouts ${JSON.stringify(result.policies.timeouts)}` : ''} {result.policies.retry ? `retry ${JSON.stringify(result.policies.retry)}` : ''}
        </p>
      )}
    </div>
  )
}

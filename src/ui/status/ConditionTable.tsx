import { conditionHealthy, type Condition, type Explanation } from '../../model'
import { ConditionWhy } from '../inspector/StatusSection'

/** The engine's explanation of one condition: the check that decided, listeners considered, references checked. */
export function ExplanationView({ e }: { e: Explanation }) {
  return (
    <div className="explanation">
      <p>
        <span className="check">{e.check}</span> {e.detail}
      </p>
      <ConditionWhy why={e} />
    </div>
  )
}

/**
 * Conditions as a controller writes them (type, status, reason, message), each with the engine's
 * explanation: shown under conditions that are not healthy, a click away for the others.
 */
export function ConditionTable({ conditions, explain }: { conditions: readonly Condition[]; explain: (type: string) => Explanation | undefined }) {
  if (conditions.length === 0) return <p className="muted">No conditions.</p>
  return (
    <table className="condition-table">
      <thead>
        <tr>
          <th>type</th>
          <th>status</th>
          <th>reason</th>
          <th>message</th>
        </tr>
      </thead>
      <tbody>
        {conditions.map((c) => {
          const healthy = conditionHealthy(c)
          const e = explain(c.type)
          return (
            <tr key={c.type} className={healthy ? 'healthy' : 'unhealthy'} data-testid="condition" data-type={c.type} data-status={c.status} data-reason={c.reason}>
              <td className="c-type">{c.type}</td>
              <td>
                <span className={`c-status ${healthy ? 'good' : 'bad'}`}>{c.status}</span>
              </td>
              <td className="c-reason">{c.reason}</td>
              <td className="c-message">
                {c.message}
                {e &&
                  (healthy ? (
                    <details>
                      <summary>why</summary>
                      <ExplanationView e={e} />
                    </details>
                  ) : (
                    <ExplanationView e={e} />
                  ))}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

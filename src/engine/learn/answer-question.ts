import type { Analysis, ConditionQuestion, Question, QuestionAnswer, RequestQuestion, SimResult, TraceStep } from '../../model'
import { simulate } from '../simulate/simulate'
import { findCondition } from './find-condition'

const NONE = 'none'
const ABSENT = 'absent'
const STREAM_KINDS = new Set(['TLSRoute', 'TCPRoute', 'UDPRoute'])

/** The result in the canonical text form of the question's `ask` (see `RequestAsk`). */
function readAnswer(r: SimResult, q: RequestQuestion): string {
  const header = (q.header ?? '').toLowerCase()
  switch (q.ask) {
    case 'backend': {
      // TLS, TCP and UDP streams have no `forwarded` request: a 200 means the backend took it.
      const b = r.followed === undefined ? undefined : r.backends[r.followed]
      const reached = r.forwarded !== null || (r.route !== null && STREAM_KINDS.has(r.route.kind))
      return reached && r.status === 200 && b && !b.invalid ? b.name : NONE
    }
    case 'route':
      return r.route ? `${r.route.namespace}/${r.route.name}` : NONE
    case 'rule':
      return r.route && r.rule !== null ? `${r.route.namespace}/${r.route.name} rule ${r.rule}` : NONE
    case 'listener':
      return r.listener ?? NONE
    case 'status':
      return String(r.status)
    case 'grpc-status':
      return r.grpcStatus ?? NONE
    case 'forwarded-path':
      return r.forwarded?.path ?? NONE
    case 'forwarded-host':
      return r.forwarded?.host ?? NONE
    case 'forwarded-header':
      return r.forwarded?.headers[header] ?? ABSENT
    case 'response-header':
      return r.response.headers[header] ?? ABSENT
    case 'location':
      return r.response.headers.location ?? NONE
    case 'mirrors':
      return r.mirrors.map((m) => `${m.name} ${m.percent}%`).sort().join(', ') || NONE
  }
}

/**
 * The trace steps that decided, for a learner: what was selected or applied, every candidate
 * that lost on precedence, backends that could not take traffic and, when nothing matched, why
 * each candidate did not.
 */
function decisiveSteps(r: SimResult): TraceStep[] {
  const unmatched = r.route === null
  return r.trace.filter(
    (t) =>
      t.outcome === 'selected' ||
      t.outcome === 'applied' ||
      (t.outcome === 'rejected' &&
        (t.criterion?.startsWith('precedence') === true ||
          t.criterion === 'listener-isolation' ||
          t.criterion === 'implementation-choice' ||
          t.step === 'backend' ||
          (unmatched && (t.step !== 'listener' || r.listener === null)))),
  )
}

function answerRequest(analysis: Analysis, q: RequestQuestion): { answer: string; explanation: string[] } {
  const r = simulate(analysis, q.request)
  const explanation = decisiveSteps(r).map((t) => `${t.subject}: ${t.reason}`)
  return { answer: readAnswer(r, q), explanation }
}

function answerCondition(analysis: Analysis, q: ConditionQuestion): { answer: string; explanation: string[] } {
  const found = findCondition(analysis.status, q.condition)
  const t = q.condition
  if (!found) return { answer: NONE, explanation: [`${t.kind} ${t.namespace}/${t.name} has no ${t.type} condition there`] }
  const { condition, explanation } = found
  const lines = [`${t.kind} ${t.namespace}/${t.name}: ${condition.type}=${condition.status} (${condition.reason}): ${condition.message}`]
  if (explanation) {
    if (explanation.detail && explanation.detail !== condition.message) lines.push(explanation.detail)
    for (const l of explanation.listeners ?? []) lines.push(`listener ${l.listener} of ${l.parent}: ${l.outcome} (${l.reason})${l.hostnames ? `, hostnames ${l.hostnames.join(', ')}` : ''}`)
    for (const ref of explanation.references ?? []) if (ref.outcome === 'rejected') lines.push(`${ref.path} → ${ref.target}: ${ref.reason}`)
  }
  return { answer: condition.reason, explanation: lines }
}

/**
 * Answers a Learn mode question with the real engine: simulates the question's request (or
 * reads the named condition from the status report), puts the outcome in the question's
 * canonical form, and finds the choice that says it. Pure, and never throws on user input.
 *
 * @example
 * const a = answerQuestion(analyze({ files }), {
 *   id: 'q', example: 'canary-and-header', prompt: 'Which backend?', ask: 'backend',
 *   request: { protocol: 'HTTPS', host: 'catalog.shop.example.com', path: '/', headers: { 'x-beta': 'true' } },
 *   choices: [{ value: 'catalog' }, { value: 'catalog-beta' }],
 * })
 * a.answer // 'catalog-beta'
 * a.choice // 1
 */
export function answerQuestion(analysis: Analysis, question: Question): QuestionAnswer {
  const { answer, explanation } = question.ask === 'condition-reason' ? answerCondition(analysis, question) : answerRequest(analysis, question)
  const choices = Array.isArray(question.choices) ? question.choices : []
  const matching = choices.flatMap((c, i) => (c.value === answer ? [i] : []))
  return { answer, choice: matching[0] ?? -1, matching, explanation }
}

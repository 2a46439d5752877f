/**
 * Learn mode: "predict, then reveal" questions and the status a broken-on-purpose example is
 * meant to produce. Plain data: the examples folder writes it, the engine answers it, a view
 * renders it. No question carries its correct answer; the engine computes it at run time.
 */
import type { SimRequest } from './simulate'

/** Names one condition in the status report: the object, and where in its status the condition sits. */
export interface ConditionTarget {
  kind: string
  namespace: string
  name: string
  /**
   * `{ parent: i }`: the route's i-th `status.parents` entry; `{ listener: name }`: that
   * listener of a Gateway or ListenerSet; absent: the object's own conditions.
   */
  at?: { parent: number } | { listener: string }
  /** The condition type: `Accepted`, `ResolvedRefs`, `PartiallyInvalid`, `Conflicted`... */
  type: string
}

/** What a broken-on-purpose example must make the engine write, and how to mend it. */
export interface ExpectedStatus extends ConditionTarget {
  status: 'True' | 'False'
  reason: string
  /** One sentence on the change that fixes it. */
  fix: string
}

/**
 * What a request question asks about its simulated result. Each has one canonical text form,
 * which the choices' `value`s use:
 * - `backend`: the name of the backend that receives the request, `none` when none does
 *   (no route, a redirect, or an invalid backend answered with 500);
 * - `route`: `namespace/name` of the route that matched, or `none`;
 * - `rule`: `namespace/name rule N`, or `none`;
 * - `listener`: the listener name, or `none`;
 * - `status`: the HTTP status the client gets, e.g. `200`, `404`, `301`;
 * - `grpc-status`: `OK`, `UNIMPLEMENTED` or `UNAVAILABLE`;
 * - `forwarded-path` / `forwarded-host`: what the backend receives (path with query), or `none`;
 * - `forwarded-header`: the value of request header `header` at the backend, or `absent`;
 * - `response-header`: the value of response header `header` the client gets, or `absent`;
 * - `location`: the redirect's Location header, or `none`;
 * - `mirrors`: the mirror backends as `name percent%`, sorted and joined with `, `, or `none`.
 */
export type RequestAsk =
  | 'backend'
  | 'route'
  | 'rule'
  | 'listener'
  | 'status'
  | 'grpc-status'
  | 'forwarded-path'
  | 'forwarded-host'
  | 'forwarded-header'
  | 'response-header'
  | 'location'
  | 'mirrors'

/** One answer a learner may pick: `value` in the canonical form of the question's `ask`. */
export interface QuestionChoice {
  value: string
  /** What a view shows; `value` when absent. */
  label?: string
}

interface QuestionBase {
  /** Stable within the workspace of lessons, e.g. `precedence-exact-beats-prefix`. */
  id: string
  /** The example whose manifests the question is asked about. */
  example: string
  /** The question in words: "Which backend will this request reach?" */
  prompt: string
  choices: QuestionChoice[]
}

/** A question about what happens to one request. */
export interface RequestQuestion extends QuestionBase {
  ask: RequestAsk
  request: SimRequest
  /** For `forwarded-header` and `response-header`: the header name. */
  header?: string
}

/** A question about the status a controller writes: the value is the condition's `reason`. */
export interface ConditionQuestion extends QuestionBase {
  ask: 'condition-reason'
  condition: ConditionTarget
}

export type Question = RequestQuestion | ConditionQuestion

/** The engine's answer to a question. */
export interface QuestionAnswer {
  /** The answer in the canonical form of the question's `ask`. */
  answer: string
  /** Index of the choice whose value equals `answer`; -1 when none does. */
  choice: number
  /** Every choice index whose value equals `answer` (a well-formed question has exactly one). */
  matching: number[]
  /** Why, in steps a learner can read: the decisive trace steps or the condition's explanation. */
  explanation: string[]
}

import type { Example, Lesson } from '../../examples'
import type { ConditionQuestion, Question } from '../../model'

/** One step of Learn mode: one example of one lesson, with the questions asked about it. */
export interface LearnStep {
  /** `lesson/n` (n from 1): what the address bar shows, e.g. `#learn=matching/2`. */
  id: string
  lesson: Lesson
  lessonIndex: number
  /** Position within the lesson, from 0; the first step also shows the lesson's text. */
  index: number
  example: Example
  questions: Question[]
}

/** What a controller writes when a condition is healthy, to offer beside the broken reasons. */
const HEALTHY: Record<string, string> = {
  Accepted: 'Accepted',
  ResolvedRefs: 'ResolvedRefs',
  Conflicted: 'NoConflicts',
}
const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute'])
const family = (kind: string, at: unknown) => (ROUTE_KINDS.has(kind) ? 'route' : at && typeof at === 'object' && 'listener' in at ? 'listener' : kind)

/**
 * A broken-on-purpose example without a question of its own gets one from its `expectedStatus`:
 * "which reason?", offering its reason, up to three others of the same condition on the same
 * family of objects, and the healthy one. As for every question, the engine decides at run time.
 */
function statusQuestion(example: Example, all: readonly Example[]): ConditionQuestion | undefined {
  const s = example.expectedStatus
  if (!s) return undefined
  const same = all.flatMap((e) =>
    e.expectedStatus && e.expectedStatus.type === s.type && family(e.expectedStatus.kind, e.expectedStatus.at) === family(s.kind, s.at)
      ? [e.expectedStatus.reason]
      : [],
  )
  const others = [...new Set(same)].filter((r) => r !== s.reason).slice(0, 3)
  const healthy = HEALTHY[s.type]
  const values = [...new Set([s.reason, ...others, ...(healthy ? [healthy] : [])])].sort()
  if (values.length < 2) return undefined
  const where = s.at && 'listener' in s.at ? ` of listener ${s.at.listener}` : ''
  const { fix: _fix, status: _status, reason: _reason, ...condition } = s
  return {
    id: `status-of-${example.id}`,
    example: example.id,
    prompt: `What reason will the controller write in the ${s.type} condition${where} of ${s.kind} ${s.namespace}/${s.name}?`,
    ask: 'condition-reason',
    condition,
    choices: values.map((value) => ({ value })),
  }
}

/** Every step, lesson by lesson in teaching order, each example once. */
export function buildSteps(lessons: readonly Lesson[], examples: readonly Example[]): LearnStep[] {
  const byId = new Map(examples.map((e) => [e.id, e]))
  return lessons.flatMap((lesson, lessonIndex) =>
    lesson.examples.flatMap((id, index) => {
      const example = byId.get(id)
      if (!example) return []
      const own = lesson.questions.filter((q) => q.example === id)
      const generated = own.length === 0 ? statusQuestion(example, examples) : undefined
      return [
        {
          id: `${lesson.id}/${index + 1}`,
          lesson,
          lessonIndex,
          index,
          example,
          questions: generated ? [generated] : own,
        },
      ]
    }),
  )
}

/** The step an address names (`lesson` for its first step, `lesson/n`), or -1. */
export function findStep(steps: readonly LearnStep[], at: string | undefined): number {
  if (!at) return -1
  const exact = steps.findIndex((s) => s.id === at)
  return exact >= 0 ? exact : steps.findIndex((s) => s.lesson.id === at && s.index === 0)
}

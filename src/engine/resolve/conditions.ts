import type { Condition, Explanation } from '../../model'

/** A condition plus the explanation that goes with it; split apart when status is assembled. */
export interface Explained {
  condition: Condition
  explanation: Explanation
}

/**
 * A condition as a controller writes it.
 *
 * @example
 * cond('Accepted', false, 'NoMatchingParent', 'Gateway infra/edge has no listener named web', 1)
 */
export function cond(type: string, status: boolean | 'Unknown', reason: string, message: string, generation: number): Condition {
  return { type, status: status === 'Unknown' ? 'Unknown' : status ? 'True' : 'False', reason, message, observedGeneration: generation }
}

/**
 * Pairs a condition with its explanation (the detail repeats the message).
 *
 * @example
 * explained(cond('Accepted', true, 'Accepted', 'attached', 1), 'attached', { listeners: [] })
 */
export function explained(c: Condition, check: string, extra: Omit<Explanation, 'check' | 'detail'> = {}): Explained {
  return { condition: c, explanation: { check, detail: c.message, ...extra } }
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** `the reference resolves` / `all 3 references resolve`. */
export const allResolve = (n: number) => (n === 1 ? 'the one reference resolves' : `all ${n} references resolve`)

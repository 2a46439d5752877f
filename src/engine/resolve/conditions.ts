import type { Condition, Explanation } from '../../model'

/** A condition plus the explanation that goes with it; split apart when status is assembled. */
export interface Explained {
  condition: Condition
  explanation: Explanation
}

export function cond(type: string, status: boolean | 'Unknown', reason: string, message: string, generation: number): Condition {
  return { type, status: status === 'Unknown' ? 'Unknown' : status ? 'True' : 'False', reason, message, observedGeneration: generation }
}

export function explained(c: Condition, check: string, extra: Omit<Explanation, 'check' | 'detail'> = {}): Explained {
  return { condition: c, explanation: { check, detail: c.message, ...extra } }
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** `the reference resolves` / `all 3 references resolve`. */
export const allResolve = (n: number) => (n === 1 ? 'the one reference resolves' : `all ${n} references resolve`)

import { canaryAndHeader } from './canary-and-header'
import type { Example } from './types'

export type { Example } from './types'

/** The example shown on first open. */
export const starterExample: Example = canaryAndHeader

export const examples: readonly Example[] = [canaryAndHeader]

import type { Example } from '../types'
import cases from './cases.yaml?raw'
import text from './workspace.yaml?raw'

export const canaryWeights: Example = {
  id: 'canary-weights',
  title: 'Canary weights',
  lesson: 'backends',
  concepts: ['canary-weights'],
  explanation:
    'A rule with several backendRefs splits its traffic by weight: each backend gets its weight divided by the sum of the weights. ' +
    'Weights are relative shares, not percentages, so 1 and 3 give 25% and 75%, and a backendRef without weight has weight 1. ' +
    'Weight 0 keeps a backend wired in but sends it nothing, which is how a rollout starts. ' +
    'Shift traffic by changing the weights, and watch the shares on the graph.',
  files: [{ name: 'workspace.yaml', text }],
  cases,
}

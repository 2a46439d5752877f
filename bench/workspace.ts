/**
 * Workspace text work on a 5 MB `kubectl get -o yaml` List (2,300 HTTPRoutes with managedFields
 * and status): import (check and unwrap), strip server fields, export order. Each is a ratio to
 * `yaml.parseAllDocuments` of the same text measured in the same round (interleaved, rotated;
 * median of per-round ratios), so a busy machine cancels out. Absolute medians are printed for
 * people only.
 */
import { parseAllDocuments } from 'yaml'
import { exportManifests, prepareImport, stripServerFields } from '../src/engine'
import { kubectlList } from '../tests/helpers/kubectl-list'
import { printTable } from './table'

const ROUNDS = 5
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

export function measureWorkspace(): string[][] {
  const text = kubectlList(2300)
  const unwrapped = prepareImport([{ name: 'routes.yaml', text }]).text
  const candidates: [string, () => unknown][] = [
    ['baseline: yaml.parseAllDocuments (5 MB List)', () => parseAllDocuments(text)],
    ['prepareImport: check and unwrap (5 MB List)', () => prepareImport([{ name: 'routes.yaml', text }])],
    ['stripServerFields (2,300 documents)', () => stripServerFields(unwrapped)],
    ['exportManifests: order + strip (2,300 documents)', () => exportManifests(unwrapped, { stripServerFields: true })],
  ]
  const times = candidates.map(() => [] as number[])
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < candidates.length; k++) {
      const i = (k + r) % candidates.length
      const t0 = performance.now()
      candidates[i]![1]()
      times[i]!.push(performance.now() - t0)
    }
  }
  return candidates.map(([name], i) => {
    const ratios = times[i]!.map((t, r) => t / times[0]![r]!)
    return [name, median(times[i]!).toFixed(0), i === 0 ? '1.00' : median(ratios).toFixed(2)]
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printTable(`Workspace text work, ${ROUNDS} rounds`, ['what', 'median ms', 'ratio to baseline'], measureWorkspace())
}

import { analyze } from '../../src/engine'
import type { Analysis } from '../../src/model'

/** Analyses one YAML text, as the simulator tests read it. */
export function simAnalysis(yaml: string, name = 'test.yaml'): Analysis {
  return analyze({ files: [{ name, text: yaml }] })
}

import { analyze } from '../../src/engine'
import type { Analysis } from '../../src/model'

/** Analyses one YAML text, as the simulator tests read it. */
export function simAnalysis(yaml: string, name = 'test.yaml'): Analysis {
  return analyze({ files: [{ name, text: yaml }] })
}

/** Gateway `ns/gw` with the given listeners (YAML flow mappings), as one YAML document. */
export function gatewayDoc(...listeners: string[]): string {
  return `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: ns}
spec:
  gatewayClassName: c
  listeners:
${listeners.map((l) => `    - ${l}`).join('\n')}
`
}

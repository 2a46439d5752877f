import { readFileSync, readdirSync } from 'node:fs'
import { parseAllDocuments } from 'yaml'
const ch = process.argv[2], kindWanted = process.argv[3], ver = process.argv[4] ?? 'v1'
const dir = `/work/shared/gateway-api/crds/${ch}`
for (const f of readdirSync(dir)) for (const d of parseAllDocuments(readFileSync(`${dir}/${f}`,'utf8'))) {
  const doc = d.toJS(); if (!doc || doc.kind !== 'CustomResourceDefinition' || doc.spec.names.kind !== kindWanted) continue
  const v = doc.spec.versions.find(v => v.name === ver)
  const walk = (s, p) => { if (!s || typeof s!=='object') return
    for (const r of s['x-kubernetes-validations']??[]) console.log(`${p}\n   RULE: ${r.rule.replace(/\n/g,' ')}\n   MSG: ${r.message ?? ''} ${r.messageExpression ? 'MSGEXPR '+r.messageExpression : ''} ${r.reason? 'REASON '+r.reason:''} ${r.fieldPath? 'FP '+r.fieldPath:''}`)
    for (const [k,c] of Object.entries(s.properties??{})) walk(c, `${p}.${k}`)
    if (s.items) walk(s.items, p+'[]')
    if (s.additionalProperties && typeof s.additionalProperties==='object') walk(s.additionalProperties, p+'{}')
  }
  walk(v.schema.openAPIV3Schema, '')
}

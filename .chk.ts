import { SCHEMAS } from './src/engine/validate/generated/schemas'
const crd = SCHEMAS.crds.find(c => c.kind === 'HTTPRoute')!
console.log(JSON.stringify(crd.versions.map(v => [v.name, v.standard?.served, v.standard?.schema, v.experimental?.served, v.experimental?.schema])))
const N = SCHEMAS.nodes
const show = (i: number, path: string[]) => { let n = N[i]!; for (const p of path) { const nx = p === '[]' ? n.items : n.properties?.[p]; if (nx === undefined) { console.log('missing', p); return } ; n = N[nx]! } ; console.log(path.join('.'), JSON.stringify(n)) }
show(crd.versions[0]!.standard!.schema, ['spec','rules','[]'])
show(crd.versions[0]!.standard!.schema, ['spec'])
show(crd.versions[0]!.standard!.schema, ['spec','rules','[]','matches','[]','path'])
console.log(SCHEMAS.crds.map(c => c.kind + ':' + c.versions.map(v => `${v.name}(${v.standard?.served ? 'S' : ''}${v.experimental?.served ? 'E' : ''})`).join(',')).join('\n'))

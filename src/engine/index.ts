/**
 * The engine's public surface. Pure TypeScript: no DOM, React, Monaco, worker globals or node:*.
 * The worker, the CLI and the tests all call these same functions.
 */
export { analyze, AnalysisCache, type AnalyzeInput } from './analyze'
export { toGraph } from './graph/to-graph'
export { splitDocuments } from './parse/split-documents'
export { simulate } from './simulate/simulate'
export { checkCase } from './simulate/check-case'
export { routingTable, formatRoutingTable, type TableFormat } from './table'

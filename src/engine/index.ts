/**
 * The engine's public surface. Pure TypeScript: no DOM, React, Monaco, worker globals or node:*.
 * The worker, the CLI and the tests all call these same functions.
 */
export { analyze, AnalysisCache, type AnalyzeInput } from './analyze'
export { applyEdit, applyEdits, type ApplyEditOptions } from './edit'
export { toGraph } from './graph/to-graph'
export { splitDocuments } from './parse/split-documents'

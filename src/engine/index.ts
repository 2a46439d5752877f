/**
 * The engine's public surface. Pure TypeScript: no DOM, React, Monaco, worker globals or node:*.
 * The worker, the CLI and the tests all call these same functions.
 */
export { analyze, AnalysisCache, type AnalyzeInput } from './analyze'
export { applyEdit, applyEdits, type ApplyEditOptions } from './edit'
export { toGraph } from './graph/to-graph'
export { splitDocuments } from './parse/split-documents'
export { simulate } from './simulate/simulate'
export { checkCase } from './simulate/check-case'
export { routingTable, formatRoutingTable, type TableFormat } from './table'
export { exportManifests, exportObject } from './export/export-manifests'
export { orderDocuments, kindRank } from './export/order-documents'
export { stripServerFields, type StripResult } from './export/strip-server-fields'
export { prepareImport, MAX_IMPORT_CHARS } from './import/prepare-import'
export { unwrapLists, listItemTexts } from './import/unwrap-lists'
export { appendDocuments, chunkDocuments, documentContent, joinChunks } from './manifest-text/yaml-chunks'
export { decodeShareLink, encodeShareLink, isShareFragment, MAX_LINK_CHARS, SHARE_PREFIX } from './share/share-link'
export { exportCases } from './export/export-cases'
export { readRouteTests } from './route-tests/read-route-tests'
export { runRouteTests, type RouteTestOutcome } from './route-tests/run-route-tests'
export { sampleTraffic } from './traffic/sample-traffic'
export { answerQuestion } from './learn/answer-question'
export { findCondition } from './learn/find-condition'

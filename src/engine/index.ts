/**
 * The engine's public surface. Pure TypeScript: no DOM, React, Monaco, worker globals or node:*.
 * The worker, the CLI and the tests all call these same functions.
 */
export { analyze, AnalysisCache, type AnalyzeInput } from './analyze'
export { toGraph } from './graph/to-graph'
export { splitDocuments } from './parse/split-documents'
export { simulate } from './simulate/simulate'
export { checkCase } from './simulate/check-case'
export { exportManifests, exportObject } from './export/export-manifests'
export { orderDocuments, kindRank } from './export/order-documents'
export { stripServerFields, type StripResult } from './export/strip-server-fields'
export { prepareImport, MAX_IMPORT_CHARS } from './import/prepare-import'
export { unwrapLists, listItemTexts } from './import/unwrap-lists'
export { appendDocuments, chunkDocuments, documentContent, joinChunks } from './manifest-text/yaml-chunks'
export { decodeShareLink, encodeShareLink, isShareFragment, MAX_LINK_CHARS, SHARE_PREFIX } from './share/share-link'
export { exportCases } from './export/export-cases'

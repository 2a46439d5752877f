/**
 * The engine's public surface. Pure TypeScript: no DOM, React, Monaco, worker globals or node:*.
 * The worker, the CLI and the tests all call these same functions.
 */
export { analyze, AnalysisCache, type AnalyzeInput } from './analyze'
export { toGraph } from './graph/to-graph'
export { splitDocuments } from './parse/split-documents'
export { simulate } from './simulate/simulate'
export { checkCase } from './simulate/check-case'
export { readRouteTests } from './route-tests/read-route-tests'
export { runRouteTests, type RouteTestOutcome } from './route-tests/run-route-tests'
export { answerQuestion } from './learn/answer-question'
export { findCondition } from './learn/find-condition'

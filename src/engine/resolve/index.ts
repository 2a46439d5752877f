/** The resolve stage: attachment and status (SPEC-NOTES §3–7, 10, 12). */
export { resolveStatus, type Resolution } from './resolve-status'
export { ResolveMemo } from './resolve-memo'
export { toProblems } from './to-problems'
export { readSecretFacts, type SecretFacts } from './read-secrets'
export { CONTROLLER_NAME } from './context'
export { intersectHostnames, effectiveHostnames } from './hostnames'

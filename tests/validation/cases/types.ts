import type { Channel } from '../../../src/model'

/** One expected problem: [code, path, message]. */
export type Expected = [code: string, path: string, message: string]

/** A manifest and exactly the errors and warnings it must produce (info problems are not compared). */
export interface Case {
  name: string
  manifest: Record<string, unknown> | string
  /** Default: standard, since every standard-channel rule must be covered. */
  channel?: Channel
  expect: Expected[]
}

export type Json = Record<string, unknown>
export const V1 = 'gateway.networking.k8s.io/v1'

export const cel = (path: string, message: string): Expected => ['cel-rule', path, message]
export const noSuchKey = (path: string, key: string, message: string): Expected => ['cel-no-such-key', path, `no such key: ${key} evaluating rule: ${message}`]

export function object(kind: string, spec: unknown, extra: Json = {}): Json {
  return { apiVersion: V1, kind, metadata: { name: 'x', namespace: 'ns' }, spec, ...extra }
}

import type { Channel, Span } from '../../model'
import type { DecodeContext } from '../decode/decode-value'
import { checkLoopholes } from './check-loopholes'
import { runRules } from './run-rules'
import type { Schema } from './schema'
import { validateTree, type ValidateContext } from './validate-tree'

export interface ObjectContext {
  kind: string
  namespace: string
  channel: Channel
  /** The object's span, and its fields' spans (worked out when a problem first needs one). */
  span: Span
  spans: () => Readonly<Record<string, Span>>
  /** The experimental channel's schema of the same kind and version (standard channel only). */
  experimental?: Schema
}

/**
 * Validates one decoded object the way the API server does on create: schema checks on metadata
 * and spec, then, unless a blocking schema error turned them off, every CEL rule; then RouteLab's
 * loophole warnings. Problems are appended to the decode context, so one list holds them all.
 *
 * @example
 * validateObject({ apiVersion, kind, metadata, spec }, lookup.schema, decodeCtx, { kind, namespace, channel })
 */
export function validateObject(value: { apiVersion: string; kind: string; metadata: unknown; spec: unknown }, root: Schema, dc: DecodeContext, oc: ObjectContext): void {
  const ctx: ValidateContext = { spans: oc.spans, rootSpan: oc.span, problems: dc.problems, dropped: dc.dropped, celBlocked: dc.celBlocked, jobs: [] }
  if (root.metadata) validateTree(value.metadata, root.metadata, 'metadata', ctx)
  validateTree({ apiVersion: value.apiVersion, kind: value.kind, ...(value.spec === undefined ? {} : { spec: value.spec }) }, root, '', ctx)
  if (!ctx.celBlocked) runRules(ctx, { namespace: oc.namespace, channel: oc.channel, ...(oc.experimental ? { experimental: oc.experimental } : {}) })
  checkLoopholes(oc.kind, value.spec, ctx)
}

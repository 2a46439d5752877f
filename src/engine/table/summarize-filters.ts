import { isObj, list, num, str, type Json } from '../resolve/read'
import { text } from '../simulate/normalize-request'

/**
 * One line per filter for the routing table: the type and the settings that change traffic,
 * as written (nothing is simulated here; `simulate` shows what a filter does to one request).
 */

const headerOps = (m: unknown): string => {
  const h: Json = isObj(m) ? m : {}
  const pairs = (op: string, v: unknown) => list(v).map((x) => `${op} ${text(x.name)}: ${text(x.value)}`)
  const removes = Array.isArray(h.remove) ? h.remove.map((n) => `remove ${text(n)}`) : []
  return [...pairs('set', h.set), ...pairs('add', h.add), ...removes].join(', ') || 'no change'
}

const pathModifier = (p: unknown): string | undefined => {
  if (!isObj(p)) return undefined
  const type = str(p.type) ?? ''
  const value = type === 'ReplaceFullPath' ? p.replaceFullPath : type === 'ReplacePrefixMatch' ? p.replacePrefixMatch : undefined
  return `path ${type} ${text(value)}`
}

const backendWords = (b: unknown): string => {
  const r: Json = isObj(b) ? b : {}
  const port = num(r.port)
  return `${str(r.namespace) ? `${str(r.namespace)}/` : ''}${text(r.name)}${port !== undefined ? `:${port}` : ''}`
}

/**
 * The settings of a RequestRedirect, as a table cell: `301 scheme https, port 8443`.
 *
 * @example
 * summarizeRedirect({ scheme: 'https', statusCode: 301 }) // '301 scheme https'
 */
export function summarizeRedirect(r: Json): string {
  const parts: string[] = []
  if (str(r.scheme)) parts.push(`scheme ${str(r.scheme)}`)
  if (str(r.hostname)) parts.push(`hostname ${str(r.hostname)}`)
  if (num(r.port) !== undefined) parts.push(`port ${num(r.port)}`)
  const p = pathModifier(r.path)
  if (p) parts.push(p)
  return `${num(r.statusCode) ?? 302}${parts.length ? ` ${parts.join(', ')}` : ' (same URL)'}`
}

/**
 * @example
 * summarizeFilter({ type: 'RequestHeaderModifier', requestHeaderModifier: { set: [{ name: 'x', value: '1' }] } })
 * // 'RequestHeaderModifier set x: 1'
 */
export function summarizeFilter(f: Json): string {
  const type = text(f.type)
  switch (type) {
    case 'RequestHeaderModifier':
      return `${type} ${headerOps(f.requestHeaderModifier)}`
    case 'ResponseHeaderModifier':
      return `${type} ${headerOps(f.responseHeaderModifier)}`
    case 'RequestRedirect':
      return `${type} ${summarizeRedirect(isObj(f.requestRedirect) ? f.requestRedirect : {})}`
    case 'URLRewrite': {
      const u: Json = isObj(f.urlRewrite) ? f.urlRewrite : {}
      const parts = [str(u.hostname) ? `hostname ${str(u.hostname)}` : undefined, pathModifier(u.path)].filter(Boolean)
      return `${type} ${parts.join(', ') || 'no change'}`
    }
    case 'RequestMirror': {
      const m: Json = isObj(f.requestMirror) ? f.requestMirror : {}
      const fr = isObj(m.fraction) ? m.fraction : undefined
      const share = num(m.percent) !== undefined ? ` ${num(m.percent)}%` : fr ? ` ${text(fr.numerator)}/${text(fr.denominator ?? 100)}` : ''
      return `${type} to ${backendWords(m.backendRef)}${share}`
    }
    case 'CORS': {
      const c: Json = isObj(f.cors) ? f.cors : {}
      const origins = Array.isArray(c.allowOrigins) ? c.allowOrigins.map(text).join(', ') : ''
      return `${type}${origins ? ` origins ${origins}` : ''}`
    }
    case 'ExtensionRef': {
      const e: Json = isObj(f.extensionRef) ? f.extensionRef : {}
      return `${type} ${text(e.kind)} ${text(e.name)}`
    }
    case 'ExternalAuth': {
      const a: Json = isObj(f.externalAuth) ? f.externalAuth : {}
      return `${type} via ${backendWords(a.backendRef)}`
    }
    default:
      return type || '(no type)'
  }
}

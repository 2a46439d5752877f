/**
 * IP address checks with Go's rules, which the API server uses: `format: ipv4` / `ipv6` (Go's
 * net.ParseIP plus a "." or ":" test, as kube-openapi does) and the Kubernetes CEL function
 * `isIP()` (netip.ParseAddr: no zone, no IPv4-mapped IPv6). Leading zeros in an IPv4 octet are
 * rejected by both.
 */

const OCTET = /^(0|[1-9][0-9]{0,2})$/

export function parseIPv4(s: string): number[] | undefined {
  const parts = s.split('.')
  if (parts.length !== 4) return undefined
  const out: number[] = []
  for (const p of parts) {
    if (!OCTET.test(p)) return undefined
    const n = Number(p)
    if (n > 255) return undefined
    out.push(n)
  }
  return out
}

const HEXTET = /^[0-9A-Fa-f]{1,4}$/

/** 16 bytes, or undefined. Accepts an embedded dotted IPv4 tail (`::ffff:1.2.3.4`); no zones. */
export function parseIPv6(s: string): number[] | undefined {
  if (s.includes('%')) return undefined
  const halves = s.split('::')
  if (halves.length > 2) return undefined
  const groups = (h: string): number[] | undefined => {
    if (h === '') return []
    const out: number[] = []
    const parts = h.split(':')
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = parseIPv4(p)
        if (!v4) return undefined
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!)
      } else if (HEXTET.test(p)) out.push(parseInt(p, 16))
      else return undefined
    }
    return out
  }
  const head = groups(halves[0]!)
  const tail = halves.length === 2 ? groups(halves[1]!) : []
  if (!head || !tail) return undefined
  if (halves.length === 1 ? head.length !== 8 : head.length + tail.length > 7) return undefined
  const all = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail]
  return all.flatMap((g) => [g >> 8, g & 255])
}

/** kube-openapi `format: ipv4`. */
export const isFormatIPv4 = (s: string): boolean => s.includes('.') && (parseIPv4(s) !== undefined || parseIPv6(s) !== undefined)
/** kube-openapi `format: ipv6`. */
export const isFormatIPv6 = (s: string): boolean => s.includes(':') && parseIPv6(s) !== undefined

/**
 * Kubernetes CEL `isIP(string)`: an IPv4 or IPv6 address without a zone; IPv4-mapped IPv6 is refused.
 *
 * @example
 * isIP('10.0.0.1')      // true
 * isIP('fe80::1%eth0')  // false
 */
export function isIP(s: string): boolean {
  if (parseIPv4(s)) return true
  const v6 = parseIPv6(s)
  if (!v6) return false
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 255 && v6[11] === 255
  return !mapped
}

import { parse, type ParseEntry } from 'shell-quote'
import type { SimRequest } from '../../model'

/** What a pasted curl command became, and what of it RouteLab did not use (said to the user). */
export type CurlParse = { ok: true; request: SimRequest; ignored: string[]; notes: string[] } | { ok: false; message: string }

/** curl options that take a value RouteLab has no use for: skipped with their value. */
const IGNORED_WITH_VALUE = new Set([
  '-o', '--output', '-w', '--write-out', '-m', '--max-time', '--connect-timeout', '--retry', '--retry-delay', '--retry-max-time',
  '-x', '--proxy', '-U', '--proxy-user', '--cacert', '--capath', '-E', '--cert', '--key', '--cert-type', '--key-type', '--pass',
  '--ciphers', '--resolve', '--connect-to', '--interface', '-c', '--cookie-jar', '-T', '--upload-file', '-r', '--range',
  '--limit-rate', '-y', '--speed-time', '-Y', '--speed-limit', '--max-redirs', '--dns-servers', '-K', '--config', '--trace',
  '--trace-ascii', '--stderr', '-D', '--dump-header', '--unix-socket', '--abstract-unix-socket', '-F', '--form', '--form-string',
  '--oauth2-bearer', '--aws-sigv4', '--tls-max', '--local-port', '--happy-eyeballs-timeout-ms', '--expect100-timeout', '-Q', '--quote',
])

/** Data options: each makes the request a POST (unless -G puts the data in the query). */
const DATA = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode', '--json'])

/** Short options that take a value, for splitting bundles like `-sSLkXPOST`. */
const SHORT_WITH_VALUE = new Set(['H', 'X', 'd', 'A', 'e', 'b', 'u', 'o', 'w', 'm', 'x', 'U', 'E', 'c', 'T', 'r', 'y', 'Y', 'K', 'D', 'F', 'Q'])

/** Splits `-sSLkXPOST` into `-s -S -L -k -X POST`. */
function expandShort(arg: string): string[] {
  const out: string[] = []
  for (let i = 1; i < arg.length; i++) {
    const c = arg[i]!
    if (SHORT_WITH_VALUE.has(c)) {
      out.push(`-${c}`)
      if (i + 1 < arg.length) out.push(arg.slice(i + 1))
      return out
    }
    out.push(`-${c}`)
  }
  return out
}

function words(entries: ParseEntry[]): { args: string[]; dropped: string[] } {
  const args: string[] = []
  const dropped: string[] = []
  for (const e of entries) {
    if (typeof e === 'string') args.push(e)
    else if ('comment' in e) continue
    else if ('op' in e && e.op === 'glob') args.push(e.pattern)
    else dropped.push(`shell operator ${'op' in e ? e.op : '?'} and what follows`)
    if (typeof e !== 'string' && 'op' in e && e.op !== 'glob') break
  }
  return { args, dropped }
}

/**
 * Turns a curl command line into a request: the URL (scheme, host, port, path and query), `-X`,
 * `-H`, `-d` and friends (POST unless `-G`, which moves the data into the query), `-I` (HEAD),
 * `-A`, `-e`, `-b`, `-u` (the headers they set), `--json`. Options that do not change what a
 * gateway routes on (`-k`, `-s`, `-v`, `-L`, `-o FILE`...) are skipped and listed in `ignored`.
 * Shell quoting, escapes and line continuations are read as a shell would; `$VARS` are left as
 * written. Never throws.
 *
 * @example
 * parseCurl(`curl -k -H 'x-env: canary' https://shop.example.com/cart?id=7`)
 * // { ok: true, request: { protocol: 'HTTPS', host: 'shop.example.com', path: '/cart?id=7', method: 'GET', headers: { 'x-env': 'canary' } }, ignored: ['-k'], notes: [] }
 */
export function parseCurl(command: string): CurlParse {
  const open = unclosedQuote(command)
  if (open) return { ok: false, message: `a ${open} quote is not closed` }
  let entries: ParseEntry[]
  try {
    // Line continuations first: `\` + newline is nothing to a shell.
    entries = parse(command.replace(/\\\r?\n/g, ' ').trim(), (key) => `$${key}`)
  } catch (e) {
    return { ok: false, message: `could not read it as a shell command: ${(e as Error).message}` }
  }
  const { args, dropped } = words(entries)
  if (args[0] === 'curl') args.shift()
  const ignored = [...dropped]
  const notes: string[] = []
  const headers: Record<string, string> = {}
  const data: string[] = []
  let method: string | undefined
  let url: string | undefined
  let get = false
  let head = false
  let json = false
  const queue = args.flatMap((a) => (/^-[a-zA-Z]{2,}$/.test(a) ? expandShort(a) : [a]))
  const value = (flag: string): string | undefined => {
    const v = queue.shift()
    if (v === undefined) notes.push(`${flag} has no value`)
    return v
  }
  const setHeader = (name: string, v: string) => {
    headers[name.toLowerCase()] = v
  }
  while (queue.length > 0) {
    let a = queue.shift()!
    let inline: string | undefined
    const eq = a.startsWith('--') ? a.indexOf('=') : -1
    if (eq > 0) {
      inline = a.slice(eq + 1)
      a = a.slice(0, eq)
    }
    const take = () => inline ?? value(a)
    if (a === '-H' || a === '--header') {
      const h = take()
      if (h === undefined) continue
      const colon = h.indexOf(':')
      if (colon <= 0) {
        // `-H 'name;'` sends an empty header; `-H name` alone is curl's way to remove one.
        if (h.endsWith(';')) setHeader(h.slice(0, -1), '')
        else ignored.push(`-H ${h}`)
        continue
      }
      const name = h.slice(0, colon).trim()
      const v = h.slice(colon + 1).trim()
      if (name.toLowerCase() === 'host') setHeader('host', v)
      else if (v === '') ignored.push(`-H ${h} (curl removes that header)`)
      else setHeader(name, v)
    } else if (a === '-X' || a === '--request') {
      const m = take()
      if (m) method = m.toUpperCase()
    } else if (DATA.has(a)) {
      const d = take()
      if (d === undefined) continue
      data.push(d)
      if (a === '--json') json = true
    } else if (a === '-G' || a === '--get') get = true
    else if (a === '-I' || a === '--head') head = true
    else if (a === '-A' || a === '--user-agent') setHeader('user-agent', take() ?? '')
    else if (a === '-e' || a === '--referer') setHeader('referer', take() ?? '')
    else if (a === '-b' || a === '--cookie') {
      const c = take() ?? ''
      if (c.includes('=')) setHeader('cookie', c)
      else ignored.push(`${a} ${c} (a cookie file)`)
    } else if (a === '-u' || a === '--user') {
      const u = take() ?? ''
      setHeader('authorization', `Basic ${btoa(u.includes(':') ? u : `${u}:`)}`)
    } else if (a === '--url') url = take()
    else if (IGNORED_WITH_VALUE.has(a)) {
      const v = take()
      ignored.push(v === undefined ? a : `${a} ${v}`)
    } else if (a.startsWith('-') && a.length > 1) ignored.push(a)
    else if (url === undefined) url = a
    else ignored.push(a)
  }
  if (url === undefined) return { ok: false, message: 'no URL found: paste a command like curl https://host/path' }
  const target = readUrl(url)
  if (!target) return { ok: false, message: `${url} is not a URL RouteLab can read` }
  let path = target.path
  if (data.length > 0 && get) {
    path += (path.includes('?') ? '&' : '?') + data.join('&')
    notes.push('-G: the data went into the query string')
  } else if (data.length > 0) {
    method ??= 'POST'
    if (json) {
      headers['content-type'] ??= 'application/json'
      headers.accept ??= 'application/json'
    } else headers['content-type'] ??= 'application/x-www-form-urlencoded'
    notes.push('the request body is not simulated: routing never reads it')
  }
  if (head) method ??= 'HEAD'
  const request: SimRequest = { protocol: target.protocol, host: headers.host ?? target.host, path, method: method ?? 'GET' }
  delete headers.host
  if (target.port !== undefined) request.port = target.port
  if (Object.keys(headers).length) request.headers = headers
  return { ok: true, request, ignored, notes }
}

/** The kind of quote left open at the end of a shell command line, if any. */
function unclosedQuote(command: string): 'single' | 'double' | undefined {
  let quote: "'" | '"' | undefined
  for (let i = 0; i < command.length; i++) {
    const c = command[i]
    if (quote === "'") {
      if (c === "'") quote = undefined
    } else if (c === '\\') i++
    else if (quote === '"') {
      if (c === '"') quote = undefined
    } else if (c === "'" || c === '"') quote = c
  }
  return quote === "'" ? 'single' : quote === '"' ? 'double' : undefined
}

/** `https://host:8443/p?q` → protocol, host, port and path with query; a bare `host/path` is HTTP. */
function readUrl(raw: string): { protocol: 'HTTP' | 'HTTPS'; host: string; port?: number; path: string } | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`
  let u: URL
  try {
    u = new URL(withScheme)
  } catch {
    return undefined
  }
  const scheme = u.protocol.toLowerCase()
  if (scheme !== 'http:' && scheme !== 'https:') return undefined
  // The raw path and query, as typed: URL would percent-encode and normalise them.
  const afterHost = withScheme.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '')
  const path = (afterHost.split('#')[0] ?? '') || '/'
  const out: { protocol: 'HTTP' | 'HTTPS'; host: string; port?: number; path: string } = {
    protocol: scheme === 'https:' ? 'HTTPS' : 'HTTP',
    host: u.hostname,
    path: path.startsWith('?') ? `/${path}` : path,
  }
  if (u.port) out.port = Number(u.port)
  return out
}

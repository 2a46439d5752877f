import LZString from 'lz-string'
import { MAX_SHARE_LINK_CHARS, SHARE_FRAGMENT_PREFIX, type ShareError, type ShareLinkResult, type SharedWorkspace, type SharedWorkspaceResult } from '../../model'
import { decompressBounded } from './decompress-bounded'

/** A share link's fragment starts with this; other fragments are left alone. */
export const SHARE_PREFIX = SHARE_FRAGMENT_PREFIX
/**
 * The longest link RouteLab makes. Browsers accept far longer URLs, but links travel through chat,
 * mail and issue trackers: 32,000 characters stays under the limits of common ones (Microsoft
 * Teams messages, about 28 KB of text, are the tightest we know of beyond old tools) and under
 * Firefox's 65,536-character address bar. That is roughly 100–150 KB of typical YAML.
 */
export const MAX_LINK_CHARS = MAX_SHARE_LINK_CHARS
/** Fragments longer than this are refused before decoding: RouteLab never makes one. */
export const MAX_FRAGMENT_CHARS = 2 * MAX_LINK_CHARS
/** The most text a link may expand to; beyond it the link is hostile or broken. */
export const MAX_SHARED_CHARS = 2_000_000
const MAX_NAME = 120
const MAX_POSITIONS = 20_000
const FORMAT = 1

const error = (code: ShareError['code'], message: string): { ok: false; error: ShareError } => ({ ok: false, error: { code, message } })
type Json = Record<string, unknown>
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Makes the fragment of a share link (`share=…`): the workspace as JSON, compressed with
 * lz-string's URL-safe alphabet. Nothing leaves the browser: a fragment is never sent to a
 * server. `baseLength` is the length of the URL before `#`, so the whole link is measured.
 *
 * @example
 * const r = encodeShareLink({ name: 'Canary', text }, location.href.split('#')[0].length)
 * if (r.ok) location.hash = r.fragment
 */
export function encodeShareLink(workspace: SharedWorkspace, baseLength = 0): ShareLinkResult {
  const payload: Json = { v: FORMAT, name: workspace.name, text: workspace.text }
  if (workspace.cases !== undefined) payload.cases = workspace.cases
  if (workspace.exampleId !== undefined) payload.exampleId = workspace.exampleId
  if (workspace.positions && Object.keys(workspace.positions).length > 0) payload.positions = workspace.positions
  const fragment = SHARE_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload))
  const length = baseLength + 1 + fragment.length
  if (length > MAX_LINK_CHARS) {
    return error('share-too-large', `This workspace needs a link of ${length.toLocaleString('en')} characters; links are limited to ${MAX_LINK_CHARS.toLocaleString('en')}. Download it as a file instead.`)
  }
  return { ok: true, fragment, length }
}

/** True when a URL fragment (with or without `#`) is a RouteLab share link. */
export function isShareFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith(SHARE_PREFIX)
}

/**
 * Reads a share link's fragment. Refuses, with a message, anything RouteLab would not have made:
 * too long, not decodable, expanding past `MAX_SHARED_CHARS`, not JSON, or of the wrong shape.
 * The name is cleaned of control characters and shortened; every value is returned as plain
 * data for the UI to render as text. Never throws.
 *
 * @example
 * const r = decodeShareLink(location.hash)
 * if (r.ok) openAsNewWorkspace(r.workspace)
 */
export function decodeShareLink(fragment: string): SharedWorkspaceResult {
  const raw = fragment.replace(/^#/, '')
  if (!raw.startsWith(SHARE_PREFIX)) return error('share-malformed', 'This is not a RouteLab share link.')
  const body = raw.slice(SHARE_PREFIX.length)
  if (body.length > MAX_FRAGMENT_CHARS) {
    return error('share-too-large', `This link is ${raw.length.toLocaleString('en')} characters long; RouteLab links are at most ${MAX_LINK_CHARS.toLocaleString('en')}. It was not opened.`)
  }
  const decoded = decompressBounded(body, MAX_SHARED_CHARS)
  if (!decoded.ok) {
    return decoded.reason === 'too-large'
      ? error('share-decompressed-too-large', `This link expands to more than ${MAX_SHARED_CHARS.toLocaleString('en')} characters, more than a RouteLab link ever holds. It was not opened.`)
      : error('share-invalid-compression', 'This link is damaged (it could not be decompressed); perhaps it was cut short when copied. It was not opened.')
  }
  let value: unknown
  try {
    value = JSON.parse(decoded.text)
  } catch {
    return error('share-malformed', 'This link does not hold a RouteLab workspace. It was not opened.')
  }
  if (!isJson(value)) return error('share-malformed', 'This link does not hold a RouteLab workspace. It was not opened.')
  if (value.v !== FORMAT) return error('share-unsupported-version', 'This link was made by a different version of RouteLab and cannot be read by this one.')
  return readPayload(value)
}

function readPayload(value: Json): SharedWorkspaceResult {
  const malformed = (what: string) => error('share-malformed', `This link's ${what} is not valid. It was not opened.`)
  if (typeof value.text !== 'string') return malformed('text')
  if (value.name !== undefined && typeof value.name !== 'string') return malformed('name')
  const workspace: SharedWorkspace = { name: cleanName(value.name), text: value.text }
  if (value.exampleId !== undefined) {
    if (typeof value.exampleId !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(value.exampleId)) return malformed('example id')
    workspace.exampleId = value.exampleId
  }
  if (value.positions !== undefined) {
    const positions = readPositions(value.positions)
    if (!positions) return malformed('layout')
    workspace.positions = positions
  }
  if (value.cases !== undefined) workspace.cases = value.cases
  return { ok: true, workspace }
}

function readPositions(v: unknown): SharedWorkspace['positions'] | undefined {
  if (!isJson(v)) return undefined
  const entries = Object.entries(v)
  if (entries.length > MAX_POSITIONS) return undefined
  const out: Record<string, { x: number; y: number }> = {}
  for (const [id, p] of entries) {
    if (!isJson(p) || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return undefined
    out[id] = { x: p.x as number, y: p.y as number }
  }
  return out
}

/** Control and bidi-override characters would let a name disguise itself; they become spaces. */
function cleanName(name: unknown): string {
  if (typeof name !== 'string') return 'Shared workspace'
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim()
  if (!clean) return 'Shared workspace'
  return clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean
}

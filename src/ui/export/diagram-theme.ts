/**
 * The canvas's colours (src/ui/theme.css), as plain values an exported SVG can carry: a diagram
 * must look the same in a wiki page as in the app, without the app's stylesheet. `color-mix()`
 * in the stylesheet becomes `mix()` here, so the file reads in every SVG viewer.
 */
export interface DiagramTheme {
  bg: string
  surface: string
  surface2: string
  surface3: string
  border: string
  borderStrong: string
  text: string
  muted: string
  faint: string
  error: string
  warning: string
  ok: string
  gateway: string
  route: string
  grpc: string
  tls: string
  tcp: string
  udp: string
  rule: string
  backend: string
}

export const LIGHT: DiagramTheme = {
  bg: '#f4f5f7',
  surface: '#ffffff',
  surface2: '#f0f2f5',
  surface3: '#e7eaef',
  border: '#dde1e7',
  borderStrong: '#c4cad3',
  text: '#18202b',
  muted: '#5f6b7a',
  faint: '#8a94a3',
  error: '#c9303e',
  warning: '#b7791f',
  ok: '#1f8a4c',
  gateway: '#6d55d1',
  route: '#2f6fde',
  grpc: '#0d8a80',
  tls: '#b7791f',
  tcp: '#56609f',
  udp: '#b0467c',
  rule: '#3a86a8',
  backend: '#1f8a4c',
}

export const DARK: DiagramTheme = {
  bg: '#101318',
  surface: '#181c23',
  surface2: '#1f242d',
  surface3: '#272d38',
  border: '#2c333f',
  borderStrong: '#3b4452',
  text: '#e4e8ee',
  muted: '#9aa5b4',
  faint: '#6f7a89',
  error: '#ff6b78',
  warning: '#f0b35a',
  ok: '#4cc486',
  gateway: '#a493f5',
  route: '#6ea0ff',
  grpc: '#3cc7b9',
  tls: '#e9b25a',
  tcp: '#9aa3e6',
  udp: '#ee86bd',
  rule: '#6cc0e0',
  backend: '#55c98a',
}

const rgb = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** `color-mix(in srgb, a pct%, b)` for opaque hex colours. */
export function mix(a: string, b: string, pct: number): string {
  const [x, y] = [rgb(a), rgb(b)]
  const t = pct / 100
  return `#${x
    .map((v, i) =>
      Math.round(v * t + y[i]! * (1 - t))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/** The colour of a node's stripe and kind tag, as the canvas picks it (nodes.css). */
export function nodeColor(theme: DiagramTheme, kind: string, objectKind: string): string {
  if (kind === 'gateway' || kind === 'listenerset') return theme.gateway
  if (kind === 'rule') return theme.rule
  if (kind === 'backend') return theme.backend
  const byKind: Record<string, string> = {
    GRPCRoute: theme.grpc,
    TLSRoute: theme.tls,
    TCPRoute: theme.tcp,
    UDPRoute: theme.udp,
  }
  return byKind[objectKind] ?? theme.route
}

/** The tone of a status badge, as `.badge.tone-*`. */
export function toneColor(theme: DiagramTheme, tone: string): string {
  return tone === 'ok' ? theme.ok : tone === 'warn' ? theme.warning : tone === 'error' ? theme.error : theme.muted
}

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { examples, starterExample } from '../../examples'
import type { GraphModel } from '../../model'
import { EngineHost } from '../../worker/host'
import { graphToSvg } from './graph-svg'
import { estimateWidth, fit } from './svg-text'

async function graphOf(text: string): Promise<GraphModel> {
  return (
    await new EngineHost().analyze({
      version: 1,
      files: [{ name: 'workspace.yaml', text }],
    })
  ).graph
}

/** Every text run in the file, joined: what a reader of the diagram can read. */
function texts(svg: string): string {
  const doc: unknown = new XMLParser({
    ignoreAttributes: true,
    processEntities: true,
  }).parse(svg)
  const out: string[] = []
  const walk = (v: unknown) => {
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v))
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(doc)
  return out.join('\n')
}

describe('graphToSvg', () => {
  it('draws every node and edge of the starter example as well-formed SVG with the node labels', async () => {
    const graph = await graphOf(starterExample.files[0]!.text)
    const { svg, width, height } = graphToSvg(graph, {}, { theme: 'light', background: true, title: 'Starter' })
    expect(XMLValidator.validate(svg)).toBe(true)
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"')
    expect(svg.match(/<g class="node"/g)).toHaveLength(graph.nodes.length)
    expect(svg.match(/<path /g)).toHaveLength(graph.edges.length)
    const words = texts(svg)
    // Each label and badge whole, as a text run of its own: nothing cut short to make room.
    const runs = words.split('\n')
    for (const n of graph.nodes) {
      expect(runs, n.id).toContain(n.label)
      for (const b of n.badges ?? []) expect(runs, `${n.id} ${b.label}`).toContain(b.label)
    }
    expect(graph.nodes.filter((n) => n.kind === 'route' && n.badges?.length)).toHaveLength(2)
    for (const e of graph.edges) if (e.label) expect(words).toContain(e.label)
    expect(words).toContain('Starter')
    // The canvas's size at zoom 1, plus a margin: sensible for a page.
    const right = Math.max(...graph.nodes.map((n) => n.x + n.width))
    expect(width).toBeGreaterThan(right - Math.min(...graph.nodes.map((n) => n.x)))
    expect(width).toBeLessThan(right + 200)
    expect(height).toBeGreaterThan(100)
  })

  it('follows dragged positions, and the theme and background options', async () => {
    const graph = await graphOf(starterExample.files[0]!.text)
    const node = graph.nodes.find((n) => n.kind === 'backend')!
    const plain = graphToSvg(graph, {}, { theme: 'light', background: false })
    const moved = graphToSvg(graph, { [node.id]: { x: node.x + 900, y: node.y } }, { theme: 'light', background: false })
    expect(moved.width).toBeGreaterThanOrEqual(plain.width + 900 - node.width)
    expect(plain.svg).not.toContain('fill="#f4f5f7"')
    const dark = graphToSvg(graph, {}, { theme: 'dark', background: true })
    expect(dark.svg).toContain('fill="#101318"')
    expect(dark.svg).toContain('#181c23')
  })

  it('keeps hostile names as inert, escaped text', async () => {
    const text = [
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata: {name: "x", namespace: default}',
      'spec:',
      '  hostnames: ["<script>alert(1)</script>&\u0007.example.com"]',
      '  rules: [{matches: [{headers: [{name: "x-a", value: "</text><g onload=alert(1)>\\"\'"}]}]}]',
    ].join('\n')
    const { svg } = graphToSvg(await graphOf(text), {}, { theme: 'light', background: true, measure: () => 1 })
    expect(XMLValidator.validate(svg)).toBe(true)
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('<g onload')
    expect(texts(svg)).toContain('<script>alert(1)</script>&\uFFFD.example.com')
  })

  it('draws every example: lanes, ListenerSets, gRPC, TLS, TCP and UDP, broken references', async () => {
    for (const ex of examples) {
      const graph = await graphOf(ex.files.map((f) => f.text).join('\n---\n'))
      const { svg } = graphToSvg(graph, {}, { theme: 'dark', background: true })
      expect(XMLValidator.validate(svg), ex.id).toBe(true)
      expect(svg.match(/<g class="node"/g)?.length ?? 0, ex.id).toBe(graph.nodes.length)
    }
  })

  it('an empty workspace is a small, valid, empty drawing', async () => {
    const d = graphToSvg(await graphOf('# nothing yet\n'), {}, { theme: 'light', background: true })
    expect(XMLValidator.validate(d.svg)).toBe(true)
    expect(d.width).toBeGreaterThan(0)
    expect(d.height).toBeGreaterThan(0)
  })
})

describe('fit', () => {
  it('cuts text to a width with an ellipsis, and leaves short text alone', () => {
    const font = { size: 10 }
    expect(fit('short', font, 100, estimateWidth)).toBe('short')
    const cut = fit('a-very-long-hostname.example.com', font, 60, estimateWidth)
    expect(cut.endsWith('…')).toBe(true)
    expect(estimateWidth(cut, font)).toBeLessThanOrEqual(60)
    expect(estimateWidth(cut.slice(0, -1) + 'x…', font)).toBeGreaterThan(60)
    expect(fit('abc', font, 1, estimateWidth)).toBe('')
  })
})

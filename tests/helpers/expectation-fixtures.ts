import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

/**
 * Reads the readable YAML fixtures of a folder, in name order: in each file the first YAML
 * document holds `expect:` and the rest, kept as written, are the manifests.
 */
export function readExpectationFixtures<E>(dir: string): { name: string; text: string; expect: Partial<E> }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(path.join(dir, f), 'utf8')
      const cut = raw.indexOf('\n---\n')
      const head = parse(raw.slice(0, cut)) as { expect?: Partial<E> } | null
      return { name: f.replace(/\.yaml$/, ''), text: raw.slice(cut + 5), expect: head?.expect ?? {} }
    })
}

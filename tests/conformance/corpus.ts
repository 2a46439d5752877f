/**
 * The shared conformance corpus (../shared/conformance, see its README) read in place: where it
 * is, its index, and its case files. Reused by every corpus runner (status here, requests in the
 * simulator's suite).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface ObjectId {
  kind: string
  namespace?: string
  name: string
}

export interface Condition {
  type: string
  status: string | null
  reason: string | null
}

export interface Action {
  action: 'apply' | 'patch' | 'create' | 'delete'
  manifest?: string
  object?: ObjectId & Record<string, unknown>
  set?: { path: string; value: unknown }[]
  appendListener?: Record<string, unknown>
  removeListenersExcept?: string[]
  objects?: ObjectId[]
  description?: string
  waitBeforeSeconds?: number
}

export interface Expectation {
  id: string
  type: string
  check: string
  notSimulable?: { what: string; reason: string }[]
  [field: string]: unknown
}

export interface Step {
  name: string
  actions: Action[]
  expectations: Expectation[]
}

export interface CaseFile {
  shortName: string
  features: string[]
  steps: Step[]
  runCondition?: { skipIfSupportedFeature?: string; requireSupportedFeature?: string; description?: string }
}

export interface SuiteObject {
  kind: string
  type?: string
  namespace: string
  name: string
  keys?: string[]
}

export interface CorpusIndex {
  baseManifests: string
  suiteObjects: SuiteObject[]
  tests: { shortName: string; file: string }[]
}

/**
 * The main checkout of a linked git worktree (`.git` is then a file pointing into the main
 * repository), so `../shared` is found from worktrees too.
 */
function mainCheckout(root: string): string | undefined {
  const dotGit = path.join(root, '.git')
  try {
    const text = readFileSync(dotGit, 'utf8')
    const gitdir = /^gitdir:\s*(.+)$/m.exec(text)?.[1]?.trim()
    if (!gitdir) return undefined
    const common = readFileSync(path.join(gitdir, 'commondir'), 'utf8').trim()
    return path.dirname(path.resolve(gitdir, common))
  } catch {
    return undefined
  }
}

/** Where the corpus is: `ROUTELAB_CONFORMANCE_DIR`, else `../shared/conformance` from the repository root. */
export function corpusDir(): { dir: string; tried: string[] } {
  const env = process.env.ROUTELAB_CONFORMANCE_DIR
  if (env) return { dir: path.resolve(env), tried: [path.resolve(env)] }
  const tried = [path.resolve(REPO_ROOT, '../shared/conformance')]
  const main = mainCheckout(REPO_ROOT)
  if (main) tried.push(path.resolve(main, '../shared/conformance'))
  return { dir: tried.find((d) => existsSync(path.join(d, 'index.json'))) ?? tried[0]!, tried }
}

export class Corpus {
  readonly index: CorpusIndex

  constructor(readonly dir: string) {
    this.index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as CorpusIndex
  }

  static exists(dir: string): boolean {
    return existsSync(path.join(dir, 'index.json'))
  }

  read(rel: string): string {
    return readFileSync(path.join(this.dir, rel), 'utf8')
  }

  cases(): CaseFile[] {
    return this.index.tests.map((t) => JSON.parse(this.read(t.file)) as CaseFile)
  }
}

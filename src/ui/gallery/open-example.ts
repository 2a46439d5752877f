import type { Example } from '../../examples'
import type { WorkspaceContent } from '../../model'
import { engineOf } from '../state'
import type { WorkspaceSession } from '../workspace/session'
import { createWorkspace } from '../workspace/workspace-actions'

/** A workspace holding an example as it ships: its manifests, its test cases, its id. */
export function exampleContent(example: Example): WorkspaceContent {
  const file = example.files[0]
  // Examples are one file today; several would become one multi-document text.
  const text = example.files.length === 1 && file ? file.text : example.files.map((f) => f.text.replace(/\n*$/, '\n')).join('---\n')
  return {
    text,
    fileName: file?.name ?? 'workspace.yaml',
    positions: {},
    layout: {},
    cases: example.cases,
    exampleId: example.id,
  }
}

/**
 * Opens an example as a NEW workspace named after it (the name gets a number when taken), with
 * its test cases: whatever the user had open is saved first and never overwritten.
 */
export async function openExample(session: WorkspaceSession, example: Example, name = example.title): Promise<string | undefined> {
  const meta = await createWorkspace(session, name, exampleContent(example))
  return meta?.id
}

/**
 * True when the open workspace still holds `example` exactly as it ships: the same text, and the
 * same cases (once the engine has read an example's cases file they are a list, so the file is
 * read again, in the worker, to compare like with like).
 */
export async function untouched(session: WorkspaceSession, example: Example): Promise<boolean> {
  const now = session.content()
  if (now.exampleId !== example.id || now.text !== exampleContent(example).text) return false
  if (now.cases === undefined || typeof now.cases === 'string') return now.cases === example.cases
  const read = await engineOf(session.lab)?.readRouteTests(example.cases)
  return read?.ok === true && JSON.stringify(read.cases) === JSON.stringify(now.cases)
}

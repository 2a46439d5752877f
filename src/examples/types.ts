import type { SourceFile } from '../model'

/** One gallery entry: manifests plus the words that explain them. */
export interface Example {
  id: string
  title: string
  /** A few sentences on the concept the example teaches. */
  summary: string
  files: SourceFile[]
}

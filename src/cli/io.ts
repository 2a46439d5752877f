import { readFileSync } from 'node:fs'
import type { SourceFile } from '../model'

/** Thrown for bad command lines; main() prints it and exits with 2. */
export class UsageError extends Error {}

/** Reads the files named on the command line; `-` is standard input. */
export function readSources(paths: readonly string[]): SourceFile[] {
  if (paths.length === 0) throw new UsageError('no FILE given (use - for standard input)')
  return paths.map((p) => {
    try {
      return { name: p === '-' ? '<stdin>' : p, text: readFileSync(p === '-' ? 0 : p, 'utf8') }
    } catch (e) {
      throw new UsageError(`cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
    }
  })
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${value}"`)
}

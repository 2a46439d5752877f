import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The architecture rule is what keeps the engine pure; prove it fires on real files.
const eslint = new ESLint({ cwd: process.cwd() })

async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`)
}

describe('import boundaries', () => {
  it('rejects the engine importing the UI', async () => {
    const messages = await lint('src/engine/parse/x.ts', "import { App } from '../../ui/app/App'\nexport const a = App\n")
    expect(messages).toEqual([expect.stringContaining('src/engine may not import from src/ui')])
  })

  it('rejects the UI importing the engine directly', async () => {
    const messages = await lint('src/ui/canvas/x.ts', "import { analyze } from '../../engine'\nexport const a = analyze\n")
    expect(messages).toEqual([expect.stringContaining('src/ui may not import from src/engine')])
  })

  it('rejects node:* and React in the engine', async () => {
    const messages = await lint('src/engine/x.ts', "import { readFileSync } from 'node:fs'\nimport { useState } from 'react'\nexport const a = [readFileSync, useState]\n")
    expect(messages).toHaveLength(2)
    expect(messages.every((m) => m.startsWith('no-restricted-imports'))).toBe(true)
  })

  it('allows the directions the architecture permits', async () => {
    expect(await lint('src/worker/x.ts', "import { analyze } from '../engine'\nexport const a = analyze\n")).toEqual([])
    expect(await lint('src/cli/x.ts', "import { analyze } from '../engine'\nimport { readFileSync } from 'node:fs'\nexport const a = [analyze, readFileSync]\n")).toEqual([])
    expect(await lint('src/ui/app/x.ts', "import type { Analysis } from '../../model'\nexport type A = Analysis\n")).toEqual([])
  })
})

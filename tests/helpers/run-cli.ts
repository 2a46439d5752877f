import { main } from '../../src/cli/main'

/** Runs one `routelab` command in-process and collects what it prints and its exit code. */
export async function runCli(command: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const code = await main([command, ...args], (s) => out.push(s), (s) => err.push(s))
  return { code, out: out.join('\n'), err: err.join('\n') }
}

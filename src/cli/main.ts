import { simulateCommand, simulateHelp } from './commands/simulate'
import { status, statusHelp } from './commands/status'
import { testCommand, testHelp } from './commands/test'
import { validate, validateHelp } from './commands/validate'
import { UsageError } from './io'

type Command = (args: string[], out: (s: string) => void) => number | Promise<number>

const COMMANDS: Record<string, { run: Command; help: string }> = {
  validate: { run: validate, help: validateHelp },
  status: { run: status, help: statusHelp },
  simulate: { run: simulateCommand, help: simulateHelp },
  test: { run: testCommand, help: testHelp },
}

const usage = `RouteLab: design, understand and test Kubernetes Gateway API routes.

usage: routelab <command> [options]

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}`

/** The CLI entry: returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], out: (s: string) => void = (s) => console.log(s), err: (s: string) => void = (s) => console.error(s)): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ;(name ? out : err)(usage)
    return name ? 0 : 2
  }
  const command = COMMANDS[name]
  if (!command) {
    err(`routelab: unknown command "${name}"\n\n${usage}`)
    return 2
  }
  try {
    return await command.run(rest, out)
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`routelab ${name}: ${(e as Error).message}\n\n${command.help}`)
      return 2
    }
    throw e
  }
}

// Browser tests drive Debian's Chromium (Playwright's own browser download cannot work offline).
// Finds it, installs it with apt-get when running as root, or stops with instructions. It never
// lets the browser tests be skipped silently.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.ROUTELAB_CHROMIUM ?? '/usr/bin/chromium'

if (existsSync(path)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!isRoot) {
  console.error(`Browser tests need Chromium at ${path}, and it is missing.
Install it with:  sudo apt-get install -y chromium
or point ROUTELAB_CHROMIUM at another Chromium binary, then run npm test again.`)
  process.exit(1)
}

console.log(`Chromium not found at ${path}; installing Debian's chromium package (about a minute)...`)
const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
try {
  run(['install', '-y', 'chromium'])
} catch {
  run(['update'])
  run(['install', '-y', 'chromium'])
}
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`)
  process.exit(1)
}

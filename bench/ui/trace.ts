/**
 * Where a keystroke's (or a pan's) time goes: `node bin/run-ts.js bench/ui/trace.ts
 * [example|r500|r1000|baseline] [keys|pan]` (after `vite build`). Types 12 keys as `bench:ui` does
 * (or pans), with a Chromium trace and a CPU profile of the page running; prints busy time per
 * thread and the main thread's heaviest functions, and leaves `trace.json` and `main.cpuprofile` in
 * `bench/ui/out/` for the DevTools Performance panel.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { benchSpecs, keystrokes, median, pan, PAN_FRAMES, percentile, withLab } from './lab'
import { serveDist } from './serve'

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  /** Thread (CPU) time, which load on the machine does not inflate. */
  tdur?: number
  args?: { name?: string }
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

const which = (process.argv[2] ?? 'r500') as keyof ReturnType<typeof benchSpecs>
const panning = process.argv[3] === 'pan'
const count = panning ? PAN_FRAMES : Number(process.argv[3] ?? 12)
const out = path.resolve('bench/ui/out')

/** Busy milliseconds per thread, wall and CPU: top-level tasks only (a task's children are inside it). */
function busyByThread(events: TraceEvent[]): [string, number, number][] {
  const names = new Map<string, string>()
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?')
  const busy = new Map<string, [number, number]>()
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !e.dur) continue
    const key = `${names.get(`${e.pid}:${e.tid}`) ?? '?'} (${e.pid}:${e.tid})`
    const [wall, cpu] = busy.get(key) ?? [0, 0]
    busy.set(key, [wall + e.dur / 1000, cpu + (e.tdur ?? 0) / 1000])
  }
  return [...busy].map(([k, [wall, cpu]]): [string, number, number] => [k, wall, cpu]).sort((a, b) => b[1] - a[1]).slice(0, 8)
}

/** Self time per function in a CPU profile, heaviest first. */
function selfTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)
}

// DIST=dir serves another build, e.g. `vite build --minify false --outDir dist-plain` for readable names.
const server = await serveDist(process.env.DIST)
try {
  const spec = benchSpecs()[which]
  await withLab(server.url, spec, async (lab) => {
    if (!panning) await keystrokes(lab, 3)
    const cdp = await lab.page.context().newCDPSession(lab.page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
    const browser = lab.page.context().browser()!
    await browser.startTracing(lab.page, { categories: ['devtools.timeline', 'toplevel', 'v8', 'disabled-by-default-devtools.timeline'] })
    const ms = panning ? await pan(lab) : await keystrokes(lab, count)
    const trace = await browser.stopTracing()
    const { profile } = await cdp.send('Profiler.stop')
    mkdirSync(out, { recursive: true })
    writeFileSync(path.join(out, 'trace.json'), trace)
    writeFileSync(path.join(out, 'main.cpuprofile'), JSON.stringify(profile))
    console.log(`${spec.name}: ${count} ${panning ? 'frames' : 'keys'}, p50 ${median(ms).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms: ${ms.map((x) => x.toFixed(0)).join(' ')}`)
    const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents
    console.log('\nbusy ms per thread (per key or frame): wall, CPU')
    for (const [name, wall, cpu] of busyByThread(events)) console.log(`  ${(wall / count).toFixed(1).padStart(8)}  ${(cpu / count).toFixed(1).padStart(8)}  ${name}`)
    console.log('\nmain thread self ms (per key or frame):')
    for (const [name, t] of selfTimes(profile as never)) console.log(`  ${(t / count).toFixed(2).padStart(8)}  ${name}`)
  })
} finally {
  await server.close()
}

import type { EngineClient } from './client'

/** Why the engine was replaced. */
export interface RestartReason {
  kind: 'timeout' | 'error'
  /** What was asked when it happened: `analysis`, `simulate`, `edit`... */
  what: string
  /** The budget that ran out (timeouts). */
  ms?: number
  /** The error's message (errors). */
  message?: string
}

/** A call did not finish because the engine was replaced: it threw, hung, or an earlier call did. */
export class EngineFailure extends Error {
  constructor(readonly reason: RestartReason | 'replaced') {
    super(reason === 'replaced' ? 'the engine was replaced while this call waited' : reason.kind === 'timeout' ? `no answer to ${reason.what} within ${reason.ms} ms` : `the engine failed on ${reason.what}: ${reason.message}`)
  }
}

type Api = EngineClient['api']

export interface SupervisorOptions {
  /** Starts a fresh engine (a new Web Worker). */
  start: () => EngineClient | Promise<EngineClient>
  onRestart?: (why: RestartReason) => void
  /** Extra time the first call of a new engine gets, for the worker to load and compile. */
  startupGraceMs?: number
}

interface Queued {
  what: string
  budgetMs: number
  fn: (api: Api) => Promise<unknown>
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}

/**
 * The engine behind a watchdog. Calls run one at a time (the worker is single-threaded anyway),
 * so each call's budget starts when the engine starts on it, not while it waits behind another.
 * When a call throws or its budget runs out, the worker is terminated and a fresh one started:
 * a hung engine can never freeze the page or keep later work waiting, and the caller (which holds
 * the text) simply asks again. Calls still queued move to the new engine.
 */
export class EngineSupervisor {
  /** Bumped on every restart; state built with an older engine (analysis patches) is stale. */
  generation = 0
  private client?: Promise<EngineClient>
  /** The started engine, once there is one: a call then posts at once, not after a microtask. */
  private ready?: EngineClient
  private warm = false
  private readonly queue: Queued[] = []
  private busy = false
  private disposed = false

  constructor(private readonly options: SupervisorOptions) {}

  /**
   * Runs `fn` against the engine within `budgetMs`. Rejects with `EngineFailure` when the engine
   * threw or did not answer in time (it has been replaced by then).
   */
  call<T>(what: string, budgetMs: number, fn: (api: Api) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.disposed) return reject(new EngineFailure('replaced'))
      this.queue.push({ what, budgetMs, fn, resolve: resolve as (v: unknown) => void, reject })
      void this.pump()
    })
  }

  dispose(): void {
    this.disposed = true
    void this.client?.then((c) => c.dispose())
    for (const q of this.queue.splice(0)) q.reject(new EngineFailure('replaced'))
  }

  private engine(): Promise<EngineClient> {
    if (!this.client) {
      const client = Promise.resolve().then(() => this.options.start())
      this.client = client
      void client.then((c) => {
        if (this.client === client) this.ready = c
      }, () => undefined)
    }
    return this.client
  }

  private async pump(): Promise<void> {
    if (this.busy || this.disposed) return
    const next = this.queue.shift()
    if (!next) return
    this.busy = true
    try {
      next.resolve(await this.run(next))
    } catch (e) {
      next.reject(e)
    } finally {
      this.busy = false
      void this.pump()
    }
  }

  private async run(q: Queued): Promise<unknown> {
    // Without an await the request is posted before anything else the caller's change scheduled
    // (a keystroke's React render runs while the worker analyses, not before it starts).
    const client = this.ready ?? (await this.engine())
    const budget = q.budgetMs + (this.warm ? 0 : (this.options.startupGraceMs ?? 10_000))
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new EngineFailure({ kind: 'timeout', what: q.what, ms: q.budgetMs })), budget)
    })
    try {
      const value = await Promise.race([q.fn(client.api), timeout])
      this.warm = true
      return value
    } catch (e) {
      const failure = e instanceof EngineFailure ? e : new EngineFailure({ kind: 'error', what: q.what, message: (e as Error)?.message ?? String(e) })
      if (failure.reason !== 'replaced') this.restart(client, failure.reason)
      throw failure
    } finally {
      clearTimeout(timer)
    }
  }

  private restart(old: EngineClient, why: RestartReason): void {
    if (this.disposed) return
    old.dispose()
    this.generation++
    this.warm = false
    this.client = undefined
    this.ready = undefined
    this.options.onRestart?.(why)
  }
}

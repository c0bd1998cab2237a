// Fires each function's timer triggers (config.json "triggers": [{type: "timer", config: "<7-field cron>"}]) on
// schedule, by the local clock (local/clock.ts). A timer never overlaps itself: while a run is going on, its next
// tick is skipped (and logged). When the clock is moved forward past ticks (catchUp), each timer that was due runs
// once, one after another in the order of their first missed tick, and a chunked job that stopped for its time
// budget ({done: false}) is run again until it is done, as its next ticks would have.
import type { FunctionRunner } from '../runner/runner'
import type { LocalClock } from '../clock'
import { parseCron, nextFire, type Cron } from './cron'

interface Entry { fn: string; trigger: string; cron: Cron; next?: Date; running: boolean }

export interface CatchUpRun { fn: string; trigger: string; dueAt: string; runs: number; result: unknown }

/** Runs of one chunked job in a catch-up, at most (a job that never says done must not hang the clock). */
const MAX_CHUNK_RUNS = 50

export class TimerScheduler {
  private entries: Entry[] = []
  private handle?: NodeJS.Timeout
  private catchingUp?: Promise<CatchUpRun[]>

  constructor(private runner: FunctionRunner, private log: (line: Record<string, unknown>) => void, private clock: LocalClock) {}

  /** Read the timers from the functions; `schedule` false: known (for catch-up and firing) but not ticking. */
  start(schedule = true): void {
    this.entries = []
    const now = this.clock.now()
    for (const fn of this.runner.list()) {
      for (const t of fn.config.triggers ?? []) {
        if (t.type !== 'timer') continue
        const cron = parseCron(t.config)
        this.entries.push({ fn: fn.name, trigger: t.name, cron, next: nextFire(cron, now), running: false })
      }
    }
    if (!schedule) return
    this.handle = setInterval(() => this.tick(), 1000)
    this.handle.unref()
  }

  stop(): void {
    if (this.handle) clearInterval(this.handle)
    this.handle = undefined
  }

  list(): { fn: string; trigger: string; next?: string }[] {
    return this.entries.map((e) => ({ fn: e.fn, trigger: e.trigger, next: e.next?.toISOString() }))
  }

  /** Fire one function's timer now (POST /api/_local/timers/<fn>). */
  async fire(fnName: string): Promise<unknown> {
    const entry = this.entries.find((e) => e.fn === fnName)
    const trigger = entry?.trigger ?? 'manual'
    return this.runner.invoke(fnName, timerEvent(trigger, this.clock.now()), {}, 'timer')
  }

  /**
   * The clock was moved. Every timer whose planned tick is now past runs (once each, in the order of those ticks),
   * then all are planned again from the new time (a move backward only re-plans). Answers what ran, after it ran,
   * so the caller sees the effects. Two moves at once catch up one after the other, each tick once.
   */
  async catchUp(): Promise<CatchUpRun[]> {
    while (this.catchingUp) await this.catchingUp.catch(() => undefined)
    const run = this.runCatchUp()
    this.catchingUp = run
    try {
      return await run
    } finally {
      this.catchingUp = undefined
    }
  }

  /** Plan every timer from the clock's time without running what was skipped (a clock move with runTimers: false). */
  replan(): void {
    const now = this.clock.now()
    for (const e of this.entries) e.next = nextFire(e.cron, now)
  }

  private async runCatchUp(): Promise<CatchUpRun[]> {
    const now = this.clock.now()
    const due: { entry: Entry; at: Date }[] = []
    for (const e of this.entries) {
      if (e.next && e.next <= now) due.push({ entry: e, at: e.next })
      e.next = nextFire(e.cron, now)
    }
    due.sort((a, b) => a.at.getTime() - b.at.getTime())
    const out: CatchUpRun[] = []
    for (const { entry, at } of due) {
      while (entry.running) await new Promise((r) => setTimeout(r, 20))
      entry.running = true
      let runs = 0
      let result: unknown
      try {
        do {
          runs++
          result = await this.runner.invoke(entry.fn, timerEvent(entry.trigger, this.clock.now()), {}, 'timer').catch((e) => ({ ok: false, error: { code: 'INTERNAL', message: String((e as Error)?.message ?? e) } }))
        } while (unfinished(result) && runs < MAX_CHUNK_RUNS)
      } finally {
        entry.running = false
      }
      out.push({ fn: entry.fn, trigger: entry.trigger, dueAt: at.toISOString(), runs, result })
    }
    return out
  }

  private tick(): void {
    if (this.catchingUp) return
    const now = this.clock.now()
    for (const e of this.entries) {
      if (!e.next || e.next > now) continue
      e.next = nextFire(e.cron, now)
      if (e.running) { this.log({ t: now.toISOString(), function: e.fn, trigger: e.trigger, outcome: 'skipped:still-running' }); continue }
      e.running = true
      this.runner.invoke(e.fn, timerEvent(e.trigger, now), {}, 'timer')
        .catch(() => undefined)
        .finally(() => { e.running = false })
    }
  }
}

/** A chunked job's answer that says it stopped for its budget and has more to do (core/jobs/chunked.ts). */
function unfinished(result: unknown): boolean {
  if (!result || typeof result !== 'object') return false
  const r = result as { ok?: boolean; data?: unknown }
  if (r.ok !== true || !r.data || typeof r.data !== 'object') return false
  const data = r.data as Record<string, unknown>
  if (data.done === false) return true
  // a timer running several jobs answers {job: ChunkedResult, ...}
  return Object.values(data).some((v) => v && typeof v === 'object' && (v as { done?: unknown }).done === false)
}

export function timerEvent(trigger: string, at: Date = new Date()) {
  return { Type: 'Timer', TriggerName: trigger, Time: at.toISOString(), Message: '' }
}

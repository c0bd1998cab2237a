// Fires each function's timer triggers (config.json "triggers": [{type: "timer", config: "<7-field cron>"}]) on
// schedule. A timer never overlaps itself: while a run is going on, its next tick is skipped (and logged).
import type { FunctionRunner } from '../runner/runner'
import { parseCron, nextFire, type Cron } from './cron'

interface Entry { fn: string; trigger: string; cron: Cron; next?: Date; running: boolean }

export class TimerScheduler {
  private entries: Entry[] = []
  private handle?: NodeJS.Timeout

  constructor(private runner: FunctionRunner, private log: (line: Record<string, unknown>) => void) {}

  start(): void {
    this.entries = []
    for (const fn of this.runner.list()) {
      for (const t of fn.config.triggers ?? []) {
        if (t.type !== 'timer') continue
        const cron = parseCron(t.config)
        this.entries.push({ fn: fn.name, trigger: t.name, cron, next: nextFire(cron, new Date()), running: false })
      }
    }
    this.handle = setInterval(() => this.tick(), 1000)
    this.handle.unref()
  }

  stop(): void {
    if (this.handle) clearInterval(this.handle)
  }

  list(): { fn: string; trigger: string; next?: string }[] {
    return this.entries.map((e) => ({ fn: e.fn, trigger: e.trigger, next: e.next?.toISOString() }))
  }

  /** Fire one function's timer now (POST /api/_local/timers/<fn>). Refused while the same timer is running. */
  async fire(fnName: string): Promise<unknown> {
    const entry = this.entries.find((e) => e.fn === fnName)
    const trigger = entry?.trigger ?? 'manual'
    return this.runner.invoke(fnName, timerEvent(trigger), {}, 'timer')
  }

  private tick(): void {
    const now = new Date()
    for (const e of this.entries) {
      if (!e.next || e.next > now) continue
      e.next = nextFire(e.cron, now)
      if (e.running) { this.log({ t: now.toISOString(), function: e.fn, trigger: e.trigger, outcome: 'skipped:still-running' }); continue }
      e.running = true
      this.runner.invoke(e.fn, timerEvent(e.trigger), {}, 'timer')
        .catch(() => undefined)
        .finally(() => { e.running = false })
    }
  }
}

export function timerEvent(trigger: string) {
  return { Type: 'Timer', TriggerName: trigger, Time: new Date().toISOString(), Message: '' }
}

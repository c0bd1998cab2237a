// The local clock: an offset from the wall clock that every function's ctx.now, every timer and db.serverDate()
// follow, so that a 7-day revisit or a 12-month expiry can be shown in minutes (DESIGN §4). The offset is kept in
// <DATA_DIR>/clock.json so a restart keeps the demo's day. Only the local CloudBase has it: functions honour it only
// when their process runs inside the local CloudBase (core/runtime/clock.ts), so production reads the real clock.
import fs from 'node:fs'
import path from 'node:path'

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }

/** '+7d', '7d', '-3h', '90m', '1d12h', '45s' -> milliseconds; undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^([+-])?((?:\d+(?:\.\d+)?[smhdw])+)$/.exec(text.trim())
  if (!m) return undefined
  let ms = 0
  for (const part of m[2].match(/\d+(?:\.\d+)?[smhdw]/g) ?? []) ms += Number(part.slice(0, -1)) * UNIT_MS[part.slice(-1)]
  return Math.round(m[1] === '-' ? -ms : ms)
}

/** 7 days 3 hours -> '+7天3小时': the two largest units (for the admin banner and the CLI). */
export function describeOffset(ms: number): string {
  if (ms === 0) return '0'
  const sign = ms < 0 ? '-' : '+'
  let rest = Math.abs(ms)
  const parts: string[] = []
  for (const [unit, size] of [['天', 86_400_000], ['小时', 3_600_000], ['分钟', 60_000], ['秒', 1000]] as const) {
    const n = Math.floor(rest / size)
    // the two largest units say enough ('6天6小时', not '6天6小时20分钟24秒')
    if (n && parts.length < 2) parts.push(`${n}${unit}`)
    else if (parts.length) parts.push('')
    rest -= n * size
  }
  return sign + (parts.join('') || '0秒')
}

/** The largest offset accepted (about 20 years): further than any rule looks, and still a valid Date. */
export const MAX_OFFSET_MS = 20 * 366 * 86_400_000

export class LocalClock {
  private offset = 0
  private readonly file?: string

  constructor(dataDir?: string, private readonly wall: () => number = Date.now) {
    if (dataDir) {
      this.file = path.join(dataDir, 'clock.json')
      try {
        const saved = JSON.parse(fs.readFileSync(this.file, 'utf8'))
        if (Number.isFinite(saved?.offsetMs)) this.offset = saved.offsetMs
      } catch {
        // no saved offset: the wall clock
      }
    }
  }

  get offsetMs(): number {
    return this.offset
  }

  nowMs(): number {
    return this.wall() + this.offset
  }

  now(): Date {
    return new Date(this.nowMs())
  }

  /** Move to an instant (ISO string or Date); answers the new offset. */
  set(at: Date): number {
    return this.setOffset(at.getTime() - this.wall())
  }

  advanceBy(ms: number): number {
    return this.setOffset(this.offset + ms)
  }

  reset(): number {
    return this.setOffset(0)
  }

  private setOffset(ms: number): number {
    if (!Number.isFinite(ms) || Math.abs(ms) > MAX_OFFSET_MS) throw new RangeError('时钟偏移超出范围（最多 20 年）')
    this.offset = Math.round(ms)
    if (this.file) fs.writeFileSync(this.file, JSON.stringify({ offsetMs: this.offset }) + '\n')
    return this.offset
  }

  view() {
    return { now: this.now().toISOString(), offsetMs: this.offset, offset: describeOffset(this.offset) }
  }
}

/**
 * The clock db.serverDate() follows. One local CloudBase runs per process (npm start; each jest file has its own
 * module registry), so the API layer reads the clock of the one that started last in this process.
 */
let serverClock: LocalClock | undefined

export function useServerClock(clock: LocalClock): void {
  serverClock = clock
}

export function serverNow(): Date {
  return serverClock ? serverClock.now() : new Date()
}

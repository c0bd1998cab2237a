// Instants arrive as ISO strings (UTC); people read them in Shanghai time. Shanghai has no daylight saving, so a
// fixed +8 h offset is exact and avoids relying on Intl time-zone support in the WeChat runtime.
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

const pad = (n: number) => String(n).padStart(2, '0')

/** The local CloudBase's clock offset as the page learnt it (src/api/localClock.ts); 0 in production. */
let serverOffsetMs = 0

/** The server's time as this page knows it: the wall clock plus the local clock's offset (0 in production). */
export function serverNow(): Date {
  return new Date(Date.now() + serverOffsetMs)
}

export function setServerClockOffset(ms: number): void {
  serverOffsetMs = Number.isFinite(ms) ? ms : 0
}

/** The instant shifted by +8 h: its UTC fields read the Shanghai wall clock. */
function wallClock(at: string | Date): Date {
  return new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS)
}

function shanghaiParts(iso: string | Date) {
  const s = wallClock(iso)
  if (Number.isNaN(s.getTime())) return null
  return { y: s.getUTCFullYear(), m: s.getUTCMonth() + 1, d: s.getUTCDate(), h: s.getUTCHours(), min: s.getUTCMinutes() }
}

/** Today's Shanghai date, 'YYYY-MM-DD'. */
export function shanghaiToday(now = serverNow()): string {
  return wallClock(now).toISOString().slice(0, 10)
}

/** Calendar arithmetic on 'YYYY-MM-DD' dates. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10)
}

/** '2026-11-21T10:20:00Z' -> '11/21 18:20', for narrow table columns. */
export function formatShortDateTime(at: string | Date): string {
  const s = wallClock(at)
  return `${s.getUTCMonth() + 1}/${s.getUTCDate()} ${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`
}

/** '21:23:40' on the Shanghai clock, whatever the browser's zone. */
export function formatClockTime(at: Date): string {
  const s = wallClock(at)
  return `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}:${pad(s.getUTCSeconds())}`
}

/** '2025-11-23T02:30:00.000Z' -> '11月23日 10:30' (with the year when it is not this year). */
export function formatDateTime(iso: string | Date, now: Date = serverNow()): string {
  const p = shanghaiParts(iso)
  if (!p) return ''
  const thisYear = shanghaiParts(now)?.y === p.y
  return `${thisYear ? '' : `${p.y}年`}${p.m}月${p.d}日 ${pad(p.h)}:${pad(p.min)}`
}

/** '2025-11-23' -> '11月23日' */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return m ? `${Number(m[2])}月${Number(m[3])}日` : date
}

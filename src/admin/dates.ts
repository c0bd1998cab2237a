// Business dates are Shanghai days (UTC+8, no daylight saving), written 'YYYY-MM-DD'. Display formats live in
// src/format/time.ts.
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

export function shanghaiToday(now = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10)
}

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

const pad = (n: number) => String(n).padStart(2, '0')

function inShanghai(at: Date | string): Date {
  return new Date(new Date(at).getTime() + SHANGHAI_OFFSET_MS)
}

/** '2026-11-21T10:20:00Z' -> '11/21 18:20' (Shanghai), for narrow table columns. */
export function formatShortDateTime(at: string | Date): string {
  const s = inShanghai(at)
  return `${s.getUTCMonth() + 1}/${s.getUTCDate()} ${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`
}

/** The Shanghai wall clock of an instant: '21:23:40' (the desk shows Shanghai time whatever the browser's zone). */
export function formatClockTime(at: Date): string {
  const s = inShanghai(at)
  return `${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}:${pad(s.getUTCSeconds())}`
}

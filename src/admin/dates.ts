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

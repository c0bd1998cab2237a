// Business time is Asia/Shanghai. The runtime clock is UTC, so every calendar question is answered here with dayjs'
// utc + timezone plugins, never with the process time zone. Shanghai has kept UTC+8 without daylight saving since
// 1991, so instants are read at the fixed +08:00 offset: dayjs' tz() builds an Intl formatter on every call (~0.2 ms,
// a quarter of an order list's CPU, bench/README.md); a test checks both ways agree.
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import { invalid } from '../contract/errors'

dayjs.extend(utc)
dayjs.extend(timezone)

export const BUSINESS_TZ = 'Asia/Shanghai'
export const SHANGHAI_OFFSET_MIN = 8 * 60
export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

// Calendar dates by plain Date arithmetic on UTC readings (dayjs' parse and format cost ~10-20 us a call, and a
// booking checks 14 dates): milliseconds at UTC midnight of 'YYYY-MM-DD' (NaN when it is no date), and back.
const utcMidnight = (date: string): number => Date.parse(`${date}T00:00:00.000Z`)
const utcDate = (ms: number): string => (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : 'Invalid Date')

/**
 * An instant seen on a Shanghai wall clock: its fields (year() ... minute(), day()) and format() read Shanghai time.
 * It is a UTC reading shifted by eight hours, so it never depends on the process zone; do not turn it back into an
 * instant (use the Date you have).
 */
export function inShanghai(at: Date): Dayjs {
  return dayjs.utc(at.getTime() + SHANGHAI_OFFSET_MIN * MINUTE_MS)
}

/** The Shanghai calendar date of an instant, 'YYYY-MM-DD'. */
export function shanghaiDate(at: Date): string {
  return utcDate(at.getTime() + SHANGHAI_OFFSET_MIN * MINUTE_MS)
}

/** The Shanghai wall-clock time of an instant, 'HH:mm'. */
export function shanghaiTime(at: Date): string {
  return inShanghai(at).format('HH:mm')
}

/** A real calendar date written 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isDateString(value: unknown): value is string {
  return typeof value === 'string' && DATE_PATTERN.test(value) && utcDate(utcMidnight(value)) === value
}

export function assertDateString(value: unknown): asserts value is string {
  if (!isDateString(value)) throw invalid('日期格式不正确，应为 YYYY-MM-DD', { date: value })
}

/** The UTC instant of a Shanghai date and wall-clock time ('HH:mm'). */
export function shanghaiInstant(date: string, time: string): Date {
  assertDateString(date)
  if (!TIME_PATTERN.test(time)) throw invalid('时间格式不正确，应为 HH:mm', { time })
  return new Date(`${date}T${time}:00.000+08:00`)
}

/** Calendar arithmetic on 'YYYY-MM-DD' strings (no time zone involved). */
export function addDays(date: string, days: number): string {
  assertDateString(date)
  return utcDate(utcMidnight(date) + days * DAY_MS)
}

/** A half-open span of time [start, end). */
export interface TimeSpan {
  start: Date
  end: Date
}

/** The first and last Shanghai dates a span [start, end) touches; an end at midnight does not touch the next day. */
export function shanghaiDateRange({ start, end }: TimeSpan): { first: string; last: string } {
  const lastInstant = end.getTime() > start.getTime() ? new Date(end.getTime() - 1) : start
  return { first: shanghaiDate(start), last: shanghaiDate(lastInstant) }
}

// The one place that knows business hours (Zammad-style): which Shanghai days and hours count, minus the spans in
// which a work order is paused. SLA deadlines and KPI durations ask it and nothing else.
import dayjs from 'dayjs'
import { invalid, internal } from '../../contract/errors'
import { addDays, isDateString, MINUTE_MS, shanghaiDate, shanghaiInstant, type TimeSpan } from '../time'

export interface BusinessCalendar {
  /** Shanghai weekdays that are open: 0 Sunday, 1 Monday, ... 6 Saturday. */
  days: readonly number[]
  /** Opening and closing wall-clock times in Shanghai, 'HH:mm'; end may be '24:00'. */
  start: string
  end: string
  /** Shanghai dates closed although their weekday is open (法定节假日), 'YYYY-MM-DD'. */
  holidays?: readonly string[]
  /** Shanghai dates open although their weekday is closed (调休上班), 'YYYY-MM-DD'. */
  workdays?: readonly string[]
}

/** Every day 08:00-20:00 Shanghai time: households book on weekends, so the complaint desk works them too. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = { days: [1, 2, 3, 4, 5, 6, 0], start: '08:00', end: '20:00' }

// A calendar that opens less than once in ten years is a settings mistake; stop instead of looping for ever.
const MAX_DAYS_SEARCHED = 3660
const CLOCK_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/

function minuteOfDay(clock: string): number {
  const match = CLOCK_PATTERN.exec(clock)
  if (!match) throw invalid('营业时间格式不正确，应为 HH:mm', { clock })
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2])
}

export function assertBusinessCalendar(calendar: BusinessCalendar): void {
  const open = minuteOfDay(calendar.start)
  const close = minuteOfDay(calendar.end)
  if (open >= close) throw invalid('营业结束时间必须晚于开始时间', { start: calendar.start, end: calendar.end })
  if (!calendar.days.every((day) => Number.isInteger(day) && day >= 0 && day <= 6)) {
    throw invalid('营业日应为 0（周日）到 6（周六）', { days: calendar.days })
  }
  const dates = [...(calendar.holidays ?? []), ...(calendar.workdays ?? [])]
  const bad = dates.find((date) => !isDateString(date))
  if (bad !== undefined) throw invalid('节假日/调休日期格式不正确，应为 YYYY-MM-DD', { date: bad })
  if (calendar.days.length === 0 && (calendar.workdays ?? []).length === 0) throw invalid('至少需要一个营业日')
}

export function isBusinessDate(date: string, calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR): boolean {
  if (calendar.holidays?.includes(date)) return false
  if (calendar.workdays?.includes(date)) return true
  return calendar.days.includes(dayjs.utc(date).day())
}

/** The opening hours of one Shanghai date as a UTC span, or null when that date is closed. */
export function openingHours(date: string, calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR): TimeSpan | null {
  if (!isBusinessDate(date, calendar)) return null
  const midnight = shanghaiInstant(date, '00:00').getTime()
  return {
    start: new Date(midnight + minuteOfDay(calendar.start) * MINUTE_MS),
    end: new Date(midnight + minuteOfDay(calendar.end) * MINUTE_MS)
  }
}

/** Sorted, merged, non-empty spans. */
function normalise(spans: readonly TimeSpan[]): Array<{ start: number; end: number }> {
  const sorted = spans
    .map((span) => ({ start: span.start.getTime(), end: span.end.getTime() }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start)
  const merged: Array<{ start: number; end: number }> = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

/** The open business time from `from` on, in order, as [start, end) in ms, with the excluded spans cut out. */
function* openTime(
  from: number,
  calendar: BusinessCalendar,
  excluded: readonly TimeSpan[],
  until = Number.POSITIVE_INFINITY
): Generator<{ start: number; end: number }> {
  assertBusinessCalendar(calendar)
  const cuts = normalise(excluded)
  let date = shanghaiDate(new Date(from))
  for (let day = 0; day < MAX_DAYS_SEARCHED; day += 1, date = addDays(date, 1)) {
    const hours = openingHours(date, calendar)
    if (hours) {
      let start = Math.max(hours.start.getTime(), from)
      const end = hours.end.getTime()
      if (start >= until) return
      for (const cut of cuts) {
        if (cut.end <= start || cut.start >= end) continue
        if (cut.start > start) yield { start, end: cut.start }
        start = Math.max(start, cut.end)
      }
      if (start < end) yield { start, end }
    } else if (shanghaiInstant(date, '00:00').getTime() >= until) {
      return
    }
  }
  if (until === Number.POSITIVE_INFINITY) throw internal('营业日历在十年内没有营业时间，请检查设置')
}

function assertMinutes(minutes: number): void {
  if (!Number.isFinite(minutes) || minutes < 0) throw invalid('营业时长必须是非负数（分钟）', { minutes })
}

/**
 * The instant `businessMinutes` of open business time after `start`, skipping nights, closed days and the excluded
 * (paused) spans. Ending exactly at closing time gives closing time, not the next opening.
 */
export function businessAdd(
  start: Date,
  businessMinutes: number,
  calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR,
  excluded: readonly TimeSpan[] = []
): Date {
  assertMinutes(businessMinutes)
  let remaining = businessMinutes * MINUTE_MS
  if (remaining === 0) return new Date(start.getTime())
  for (const span of openTime(start.getTime(), calendar, excluded)) {
    const length = span.end - span.start
    if (remaining <= length) return new Date(span.start + remaining)
    remaining -= length
  }
  throw internal('营业日历在十年内没有营业时间，请检查设置')
}

/** Open business minutes in [a, b), without the excluded (paused) spans; 0 when b is not after a. */
export function businessMinutesBetween(
  a: Date,
  b: Date,
  calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR,
  excluded: readonly TimeSpan[] = []
): number {
  const until = b.getTime()
  if (until <= a.getTime()) return 0
  let total = 0
  for (const span of openTime(a.getTime(), calendar, excluded, until)) {
    if (span.start >= until) break
    total += Math.min(span.end, until) - span.start
  }
  return total / MINUTE_MS
}

/** Whether `at` falls in open business time (and in none of the excluded spans). */
export function isBusinessTime(
  at: Date,
  calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR,
  excluded: readonly TimeSpan[] = []
): boolean {
  return businessMinutesBetween(at, new Date(at.getTime() + 1), calendar, excluded) > 0
}

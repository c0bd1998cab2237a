// A cleaner's leave: whole Shanghai days, spans that never overlap, kept in date order. Leave cannot start in the
// past, and it cannot cover a job she has already been given (staff reassign that job first).
import { invalid, notFound, precondition } from '../contract/errors'
import type { LeaveSpan } from '../contract/cleaner'
import { addDays, assertDateString, shanghaiDateRange, type TimeSpan } from './time'

export const LEAVE_MAX_DAYS = 90
export const LEAVE_REASON_MAX = 100

function days(span: LeaveSpan): number {
  let n = 1
  for (let d = span.from; d < span.to && n <= LEAVE_MAX_DAYS; d = addDays(d, 1)) n++
  return n
}

/** Why this leave span is not acceptable as a new entry, or null. `today` is the Shanghai date. */
export function leaveSpanProblem(span: LeaveSpan, today: string): string | null {
  assertDateString(span.from)
  assertDateString(span.to)
  if (span.from > span.to) return '请假结束日期不能早于开始日期'
  if (span.from < today) return '不能为已经过去的日期登记请假'
  if (days(span) > LEAVE_MAX_DAYS) return `一次请假最长${LEAVE_MAX_DAYS}天`
  return null
}

const spansOverlap = (a: LeaveSpan, b: LeaveSpan) => a.from <= b.to && b.from <= a.to

/** The leave list with `span` added, in date order; refuses a span that is invalid or overlaps another. */
export function addLeave(leave: readonly LeaveSpan[], span: LeaveSpan, today: string): LeaveSpan[] {
  const problem = leaveSpanProblem(span, today)
  if (problem) throw invalid(problem)
  const clash = leave.find((other) => spansOverlap(other, span))
  if (clash) throw invalid(`与已登记的请假（${clash.from} 至 ${clash.to}）重叠`)
  const entry: LeaveSpan = span.reason ? { from: span.from, to: span.to, reason: span.reason } : { from: span.from, to: span.to }
  return [...leave, entry].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}

/** The leave list without the span that has exactly these dates. */
export function removeLeave(leave: readonly LeaveSpan[], span: Pick<LeaveSpan, 'from' | 'to'>): LeaveSpan[] {
  assertDateString(span.from)
  assertDateString(span.to)
  const i = leave.findIndex((l) => l.from === span.from && l.to === span.to)
  if (i < 0) throw notFound(`没有 ${span.from} 至 ${span.to} 的请假记录`)
  return leave.filter((_, j) => j !== i)
}

export interface LeaveJob extends TimeSpan {
  orderNo?: string
}

/** The jobs whose Shanghai days fall inside the leave span. */
export function jobsDuringLeave<J extends LeaveJob>(span: Pick<LeaveSpan, 'from' | 'to'>, jobs: readonly J[]): J[] {
  return jobs.filter((job) => {
    const { first, last } = shanghaiDateRange(job)
    return first <= span.to && span.from <= last
  })
}

/** Refuses leave that would leave jobs she already holds without her. */
export function assertNoJobsDuringLeave(span: Pick<LeaveSpan, 'from' | 'to'>, jobs: readonly LeaveJob[]): void {
  const clashing = jobsDuringLeave(span, jobs)
  if (clashing.length) {
    const nos = clashing.map((j) => j.orderNo).filter(Boolean).slice(0, 3).join('、')
    throw precondition(`请假期间已有${clashing.length}个派单${nos ? `（${nos}）` : ''}，请先改派后再登记请假`, {
      orders: clashing.map((j) => j.orderNo)
    })
  }
}

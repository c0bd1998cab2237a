// A cleaner's check-in and check-out. She checks in on the day of the job, at most CHECK_IN_EARLY_HOURS before the
// start (no earlier: the household is not expecting her), and checks out with 1-9 photos of the result.
import { precondition } from '../contract/errors'
import { ORDER_STATUS_LABELS, type OrderStatus } from '../contract/order'
import { HOUR_MS, shanghaiDate, shanghaiDateRange, shanghaiTime, type TimeSpan } from './time'

export const CHECK_IN_EARLY_HOURS = 2
export const AFTER_PHOTOS_MIN = 1
export const AFTER_PHOTOS_MAX = 9
export const BEFORE_PHOTOS_MAX = 9
export const CHECK_OUT_NOTE_MAX = 200

export interface AttendanceJob extends TimeSpan {
  status: OrderStatus
}

/** Why the cleaner cannot check in now, or null when she can. */
export function checkInRefusal(job: AttendanceJob, now: Date): string | null {
  if (job.status !== 'dispatched') return `订单当前为「${ORDER_STATUS_LABELS[job.status] ?? job.status}」，不能签到`
  const { first, last } = shanghaiDateRange(job)
  const today = shanghaiDate(now)
  if (today < first) return `还没到服务日期（${first}），请在服务当天签到`
  if (today > last) return '服务日期已过，无法签到，请联系客服'
  const opensAt = new Date(job.start.getTime() - CHECK_IN_EARLY_HOURS * HOUR_MS)
  if (now.getTime() < opensAt.getTime()) {
    return `最早可在服务开始前${CHECK_IN_EARLY_HOURS}小时（${shanghaiTime(opensAt)}）签到`
  }
  return null
}

export function assertCheckIn(job: AttendanceJob, now: Date): void {
  const refusal = checkInRefusal(job, now)
  if (refusal) throw precondition(refusal, { status: job.status })
}

/** Why the cleaner cannot check out now, or null when she can. */
export function checkOutRefusal(job: Pick<AttendanceJob, 'status'>): string | null {
  if (job.status !== 'in_service') {
    return job.status === 'dispatched' ? '请先签到，再签退' : `订单当前为「${ORDER_STATUS_LABELS[job.status] ?? job.status}」，不能签退`
  }
  return null
}

export function assertCheckOut(job: Pick<AttendanceJob, 'status'>): void {
  const refusal = checkOutRefusal(job)
  if (refusal) throw precondition(refusal, { status: job.status })
}

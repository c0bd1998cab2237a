// When a household may book, cancel or reschedule by itself. Inside the cutoff it is told to contact staff.
import { invalid, precondition } from '../contract/errors'
import { ORDER_STATUS_LABELS, type OrderStatus, type TimeWindowId } from '../contract/order'
import { canTransition } from './orderStatus'
import { addDays, assertDateString, HOUR_MS, shanghaiDate } from './time'
import { windowStart } from './windows'

export const MIN_NOTICE_HOURS = 2
export const BOOKING_HORIZON_DAYS = 14
export const SELF_SERVICE_CUTOFF_HOURS = 4
export const REASON_MAX_LENGTH = 200

/** Today and the 13 Shanghai dates after it. */
export function bookableDates(now: Date): string[] {
  const today = shanghaiDate(now)
  return Array.from({ length: BOOKING_HORIZON_DAYS }, (_, i) => addDays(today, i))
}

/** Why a slot cannot be booked now, or null when it can. Slot listings grey a window out with this text. */
export function bookingRefusal(date: string, window: TimeWindowId, now: Date): string | null {
  assertDateString(date)
  const start = windowStart(date, window)
  const today = shanghaiDate(now)
  if (date < today) return '不能预约已过去的日期'
  if (date > addDays(today, BOOKING_HORIZON_DAYS - 1)) return `只能预约${BOOKING_HORIZON_DAYS}天内的服务`
  if (start.getTime() - now.getTime() < MIN_NOTICE_HOURS * HOUR_MS) {
    return `距服务开始不足${MIN_NOTICE_HOURS}小时，请选择其他时段`
  }
  return null
}

/** Refuses an unbookable slot; returns the service start. */
export function assertBookable(date: string, window: TimeWindowId, now: Date): Date {
  const refusal = bookingRefusal(date, window, now)
  if (refusal) throw precondition(refusal, { date, window })
  return windowStart(date, window)
}

export type SelfServiceChange = 'cancel' | 'reschedule'

const CHANGE_VERBS: Record<SelfServiceChange, string> = { cancel: '取消', reschedule: '改约' }

export interface ChangeableOrder {
  status: OrderStatus
  start: Date
}

/** Why the household cannot cancel or reschedule by itself now, or null when it can. */
export function selfServiceChangeRefusal(order: ChangeableOrder, change: SelfServiceChange, now: Date): string | null {
  const verb = CHANGE_VERBS[change]
  // An order can be rescheduled exactly while it could still be cancelled: before the service begins.
  if (!canTransition(order.status, 'cancelled')) return `订单当前为「${ORDER_STATUS_LABELS[order.status]}」，不能${verb}`
  if (order.start.getTime() - now.getTime() < SELF_SERVICE_CUTOFF_HOURS * HOUR_MS) {
    return `距服务开始不足${SELF_SERVICE_CUTOFF_HOURS}小时，无法自助${verb}，请联系客服`
  }
  return null
}

/** Refuses a self-service cancel or reschedule that is not allowed; returns the trimmed reason. */
export function assertSelfServiceChange(
  order: ChangeableOrder,
  change: SelfServiceChange,
  reason: string,
  now: Date
): string {
  const refusal = selfServiceChangeRefusal(order, change, now)
  if (refusal) {
    const insideCutoff = canTransition(order.status, 'cancelled')
    throw precondition(refusal, insideCutoff ? { contactStaff: true } : { status: order.status })
  }
  const trimmed = (reason ?? '').trim()
  if (!trimmed) throw invalid(`请填写${CHANGE_VERBS[change]}原因`)
  if (Array.from(trimmed).length > REASON_MAX_LENGTH) throw invalid(`原因不能超过${REASON_MAX_LENGTH}字`)
  return trimmed
}

/** Refuses a reschedule that is not allowed; returns the new start and the trimmed reason. */
export function assertReschedule(
  order: ChangeableOrder,
  to: { date: string; window: TimeWindowId },
  reason: string,
  now: Date
): { start: Date; reason: string } {
  const trimmed = assertSelfServiceChange(order, 'reschedule', reason, now)
  const start = assertBookable(to.date, to.window, now)
  if (start.getTime() === order.start.getTime()) throw invalid('新时段与原时段相同，请选择其他时段')
  return { start, reason: trimmed }
}

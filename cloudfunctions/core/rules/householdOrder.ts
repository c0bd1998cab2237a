// What a household may do with its own order, shown before it acts (the order view's `allowed`, which the pages
// use as they are) and checked when it does (cancel, reschedule, confirm, complain).
import type { HouseholdOrderAllowed, OrderListFilter } from '../contract/api/booking'
import { precondition } from '../contract/errors'
import { ORDER_STATUSES, ORDER_STATUS_LABELS, type OrderStatus } from '../contract/order'
import { selfServiceChangeRefusal, type ChangeableOrder } from './bookingPolicy'
import { canTransition, isTerminal } from './orderStatus'
import { findPendingReschedule, RESCHEDULE_PENDING_MESSAGE, type ReschedulableOrder } from './reschedule'

/** Every status an order can still leave: what the 'active' tab shows. */
export const ACTIVE_ORDER_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((s) => !isTerminal(s))

export function statusesForFilter(filter: OrderListFilter): readonly OrderStatus[] {
  return filter === 'active' ? ACTIVE_ORDER_STATUSES : [filter]
}

export type { HouseholdOrderAllowed }

export interface HouseholdOrderActions {
  allowed: HouseholdOrderAllowed
  /** Why the household cannot cancel or reschedule by itself (contact staff), or null. */
  changeRefusal: string | null
}

/** Orders a household may complain about: a cleaner was sent (or the service happened). A cancelled or not yet
 * dispatched order has no service to complain about; the household can still file a general complaint. */
export const COMPLAINABLE_STATUSES: readonly OrderStatus[] = ['dispatched', 'in_service', 'awaiting_confirmation', 'completed']

export function complaintRefusal(order: { status: OrderStatus }): string | null {
  if (COMPLAINABLE_STATUSES.includes(order.status)) return null
  const label = ORDER_STATUS_LABELS[order.status] ?? order.status
  return `订单当前为「${label}」，不能就此订单投诉；如有问题请提交不关联订单的反馈或联系客服`
}

/** FAILED_PRECONDITION unless the order may be complained about. */
export function assertComplainable(order: { status: OrderStatus }): void {
  const refusal = complaintRefusal(order)
  if (refusal) throw precondition(refusal, { status: order.status })
}

export function householdOrderActions(
  order: ChangeableOrder & ReschedulableOrder,
  now: Date,
  opts: { serviceOffered?: boolean } = {}
): HouseholdOrderActions {
  const cancelRefusal = selfServiceChangeRefusal(order, 'cancel', now)
  const rescheduleRefusal =
    selfServiceChangeRefusal(order, 'reschedule', now) ?? (findPendingReschedule(order) ? RESCHEDULE_PENDING_MESSAGE : null)
  return {
    allowed: {
      complain: complaintRefusal(order) === null,
      cancel: cancelRefusal === null,
      reschedule: rescheduleRefusal === null,
      confirm: order.status === 'awaiting_confirmation',
      rebook: isTerminal(order.status) && opts.serviceOffered !== false,
      contactStaff: cancelRefusal !== null && canTransition(order.status, 'cancelled')
    },
    // a completed or cancelled order has nothing left to change, so nothing to explain
    changeRefusal: isTerminal(order.status) ? null : cancelRefusal ?? rescheduleRefusal
  }
}

/** Only a finished service waiting for the household's word can be confirmed. */
export function assertConfirmable(order: { status: OrderStatus }): void {
  if (order.status !== 'awaiting_confirmation') {
    throw precondition(`订单当前为「${ORDER_STATUS_LABELS[order.status] ?? order.status}」，不能确认完成`, { status: order.status })
  }
}

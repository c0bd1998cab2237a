// What a household may do with its own order, shown before it acts (buttons) and checked when it does.
import type { OrderListFilter } from '../contract/api/booking'
import { precondition } from '../contract/errors'
import { ORDER_STATUSES, ORDER_STATUS_LABELS, type OrderStatus } from '../contract/order'
import { selfServiceChangeRefusal, type ChangeableOrder } from './bookingPolicy'
import { isTerminal } from './orderStatus'
import { findPendingReschedule, RESCHEDULE_PENDING_MESSAGE, type ReschedulableOrder } from './reschedule'

/** Every status an order can still leave: what the 'active' tab shows. */
export const ACTIVE_ORDER_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter((s) => !isTerminal(s))

export function statusesForFilter(filter: OrderListFilter): readonly OrderStatus[] {
  return filter === 'active' ? ACTIVE_ORDER_STATUSES : [filter]
}

export interface HouseholdOrderActions {
  canCancel: boolean
  canReschedule: boolean
  canConfirm: boolean
  /** Why the household cannot cancel or reschedule by itself (contact staff), or null. */
  changeRefusal: string | null
}

export function householdOrderActions(order: ChangeableOrder & ReschedulableOrder, now: Date): HouseholdOrderActions {
  const cancelRefusal = selfServiceChangeRefusal(order, 'cancel', now)
  const rescheduleRefusal =
    selfServiceChangeRefusal(order, 'reschedule', now) ?? (findPendingReschedule(order) ? RESCHEDULE_PENDING_MESSAGE : null)
  return {
    canCancel: cancelRefusal === null,
    canReschedule: rescheduleRefusal === null,
    canConfirm: order.status === 'awaiting_confirmation',
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

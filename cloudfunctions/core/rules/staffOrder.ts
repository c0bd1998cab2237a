// What staff may do to an order now: dispatch (assign or reassign), cancel, decide a reschedule request. The
// order desk shows exactly these verdicts (AdminOrderView.allowed); the admin actions enforce the same rules
// (core/orders/dispatch.ts, cancel.ts, reschedule.ts). Whether the staff member's role may call the action at all is
// the permissions table's (admin/permissions.ts), passed in as `may`.
import type { StaffOrderAllowed } from '../contract/api/admin'
import { precondition } from '../contract/errors'
import { ORDER_STATUS_LABELS, type OrderStatus } from '../contract/order'
import { canTransition } from './orderStatus'
import { findPendingReschedule, type ReschedulableOrder } from './reschedule'

export type { StaffOrderAllowed }

/** An order can be assigned while it waits for dispatch, and reassigned until the cleaner checks in. */
export function dispatchRefusal(order: { status: OrderStatus }): string | null {
  if (order.status === 'pending_dispatch' || order.status === 'dispatched') return null
  return `订单当前为「${ORDER_STATUS_LABELS[order.status] ?? order.status}」，不能派单`
}

export function assertStaffDispatchable(order: { status: OrderStatus }): void {
  const refusal = dispatchRefusal(order)
  if (refusal) throw precondition(refusal, { status: order.status })
}

/** Staff may cancel at any time before the service begins (also inside the household's 4 h cutoff). */
export function staffCancelRefusal(order: { status: OrderStatus }): string | null {
  return canTransition(order.status, 'cancelled') ? null : `订单当前为「${ORDER_STATUS_LABELS[order.status] ?? order.status}」，不能取消`
}

export function staffOrderActions(order: { status: OrderStatus } & ReschedulableOrder, may: (action: string) => boolean): StaffOrderAllowed {
  return {
    dispatch: may('orders.dispatch') && dispatchRefusal(order) === null,
    cancel: may('orders.cancel') && staffCancelRefusal(order) === null,
    approveReschedule: may('orders.approveReschedule') && findPendingReschedule(order) !== null
  }
}

// Cancelling an order, by the household (booking.cancel, policy checked there) or by staff (admin orders.cancel,
// allowed inside the 4 h cutoff). Gives back the order's slot and any slot held by a pending reschedule request,
// and uncounts the order on the customer file.
import type { HandlerContext } from '../runtime/router'
import { findPendingReschedule } from '../rules/reschedule'
import { moveOrder, recordOrderCancelled, timelineEntry, type Actor } from './lifecycle'
import { rescheduleGuard } from './reschedule'
import { releaseSlot } from './slots'
import type { OrderDoc } from './orderDoc'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

/** CONFLICT when the order changed since it was read (status, slot, or its pending request decided meanwhile). */
export async function cancelOrder(ctx: Ctx, order: OrderDoc, by: Actor, reason: string): Promise<void> {
  const pending = findPendingReschedule(order)
  const patch: Record<string, unknown> = { cancel: { reason, by, at: ctx.now } }
  if (pending) {
    const at = `reschedules.${pending.index}`
    Object.assign(patch, { [`${at}.status`]: 'withdrawn', [`${at}.decidedAt`]: ctx.now, [`${at}.decidedBy`]: by })
  }
  await moveOrder(ctx, order, 'cancelled', patch, timelineEntry(ctx, 'cancelled', by, reason), rescheduleGuard(ctx, order))
  await releaseSlot(ctx, order.slotKey)
  if (pending) await releaseSlot(ctx, pending.request.slotKey)
  await recordOrderCancelled(ctx, order.customerId)
}

// Completing an order: the household confirms the service (booking.confirmDone), or the nightly timer does it 48 h
// after check-out (auto_confirmed). One code path, so the customer file counts a completed service the same way.
import type { HandlerContext } from '../runtime/router'
import { assertConfirmable } from '../rules/householdOrder'
import { moveOrder, recordServiceCompleted, timelineEntry, type Actor } from './lifecycle'
import type { OrderDoc } from './orderDoc'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

/**
 * awaiting_confirmation -> completed with confirmedAt = now. `by` is the household, or {kind: 'system'} for the
 * nightly auto-confirm. FAILED_PRECONDITION for any other status; CONFLICT when someone else moved it first.
 */
export async function completeOrder(ctx: Ctx, order: Pick<OrderDoc, '_id' | 'status' | 'customerId' | 'start'>, by: Actor): Promise<void> {
  assertConfirmable(order)
  const type = by.kind === 'system' ? 'auto_confirmed' : 'completed'
  await moveOrder(ctx, order, 'completed', { confirmedAt: ctx.now, confirmedBy: by }, timelineEntry(ctx, type, by))
  await recordServiceCompleted(ctx, order.customerId, order.start)
}

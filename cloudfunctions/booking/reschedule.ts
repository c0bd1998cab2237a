// reschedule: the household moves its own order to another slot, with a reason, until 4 h before the start. The new
// slot is taken at once (CONFLICT when full). Not yet dispatched: the order moves now. Dispatched: a pending request
// that staff approve or reject (core/orders/reschedule.ts); one request at a time.
import { action, z } from '../core/runtime'
import { docId, reasonInput, shanghaiDateInput } from '../core/runtime/schemas'
import { householdOrder } from '../core/auth/household'
import type { OrderView } from '../core/contract/api/booking'
import { COLL } from '../core/data/collections'
import { mustGet } from '../core/data/db'
import type { OrderDoc } from '../core/orders/orderDoc'
import { rescheduleOrder } from '../core/orders/reschedule'
import { assertReschedule } from '../core/rules/bookingPolicy'
import { assertBookingDate } from '../core/rules/bookingRequest'
import { assertNoPendingReschedule } from '../core/rules/reschedule'
import { windowInput } from './fields'
import { orderView } from './view'

const schema = z.object({ orderId: docId, date: shanghaiDateInput, window: windowInput, reason: reasonInput('改约原因') }).strict()

export const reschedule = action(schema, async ({ orderId, date, window, reason }, ctx): Promise<OrderView> => {
  const { customer, order } = await householdOrder(ctx, orderId)
  assertBookingDate(date, ctx.now)
  const to = assertReschedule(order, { date, window }, reason, ctx.now)
  assertNoPendingReschedule(order)
  await rescheduleOrder(ctx, order, { date, window, start: to.start }, to.reason, { kind: 'household', id: customer._id })
  return orderView(ctx, await mustGet<OrderDoc>(ctx.db, COLL.orders, orderId, '订单'))
})

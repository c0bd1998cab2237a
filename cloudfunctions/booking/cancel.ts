// cancel: the household cancels its own order, with a reason, until 4 h before the start (after that: contact
// staff, details.contactStaff). Its slot, and a slot held by a pending reschedule request, are given back.
import { action, z } from '../core/runtime'
import { docId, reasonInput } from '../core/runtime/schemas'
import { householdOrder } from '../core/auth/household'
import type { OrderView } from '../core/contract/api/booking'
import { COLL } from '../core/data/collections'
import { mustGet } from '../core/data/db'
import { cancelOrder } from '../core/orders/cancel'
import type { OrderDoc } from '../core/orders/orderDoc'
import { assertSelfServiceChange } from '../core/rules/bookingPolicy'
import { orderView } from './view'
import './fields'

const schema = z.object({ orderId: docId, reason: reasonInput('取消原因') }).strict()

export const cancel = action(schema, async ({ orderId, reason }, ctx): Promise<OrderView> => {
  const { customer, order } = await householdOrder(ctx, orderId)
  const why = assertSelfServiceChange(order, 'cancel', reason, ctx.now)
  await cancelOrder(ctx, order, { kind: 'household', id: customer._id }, why)
  return orderView(ctx, await mustGet<OrderDoc>(ctx.db, COLL.orders, orderId, '订单'))
})

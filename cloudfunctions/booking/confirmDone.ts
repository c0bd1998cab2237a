// confirmDone: the household confirms its finished service (awaiting_confirmation -> completed). The nightly
// timer does the same 48 h after check-out through the same core/orders/complete.ts.
import { action, z } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import { householdOrder } from '../core/auth/household'
import type { OrderView } from '../core/contract/api/booking'
import { COLL } from '../core/data/collections'
import { mustGet } from '../core/data/db'
import { completeOrder } from '../core/orders/complete'
import type { OrderDoc } from '../core/orders/orderDoc'
import { orderView } from './view'
import './fields'

export const confirmDone = action(z.object({ orderId: docId }).strict(), async ({ orderId }, ctx): Promise<OrderView> => {
  const { customer, order } = await householdOrder(ctx, orderId)
  await completeOrder(ctx, order, { kind: 'household', id: customer._id })
  return orderView(ctx, await mustGet<OrderDoc>(ctx.db, COLL.orders, orderId, '订单'))
})

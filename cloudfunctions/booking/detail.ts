// detail: one of the caller's orders. Another household's order is NOT_FOUND, as if it did not exist.
import { action, z } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import { householdOrder } from '../core/auth/household'
import type { OrderView } from '../core/contract/api/booking'
import { orderView } from './view'
import './fields'

export const detail = action(z.object({ orderId: docId }).strict(), async ({ orderId }, ctx): Promise<OrderView> => {
  const { order } = await householdOrder(ctx, orderId)
  return orderView(ctx, order)
})

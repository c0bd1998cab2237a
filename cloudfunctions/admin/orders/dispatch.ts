// orders.dispatch: give the order to a cleaner, or move it to another one. Race-safe: see
// core/orders/dispatch.ts (one transaction per dispatch, the cleaner's document is the lock).
import { z, nameFields } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { dispatchOrder } from '../../core/orders/dispatch'
import type { AdminOrderView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { loadOrder } from './loadOrder'
import { loadOrderView } from './view'

nameFields({ orderId: '订单', cleanerId: '阿姨' })

const schema = z.object({ orderId: docId, cleanerId: docId }).strict()

export const dispatch = staffAction('agent', schema, async ({ orderId, cleanerId }, ctx, staff): Promise<AdminOrderView> => {
  const seen = await loadOrder(ctx.db, orderId)
  await dispatchOrder(ctx, orderId, cleanerId, staff, { status: seen.status, cleanerId: seen.cleanerId })
  return loadOrderView(ctx.db, ctx.app, await loadOrder(ctx.db, orderId), staff)
})

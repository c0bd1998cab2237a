// orders.cancel: staff cancel an order at any time before the service begins (also inside the 4 h window
// where the household can no longer cancel by itself), with a reason. The slot goes back to the pool.
import { z, nameFields } from '../../core/runtime'
import { docId, reasonInput } from '../../core/runtime/schemas'
import { cancelOrder } from '../../core/orders/cancel'
import { writeAudit } from '../../core/data/audit'
import type { AdminOrderView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { loadOrder } from './loadOrder'
import { loadOrderView } from './view'

nameFields({ orderId: '订单' })

const schema = z.object({ orderId: docId, reason: reasonInput('取消原因') }).strict()

export const cancel = staffAction('agent', schema, async ({ orderId, reason }, ctx, staff): Promise<AdminOrderView> => {
  const order = await loadOrder(ctx.db, orderId)
  await cancelOrder(ctx, order, { kind: 'staff', id: staff._id, name: staff.name }, reason)
  await writeAudit(ctx.db, staff, 'orders.cancel', order._id, { orderNo: order.orderNo, fromStatus: order.status, reason }, ctx.now)
  return loadOrderView(ctx.db, ctx.app, await loadOrder(ctx.db, orderId), staff)
})

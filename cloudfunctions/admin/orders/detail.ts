// orders.detail: one order in full, the customer masked.
import { z, nameFields } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import type { AdminOrderView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { loadOrder } from './loadOrder'
import { loadOrderView } from './view'

nameFields({ orderId: '订单' })

export const detail = staffAction('agent', z.object({ orderId: docId }).strict(), async ({ orderId }, ctx, staff): Promise<AdminOrderView> =>
  loadOrderView(ctx.db, ctx.app, await loadOrder(ctx.db, orderId), staff))

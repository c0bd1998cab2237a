// The calling cleaner's own job. Another cleaner's job is NOT_FOUND, the same as one that does not exist: a cleaner
// learns nothing about orders that are not hers.
import type { HandlerContext } from '../core/runtime'
import { COLL } from '../core/data/collections'
import { getById } from '../core/data/db'
import { notFound } from '../core/contract/errors'
import type { OrderDoc } from '../core/orders/orderDoc'

export async function loadOwnJob(ctx: HandlerContext, cleanerId: string, orderId: string): Promise<OrderDoc> {
  const order = await getById<OrderDoc>(ctx.db, COLL.orders, orderId)
  if (!order || order.cleanerId !== cleanerId) throw notFound('订单不存在或已改派给其他阿姨')
  return order
}

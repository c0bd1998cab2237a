// The calling household's own documents, without creating anything: a household that never saved a profile has no
// file, hence no addresses and no orders, and a refused request must not create one (requireCustomer does).
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { findOne } from '../data/db'
import { notFound } from '../contract/errors'
import type { OrderDoc } from '../orders/orderDoc'
import type { CustomerDoc } from '../customers/customerDoc'
import { requireOpenid } from './identity'

export const ORDER_NOT_FOUND = '订单不存在'

/** The caller's customer file, or undefined when there is none yet. */
export async function findCustomer(ctx: HandlerContext): Promise<CustomerDoc | undefined> {
  const openid = requireOpenid(ctx)
  return findOne<CustomerDoc>(ctx.db, COLL.customers, { openid })
}

/** The caller's own order. Another household's order is NOT_FOUND, exactly like a missing one: never say it exists. */
export async function householdOrder(ctx: HandlerContext, orderId: string): Promise<{ customer: CustomerDoc; order: OrderDoc }> {
  const customer = await findCustomer(ctx)
  const order = customer ? await findOne<OrderDoc>(ctx.db, COLL.orders, { _id: orderId, customerId: customer._id }) : undefined
  if (!customer || !order) throw notFound(ORDER_NOT_FOUND)
  return { customer, order }
}

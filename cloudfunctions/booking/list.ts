// list: the caller's own orders, newest first, by tab ('active') or by one status.
import { action, z } from '../core/runtime'
import { pageInput } from '../core/runtime/schemas'
import { findCustomer } from '../core/auth/household'
import { ORDER_LIST_FILTERS, type OrderPage } from '../core/contract/api/booking'
import { COLL } from '../core/data/collections'
import { keysetPage } from '../core/data/paging'
import type { OrderDoc } from '../core/orders/orderDoc'
import { statusesForFilter } from '../core/rules/householdOrder'
import { orderSummary } from './view'
import './fields'

const schema = z.object({ status: z.enum(ORDER_LIST_FILTERS).optional(), ...pageInput }).strict()

export const list = action(schema, async ({ status, cursor, limit }, ctx): Promise<OrderPage> => {
  const customer = await findCustomer(ctx)
  if (!customer) return { list: [], nextCursor: null }
  const where: Record<string, unknown> = { customerId: customer._id }
  if (status) where.status = ctx._.in([...statusesForFilter(status)])
  const page = await keysetPage<OrderDoc>(ctx.db, COLL.orders, where, { field: 'createdAt', dir: 'desc', cursor, limit })
  return { list: page.list.map(orderSummary), nextCursor: page.nextCursor }
})

// orders.list: the dispatch desk's list, soonest service first; filter by Shanghai service date, status and
// service category.
import { z, nameFields } from '../../core/runtime'
import { pageInput, shanghaiDateInput } from '../../core/runtime/schemas'
import { SERVICE_CATEGORY_IDS } from '../../core/contract/catalog'
import { ORDER_STATUSES } from '../../core/contract/order'
import { COLL } from '../../core/data/collections'
import { keysetPage } from '../../core/data/paging'
import type { OrderDoc } from '../../core/orders/orderDoc'
import type { AdminOrderSummary, Page } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { loadRelated, orderSummary } from './view'

nameFields({ status: '订单状态', category: '服务类别' })

const schema = z.object({
  ...pageInput,
  date: shanghaiDateInput.optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  category: z.enum(SERVICE_CATEGORY_IDS).optional()
}).strict()

export const list = staffAction('agent', schema, async ({ date, status, category, cursor, limit }, ctx): Promise<Page<AdminOrderSummary>> => {
  const where: Record<string, unknown> = {}
  if (date) where.date = date
  if (status) where.status = status
  if (category) where['service.category'] = category
  const page = await keysetPage<OrderDoc>(ctx.db, COLL.orders, where, { field: 'start', dir: 'asc', cursor, limit })
  const related = await loadRelated(ctx.db, page.list)
  return { list: page.list.map((o) => orderSummary(o, related)), nextCursor: page.nextCursor }
})

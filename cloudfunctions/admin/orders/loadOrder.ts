// The order an admin action works on, or NOT_FOUND.
import { COLL } from '../../core/data/collections'
import { mustGet } from '../../core/data/db'
import type { OrderDoc } from '../../core/orders/orderDoc'
import type { Database } from '../../core/runtime/cloud'

export const loadOrder = (db: Database, orderId: string) => mustGet<OrderDoc>(db, COLL.orders, orderId, '订单')

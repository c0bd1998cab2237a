// The head of an order's view for staff and cleaners (contract/api/orderCard.ts).
import { SERVICE_CATEGORIES } from '../contract/catalog'
import { ORDER_STATUS_LABELS, TIME_WINDOW_LABELS } from '../contract/order'
import type { OrderCard } from '../contract/api/orderCard'
import { describeSlot } from '../rules/windows'
import type { OrderDoc } from './orderDoc'

export function orderCard(o: OrderDoc): OrderCard {
  return {
    orderNo: o.orderNo,
    status: o.status,
    statusLabel: ORDER_STATUS_LABELS[o.status],
    serviceName: o.service.name,
    category: o.service.category,
    categoryLabel: SERVICE_CATEGORIES[o.service.category]?.label ?? o.service.category,
    date: o.date,
    window: o.window,
    windowLabel: TIME_WINDOW_LABELS[o.window],
    slotLabel: describeSlot(o.date, o.window),
    start: o.start.toISOString(),
    end: o.end.toISOString()
  }
}

// What every staff and cleaner view of an order starts with: its number, state, service and time.
import type { ServiceCategoryId } from '../catalog'
import type { OrderStatus, TimeWindowId } from '../order'

export interface OrderCard {
  orderNo: string
  status: OrderStatus
  statusLabel: string
  serviceName: string
  category: ServiceCategoryId
  categoryLabel: string
  /** Shanghai date of the start */
  date: string
  window: TimeWindowId
  windowLabel: string
  /** '11月23日 周一 上午 08:00-12:00' */
  slotLabel: string
  start: string
  end: string
}

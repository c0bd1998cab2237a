// The tabs of 我的订单 and the list filter each one asks for (booking.list `status`). The tab names repeat the
// status labels the API sends with every order; they are needed before any order has loaded.
import type { OrderListFilter } from '@core/contract/api/booking'

export interface OrderTab { key: 'all' | OrderListFilter; label: string; filter?: OrderListFilter }

export const ORDER_TABS: OrderTab[] = [
  { key: 'all', label: '全部' },
  { key: 'pending_dispatch', label: '待派单', filter: 'pending_dispatch' },
  { key: 'dispatched', label: '已派单', filter: 'dispatched' },
  { key: 'in_service', label: '服务中', filter: 'in_service' },
  { key: 'awaiting_confirmation', label: '待确认', filter: 'awaiting_confirmation' },
  { key: 'completed', label: '已完成', filter: 'completed' },
  { key: 'cancelled', label: '已取消', filter: 'cancelled' }
]

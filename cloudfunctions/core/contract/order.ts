// The order's vocabulary: statuses, the windows of a day, the price triple and the address snapshot.

export const ORDER_STATUSES = [
  'pending_dispatch',
  'dispatched',
  'in_service',
  'awaiting_confirmation',
  'completed',
  'cancelled'
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_dispatch: '待派单',
  dispatched: '已派单',
  in_service: '服务中',
  awaiting_confirmation: '待确认',
  completed: '已完成',
  cancelled: '已取消'
}

export const TIME_WINDOW_IDS = ['morning', 'afternoon', 'evening'] as const
export type TimeWindowId = (typeof TIME_WINDOW_IDS)[number]

export const TIME_WINDOW_LABELS: Record<TimeWindowId, string> = {
  morning: '上午',
  afternoon: '下午',
  evening: '晚上'
}

/** Money in integer fen (分), quoted by the server. payable = base - discount, never negative. */
export interface PriceFen {
  base: number
  discount: number
  payable: number
}

/** A service address as the household entered it; cleaners see only city and district until the day of the job. */
export interface Address {
  province?: string
  city: string
  district: string
  detail: string
}

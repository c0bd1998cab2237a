// What an order's history is made of: timeline entry types and reschedule request states, with their Chinese labels.
// Every function that writes a timeline entry uses a type from this list, so every view can label it.

export const ORDER_EVENT_TYPES = [
  'created',
  'dispatched',
  'reassigned',
  'unassigned',
  'checked_in',
  'checked_out',
  'rescheduled',
  'reschedule_requested',
  'reschedule_approved',
  'reschedule_rejected',
  'cancelled',
  'completed',
  'auto_confirmed'
] as const
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number]

export const ORDER_EVENT_LABELS: Record<OrderEventType, string> = {
  created: '提交预约',
  dispatched: '已派单',
  reassigned: '更换服务人员',
  unassigned: '待重新派单',
  checked_in: '阿姨已到达，开始服务',
  checked_out: '服务完成，待确认',
  rescheduled: '已改约',
  reschedule_requested: '申请改约',
  reschedule_approved: '改约已同意',
  reschedule_rejected: '改约未通过',
  cancelled: '订单已取消',
  completed: '已确认完成',
  auto_confirmed: '超时自动确认完成'
}

/** A label for any timeline type; an unknown type (written by a newer function) still reads sensibly. */
export function orderEventLabel(type: string): string {
  return (ORDER_EVENT_LABELS as Record<string, string>)[type] ?? '订单更新'
}

/**
 * pending: waiting for staff (the new slot is held); applied: moved at once (not yet dispatched); approved / rejected:
 * decided by staff; withdrawn: the order was cancelled while the request waited.
 */
export const RESCHEDULE_STATUSES = ['pending', 'applied', 'approved', 'rejected', 'withdrawn'] as const
export type RescheduleStatus = (typeof RESCHEDULE_STATUSES)[number]

export const RESCHEDULE_STATUS_LABELS: Record<RescheduleStatus, string> = {
  pending: '待客服确认',
  applied: '已改约',
  approved: '已同意',
  rejected: '未通过',
  withdrawn: '已撤回'
}

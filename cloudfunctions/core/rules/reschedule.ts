// Reschedule requests on an order (order.reschedules[]). A not-yet-dispatched order moves at once (an 'applied'
// entry); a dispatched one gets a 'pending' request that holds the new slot until staff approve or reject it.
// At most one request waits at a time.
import { notFound, precondition } from '../contract/errors'
import type { OrderStatus, TimeWindowId } from '../contract/order'
import type { RescheduleStatus } from '../contract/orderHistory'

export interface SlotRef {
  date: string
  window: TimeWindowId
  start: Date
  end: Date
}

export interface RescheduleActor {
  kind: 'household' | 'cleaner' | 'staff' | 'system'
  id?: string
  name?: string
}

export interface RescheduleRequest {
  id: string
  from: SlotRef
  to: SlotRef
  reason: string
  status: RescheduleStatus
  /** The counter key of `to`: held while pending, the order's slot once applied or approved. */
  slotKey: string
  requestedAt: Date
  requestedBy?: RescheduleActor
  decidedAt?: Date | null
  decidedBy?: RescheduleActor | null
  note?: string
}

export interface ReschedulableOrder {
  status: OrderStatus
  reschedules?: readonly RescheduleRequest[] | null
}

/** A dispatched order's cleaner may not be free at the new time, so staff decide; otherwise it moves at once. */
export function rescheduleNeedsApproval(order: Pick<ReschedulableOrder, 'status'>): boolean {
  return order.status === 'dispatched'
}

export function findPendingReschedule(order: ReschedulableOrder): { index: number; request: RescheduleRequest } | null {
  const list = order.reschedules ?? []
  const index = list.findIndex((r) => r.status === 'pending')
  return index < 0 ? null : { index, request: list[index] }
}

export const RESCHEDULE_PENDING_MESSAGE = '您已有一个改约申请正在等待客服确认，请耐心等待'

export function assertNoPendingReschedule(order: ReschedulableOrder): void {
  if (findPendingReschedule(order)) throw precondition(RESCHEDULE_PENDING_MESSAGE)
}

/** Where a request sits in the order's list, for a conditional update on `reschedules.<i>.status`. */
export function rescheduleIndex(order: ReschedulableOrder, requestId: string): number {
  const index = (order.reschedules ?? []).findIndex((r) => r.id === requestId)
  if (index < 0) throw notFound('改约申请不存在，请刷新后重试')
  return index
}

/** Staff can decide only a waiting request; approving one whose new time has begun makes no sense. */
export function assertDecidable(request: RescheduleRequest, approve: boolean, now: Date): void {
  if (request.status !== 'pending') throw precondition('该改约申请已处理，请刷新后查看')
  if (approve && request.to.start.getTime() <= now.getTime()) throw precondition('改约的新时段已经开始，只能驳回该申请')
}

export function rescheduleRequest(fields: {
  id: string
  from: SlotRef
  to: SlotRef
  reason: string
  slotKey: string
  at: Date
  by: RescheduleActor
  needsApproval: boolean
}): RescheduleRequest {
  const { id, from, to, reason, slotKey, at, by, needsApproval } = fields
  return {
    id, from, to, reason, slotKey,
    status: needsApproval ? 'pending' : 'applied',
    requestedAt: at,
    requestedBy: by,
    decidedAt: needsApproval ? null : at,
    decidedBy: needsApproval ? null : by
  }
}

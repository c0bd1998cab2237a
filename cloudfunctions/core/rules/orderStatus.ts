// The order's life: pending_dispatch -> dispatched -> in_service -> awaiting_confirmation -> completed, or cancelled.
import { precondition } from '../contract/errors'
import { ORDER_STATUS_LABELS, type OrderStatus } from '../contract/order'
import { HOUR_MS } from './time'

const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  pending_dispatch: ['dispatched', 'cancelled'],
  // Back to pending_dispatch when the cleaner is released (reschedule she cannot make, staff unassigns).
  dispatched: ['in_service', 'pending_dispatch', 'cancelled'],
  in_service: ['awaiting_confirmation'],
  awaiting_confirmation: ['completed'],
  completed: [],
  cancelled: []
}

export const AUTO_CONFIRM_AFTER_HOURS = 48

export function nextStatuses(from: OrderStatus): readonly OrderStatus[] {
  return NEXT[from] ?? []
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return nextStatuses(from).includes(to)
}

export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    const fromLabel = ORDER_STATUS_LABELS[from] ?? from
    const toLabel = ORDER_STATUS_LABELS[to] ?? to
    throw precondition(`订单当前为「${fromLabel}」，不能变为「${toLabel}」`, { from, to })
  }
}

export function isTerminal(status: OrderStatus): boolean {
  return nextStatuses(status).length === 0
}

export interface AwaitingOrder {
  status: OrderStatus
  /** The cleaner's check-out, which moves the order to awaiting_confirmation. */
  checkOut?: { at: Date } | null
}

/** When an order awaiting confirmation confirms itself, or null if it is not waiting. */
export function autoConfirmDueAt(order: AwaitingOrder): Date | null {
  if (order.status !== 'awaiting_confirmation' || !order.checkOut?.at) return null
  return new Date(order.checkOut.at.getTime() + AUTO_CONFIRM_AFTER_HOURS * HOUR_MS)
}

export function isAutoConfirmDue(order: AwaitingOrder, now: Date): boolean {
  const dueAt = autoConfirmDueAt(order)
  return dueAt !== null && now.getTime() >= dueAt.getTime()
}

/** For the nightly query: orders checked out at or before this instant are due. */
export function autoConfirmCutoff(now: Date): Date {
  return new Date(now.getTime() - AUTO_CONFIRM_AFTER_HOURS * HOUR_MS)
}

// Capacity of a slot (category, Shanghai date, window) = active cleaners with the skill who are not on leave that day.
// A booking takes one unit; the database enforces it with a conditional update (booked < capacity).
import type { ServiceCategoryId } from '../contract/catalog'
import type { LeaveSpan } from '../contract/cleaner'
import type { TimeWindowId } from '../contract/order'
import { assertDateString } from './time'

export interface CleanerAvailability {
  active: boolean
  skills: readonly ServiceCategoryId[]
  leave?: readonly LeaveSpan[]
}

export interface SlotCounter {
  booked: number
  capacity: number
}

/** True when any leave day falls within [from, to] (Shanghai dates, both included). */
export function isOnLeaveBetween(cleaner: Pick<CleanerAvailability, 'leave'>, from: string, to: string): boolean {
  assertDateString(from)
  assertDateString(to)
  // 'YYYY-MM-DD' strings compare in calendar order.
  return (cleaner.leave ?? []).some((span) => span.from <= to && from <= span.to)
}

export function isOnLeave(cleaner: Pick<CleanerAvailability, 'leave'>, date: string): boolean {
  return isOnLeaveBetween(cleaner, date, date)
}

/** Whether a cleaner counts towards a category's capacity on a Shanghai date. */
export function canServe(cleaner: CleanerAvailability, category: ServiceCategoryId, date: string): boolean {
  return cleaner.active && cleaner.skills.includes(category) && !isOnLeave(cleaner, date)
}

export function availableCleaners<C extends CleanerAvailability>(
  cleaners: readonly C[],
  category: ServiceCategoryId,
  date: string
): C[] {
  return cleaners.filter((cleaner) => canServe(cleaner, category, date))
}

export function slotCapacity(cleaners: readonly CleanerAvailability[], category: ServiceCategoryId, date: string): number {
  return availableCleaners(cleaners, category, date).length
}

/** The id of a slot's counter document: 'daily_cleaning:2026-11-23:morning'. */
export function slotKey(category: ServiceCategoryId, date: string, window: TimeWindowId): string {
  assertDateString(date)
  return `${category}:${date}:${window}`
}

/** Units left; never negative, even when capacity shrank below what was already booked (a cleaner took leave). */
export function remainingCapacity(counter: SlotCounter): number {
  return Math.max(0, counter.capacity - counter.booked)
}

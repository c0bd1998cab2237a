// What a booking request itself must say before any slot is looked at: a date the household can choose at all, and
// the family situation the cleaner will read (the customer file's, with this order's changes).
import type { FamilyInfo } from '../contract/api/user'
import { invalid } from '../contract/errors'
import { bookableDates, bookingRefusal } from './bookingPolicy'
import { isDateString } from './time'

/**
 * A date outside today .. today+13 (Shanghai) is a wrong input, whatever the hour: INVALID_ARGUMENT. A window of
 * today that starts too soon is a matter of timing, refused by assertBookable (FAILED_PRECONDITION).
 */
export function assertBookingDate(date: string, now: Date): void {
  if (!isDateString(date)) throw invalid('服务日期格式不正确，应为 YYYY-MM-DD', { date })
  if (!bookableDates(now).includes(date)) {
    // any window gives the same date-level refusal (past, or beyond the horizon)
    throw invalid(bookingRefusal(date, 'morning', now) ?? '请选择可预约的日期', { date })
  }
}

export const NO_FAMILY_INFO: FamilyInfo = { elderly: false, children: false, pets: false, notes: '' }

/** The family situation with `changes` applied field by field (a profile edit, or one booking's own notes). */
export function mergeFamily(saved: Partial<FamilyInfo> | null | undefined, changes?: Partial<FamilyInfo>): FamilyInfo {
  const merged = { ...NO_FAMILY_INFO, ...(saved ?? {}), ...(changes ?? {}) }
  return { elderly: !!merged.elderly, children: !!merged.children, pets: !!merged.pets, notes: (merged.notes ?? '').trim() }
}

// Test dates read as a Shanghai wall clock, and a calendar without weekends. 2026-11-20 is a Friday.
import type { BusinessCalendar } from '../../../../cloudfunctions/core/rules/complaints/businessCalendar'

/** sh('2026-11-20 19:00') is 2026-11-20T11:00:00Z. */
export const sh = (text: string): Date => new Date(`${text.replace(' ', 'T')}:00+08:00`)

/** Monday to Friday, 08:00-20:00. */
export const WEEKDAYS: BusinessCalendar = { days: [1, 2, 3, 4, 5], start: '08:00', end: '20:00' }

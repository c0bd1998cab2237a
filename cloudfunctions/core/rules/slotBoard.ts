// The slot board a household picks from: 14 Shanghai dates x 3 windows, each with what is left and, when it cannot
// be booked, why. Capacity comes from the cleaners (capacity.ts), booked units from the slot counters.
import type { ServiceCategoryId } from '../contract/catalog'
import { TIME_WINDOW_IDS, TIME_WINDOW_LABELS, type TimeWindowId } from '../contract/order'
import { bookableDates, bookingRefusal } from './bookingPolicy'
import { slotCapacity, slotKey, type CleanerAvailability } from './capacity'
import { addDays, inShanghai, shanghaiDate, shanghaiInstant } from './time'
import { WEEKDAY_LABELS, WINDOW_HOURS, windowStart } from './windows'

export const SLOT_FULL = '该时段已约满，请选择其他时间'
export const SLOT_UNSTAFFED = '该时段暂无可预约的服务人员，请选择其他时间'

export interface SlotWindow {
  window: TimeWindowId
  label: string
  startsAt: Date
  remaining: number
  bookable: boolean
  reason?: string
}

export interface SlotDay {
  date: string
  label: string
  windows: SlotWindow[]
}

/** '上午 08:00-12:00' */
export function windowLabel(window: TimeWindowId): string {
  const { start, end } = WINDOW_HOURS[window]
  return `${TIME_WINDOW_LABELS[window]} ${start}-${end}`
}

/** '今天 11月23日', '明天 11月24日', '周三 11月25日' */
export function dayLabel(date: string, today: string): string {
  const prefix = date === today ? '今天' : date === addDays(today, 1) ? '明天' : WEEKDAY_LABELS[inShanghai(shanghaiInstant(date, '12:00')).day()]
  const [, month, day] = date.split('-')
  return `${prefix} ${Number(month)}月${Number(day)}日`
}

/** The counter keys of every slot on the board, to read the booked units in one go. */
export function boardSlotKeys(category: ServiceCategoryId, now: Date): string[] {
  return bookableDates(now).flatMap((date) => TIME_WINDOW_IDS.map((w) => slotKey(category, date, w)))
}

export function slotBoard(
  category: ServiceCategoryId,
  cleaners: readonly CleanerAvailability[],
  booked: ReadonlyMap<string, number>,
  now: Date
): SlotDay[] {
  const today = shanghaiDate(now)
  return bookableDates(now).map((date) => {
    const capacity = slotCapacity(cleaners, category, date)
    const windows = TIME_WINDOW_IDS.map((window): SlotWindow => {
      const remaining = Math.max(0, capacity - (booked.get(slotKey(category, date, window)) ?? 0))
      const reason = bookingRefusal(date, window, now) ?? (capacity === 0 ? SLOT_UNSTAFFED : remaining === 0 ? SLOT_FULL : null)
      const slot: SlotWindow = { window, label: windowLabel(window), startsAt: windowStart(date, window), remaining, bookable: !reason }
      if (reason) slot.reason = reason
      return slot
    })
    return { date, label: dayLabel(date, today), windows }
  })
}

// The service windows of a Shanghai day. A booking starts at its window's start; capacity is counted per window.
import { invalid } from '../contract/errors'
import { TIME_WINDOW_IDS, TIME_WINDOW_LABELS, type TimeWindowId } from '../contract/order'
import { inShanghai, shanghaiInstant } from './time'

export interface WindowHours {
  start: string
  end: string
}

export const WINDOW_HOURS: Record<TimeWindowId, WindowHours> = {
  morning: { start: '08:00', end: '12:00' },
  afternoon: { start: '13:00', end: '17:00' },
  evening: { start: '18:00', end: '21:00' }
}

export const WEEKDAY_LABELS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

export function isTimeWindowId(value: unknown): value is TimeWindowId {
  return typeof value === 'string' && (TIME_WINDOW_IDS as readonly string[]).includes(value)
}

function hoursOf(windowId: TimeWindowId): WindowHours {
  if (!isTimeWindowId(windowId)) throw invalid('服务时段不存在', { window: windowId })
  return WINDOW_HOURS[windowId]
}

/** When a window opens on a Shanghai date, as a UTC instant. */
export function windowStart(date: string, windowId: TimeWindowId): Date {
  return shanghaiInstant(date, hoursOf(windowId).start)
}

/** When a window closes on a Shanghai date, as a UTC instant. */
export function windowEnd(date: string, windowId: TimeWindowId): Date {
  return shanghaiInstant(date, hoursOf(windowId).end)
}

/** A slot as a person reads it: '11月23日 周一 上午 08:00-12:00'. */
export function describeSlot(date: string, windowId: TimeWindowId): string {
  const { start, end } = hoursOf(windowId)
  const day = inShanghai(windowStart(date, windowId))
  return `${day.format('M月D日')} ${WEEKDAY_LABELS[day.day()]} ${TIME_WINDOW_LABELS[windowId]} ${start}-${end}`
}

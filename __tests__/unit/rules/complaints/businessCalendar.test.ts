import {
  assertBusinessCalendar,
  businessAdd,
  businessMinutesBetween,
  DEFAULT_BUSINESS_CALENDAR,
  isBusinessDate,
  isBusinessTime,
  openingHours,
  type BusinessCalendar
} from '../../../../cloudfunctions/core/rules/complaints/businessCalendar'
import { thrownBy } from '../../helpers/thrownBy'
import { sh, WEEKDAYS } from './shanghaiClock'

// 2026-11-20 is a Friday, 11-21 Saturday, 11-22 Sunday, 11-23 Monday.

describe('the default calendar', () => {
  it('opens every day 08:00-20:00 Shanghai time', () => {
    expect(DEFAULT_BUSINESS_CALENDAR).toEqual({ days: [1, 2, 3, 4, 5, 6, 0], start: '08:00', end: '20:00' })
    expect(openingHours('2026-11-21')).toEqual({ start: new Date('2026-11-21T00:00:00Z'), end: new Date('2026-11-21T12:00:00Z') })
  })
})

describe('businessAdd', () => {
  it('adds within one business day', () => {
    expect(businessAdd(sh('2026-11-20 09:00'), 120)).toEqual(sh('2026-11-20 11:00'))
  })

  it('carries the rest across the night to the next opening', () => {
    expect(businessAdd(sh('2026-11-20 19:00'), 120)).toEqual(sh('2026-11-21 09:00'))
  })

  it('skips a weekend the calendar does not open', () => {
    expect(businessAdd(sh('2026-11-20 19:00'), 120, WEEKDAYS)).toEqual(sh('2026-11-23 09:00'))
    expect(businessAdd(sh('2026-11-21 12:00'), 30, WEEKDAYS)).toEqual(sh('2026-11-23 08:30'))
  })

  it('starts counting at the opening when started before it or after closing', () => {
    expect(businessAdd(sh('2026-11-20 06:00'), 30)).toEqual(sh('2026-11-20 08:30'))
    expect(businessAdd(sh('2026-11-20 21:00'), 30, WEEKDAYS)).toEqual(sh('2026-11-23 08:30'))
  })

  it('ends at closing time, not the next morning, when the minutes run out exactly then', () => {
    expect(businessAdd(sh('2026-11-20 08:00'), 12 * 60)).toEqual(sh('2026-11-20 20:00'))
  })

  it('returns the start itself for zero minutes, even at night', () => {
    expect(businessAdd(sh('2026-11-20 23:00'), 0)).toEqual(sh('2026-11-20 23:00'))
  })

  it('counts 72 business hours as six 12-hour days', () => {
    expect(businessAdd(sh('2026-11-23 10:00'), 72 * 60)).toEqual(sh('2026-11-29 10:00'))
  })

  it('reads days in Shanghai, not in the UTC runtime clock', () => {
    // 11:30Z on Friday is 19:30 in Shanghai; 00:30Z on Monday is 08:30 in Shanghai.
    expect(businessAdd(new Date('2026-11-20T11:30:00Z'), 60, WEEKDAYS)).toEqual(new Date('2026-11-23T00:30:00Z'))
  })

  it('skips a pause spanning the end of a business day by the business time inside it only', () => {
    const pause = { start: sh('2026-11-20 19:00'), end: sh('2026-11-21 09:00') }
    expect(businessAdd(sh('2026-11-20 18:00'), 240)).toEqual(sh('2026-11-21 10:00'))
    // Fri 19-20 and Sat 08-09 are paused: two business hours later, not fourteen wall-clock hours.
    expect(businessAdd(sh('2026-11-20 18:00'), 240, DEFAULT_BUSINESS_CALENDAR, [pause])).toEqual(sh('2026-11-21 12:00'))
  })

  it('merges overlapping pauses given in any order', () => {
    const pauses = [
      { start: sh('2026-11-20 10:30'), end: sh('2026-11-20 11:30') },
      { start: sh('2026-11-20 10:00'), end: sh('2026-11-20 11:00') }
    ]
    expect(businessAdd(sh('2026-11-20 09:00'), 120, DEFAULT_BUSINESS_CALENDAR, pauses)).toEqual(sh('2026-11-20 12:30'))
  })

  it('skips public holidays and opens on make-up workdays (调休)', () => {
    const national: BusinessCalendar = { ...WEEKDAYS, holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] }
    expect(businessAdd(sh('2026-09-30 19:00'), 120, national)).toEqual(sh('2026-10-05 09:00'))
    expect(businessAdd(sh('2026-10-09 19:00'), 120, national)).toEqual(sh('2026-10-10 09:00'))
    expect(isBusinessDate('2026-10-01', national)).toBe(false)
    expect(isBusinessDate('2026-10-10', national)).toBe(true)
  })

  it('runs round the clock with a 00:00-24:00 calendar', () => {
    const always: BusinessCalendar = { days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' }
    expect(businessAdd(sh('2026-11-20 23:00'), 120, always)).toEqual(sh('2026-11-21 01:00'))
  })

  it('refuses negative minutes and broken calendars', () => {
    expect(thrownBy(() => businessAdd(sh('2026-11-20 09:00'), -1)).code).toBe('INVALID_ARGUMENT')
    expect(thrownBy(() => businessAdd(sh('2026-11-20 09:00'), 10, { days: [1], start: '20:00', end: '08:00' })).message).toBe(
      '营业结束时间必须晚于开始时间'
    )
    expect(thrownBy(() => assertBusinessCalendar({ days: [], start: '08:00', end: '20:00' })).message).toBe('至少需要一个营业日')
    expect(thrownBy(() => assertBusinessCalendar({ days: [7], start: '08:00', end: '20:00' })).code).toBe('INVALID_ARGUMENT')
    expect(thrownBy(() => assertBusinessCalendar({ days: [1], start: '8:00', end: '20:00' })).code).toBe('INVALID_ARGUMENT')
    expect(thrownBy(() => assertBusinessCalendar({ ...WEEKDAYS, holidays: ['2026-02-30'] })).code).toBe('INVALID_ARGUMENT')
  })
})

describe('businessMinutesBetween', () => {
  it('counts only open hours across a night', () => {
    expect(businessMinutesBetween(sh('2026-11-20 19:00'), sh('2026-11-21 09:00'))).toBe(120)
  })

  it('counts a weekend only when the calendar opens on it', () => {
    expect(businessMinutesBetween(sh('2026-11-20 19:00'), sh('2026-11-23 09:00'), WEEKDAYS)).toBe(120)
    expect(businessMinutesBetween(sh('2026-11-20 19:00'), sh('2026-11-23 09:00'))).toBe(60 + 720 + 720 + 60)
  })

  it('leaves paused business time out', () => {
    const pause = { start: sh('2026-11-20 19:00'), end: sh('2026-11-21 09:00') }
    expect(businessMinutesBetween(sh('2026-11-20 18:00'), sh('2026-11-21 12:00'), DEFAULT_BUSINESS_CALENDAR, [pause])).toBe(240)
  })

  it('ignores a pause that starts after the end', () => {
    const later = { start: sh('2026-11-21 09:00'), end: sh('2026-11-21 10:00') }
    expect(businessMinutesBetween(sh('2026-11-20 19:00'), sh('2026-11-21 08:30'), DEFAULT_BUSINESS_CALENDAR, [later])).toBe(90)
  })

  it('is the inverse of businessAdd', () => {
    const start = sh('2026-11-20 17:45')
    for (const minutes of [1, 135, 12 * 60, 24 * 60, 72 * 60]) {
      expect(businessMinutesBetween(start, businessAdd(start, minutes, WEEKDAYS), WEEKDAYS)).toBe(minutes)
    }
    const pauses = [
      { start: sh('2026-11-20 19:30'), end: sh('2026-11-23 09:15') },
      { start: sh('2026-11-24 12:00'), end: sh('2026-11-24 13:00') }
    ]
    for (const minutes of [10, 100, 600, 1500]) {
      const end = businessAdd(start, minutes, DEFAULT_BUSINESS_CALENDAR, pauses)
      expect(businessMinutesBetween(start, end, DEFAULT_BUSINESS_CALENDAR, pauses)).toBe(minutes)
    }
  })

  it('is 0 when the end is not after the start, or the span is all closed', () => {
    expect(businessMinutesBetween(sh('2026-11-20 12:00'), sh('2026-11-20 11:00'))).toBe(0)
    expect(businessMinutesBetween(sh('2026-11-20 20:00'), sh('2026-11-21 08:00'))).toBe(0)
    expect(businessMinutesBetween(sh('2026-11-21 08:00'), sh('2026-11-22 20:00'), WEEKDAYS)).toBe(0)
  })
})

describe('isBusinessTime', () => {
  it('treats opening hours as half-open [start, end)', () => {
    expect(isBusinessTime(sh('2026-11-20 08:00'))).toBe(true)
    expect(isBusinessTime(sh('2026-11-20 20:00'))).toBe(false)
    expect(isBusinessTime(sh('2026-11-21 10:00'), WEEKDAYS)).toBe(false)
  })

  it('is false inside a pause', () => {
    const pause = { start: sh('2026-11-20 10:00'), end: sh('2026-11-20 11:00') }
    expect(isBusinessTime(sh('2026-11-20 10:30'), DEFAULT_BUSINESS_CALENDAR, [pause])).toBe(false)
  })
})

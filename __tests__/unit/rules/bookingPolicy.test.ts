import type { OrderStatus } from '../../../cloudfunctions/core/contract/order'
import {
  BOOKING_HORIZON_DAYS,
  assertBookable,
  assertReschedule,
  assertSelfServiceChange,
  bookableDates,
  bookingRefusal,
  selfServiceChangeRefusal
} from '../../../cloudfunctions/core/rules/bookingPolicy'
import { thrownBy } from '../helpers/thrownBy'

const at = (iso: string) => new Date(iso)
const HOUR = 3_600_000
// 2026-11-23 morning starts 08:00 Shanghai = 00:00 UTC.
const morning23 = at('2026-11-23T00:00:00Z')

describe('bookableDates', () => {
  it('is the 14 Shanghai dates from today, even when UTC is still on yesterday', () => {
    const dates = bookableDates(at('2026-11-22T17:30:00Z'))
    expect(dates).toHaveLength(BOOKING_HORIZON_DAYS)
    expect(dates[0]).toBe('2026-11-23')
    expect(dates[13]).toBe('2026-12-06')
  })

  it('runs across the year end', () => {
    const dates = bookableDates(at('2026-12-25T04:00:00Z'))
    expect(dates[0]).toBe('2026-12-25')
    expect(dates).toContain('2027-01-01')
    expect(dates[13]).toBe('2027-01-07')
  })
})

describe('bookingRefusal / assertBookable', () => {
  it('accepts a slot exactly 2 hours ahead', () => {
    const now = new Date(morning23.getTime() - 2 * HOUR)
    expect(bookingRefusal('2026-11-23', 'morning', now)).toBeNull()
    expect(assertBookable('2026-11-23', 'morning', now)).toEqual(morning23)
  })

  it('refuses a slot 1 ms short of 2 hours ahead', () => {
    const now = new Date(morning23.getTime() - 2 * HOUR + 1)
    expect(bookingRefusal('2026-11-23', 'morning', now)).toBe('距服务开始不足2小时，请选择其他时段')
    const error = thrownBy(() => assertBookable('2026-11-23', 'morning', now))
    expect(error.code).toBe('FAILED_PRECONDITION')
    expect(error.details).toEqual({ date: '2026-11-23', window: 'morning' })
  })

  it('refuses a window that has already begun, but offers a later one the same day', () => {
    const now = at('2026-11-23T01:00:00Z') // 09:00 Shanghai
    expect(bookingRefusal('2026-11-23', 'morning', now)).toBe('距服务开始不足2小时，请选择其他时段')
    expect(bookingRefusal('2026-11-23', 'afternoon', now)).toBeNull() // 13:00 is 4h away
  })

  it('uses the Shanghai date for "today" just after Shanghai midnight', () => {
    const now = at('2026-11-22T17:30:00Z') // 01:30 on 11-23 Shanghai
    expect(bookingRefusal('2026-11-22', 'evening', now)).toBe('不能预约已过去的日期')
    expect(bookingRefusal('2026-11-23', 'morning', now)).toBeNull()
  })

  it('accepts the 14th date and refuses the 15th', () => {
    const now = at('2026-11-22T17:30:00Z')
    expect(bookingRefusal('2026-12-06', 'evening', now)).toBeNull()
    expect(bookingRefusal('2026-12-07', 'morning', now)).toBe('只能预约14天内的服务')
  })

  it('treats a malformed date or window as bad input', () => {
    const now = at('2026-11-22T17:30:00Z')
    expect(thrownBy(() => bookingRefusal('2026-11-31', 'morning', now)).code).toBe('INVALID_ARGUMENT')
    expect(thrownBy(() => assertBookable('2026-11-24', 'night' as never, now)).code).toBe('INVALID_ARGUMENT')
  })
})

describe('selfServiceChangeRefusal / assertSelfServiceChange', () => {
  const order = (status: OrderStatus = 'dispatched') => ({ status, start: morning23 })

  it('allows cancelling exactly 4 hours before the start', () => {
    const now = new Date(morning23.getTime() - 4 * HOUR)
    expect(selfServiceChangeRefusal(order(), 'cancel', now)).toBeNull()
    expect(assertSelfServiceChange(order(), 'cancel', '  行程有变  ', now)).toBe('行程有变')
  })

  it('sends the household to staff 1 ms inside 4 hours', () => {
    const now = new Date(morning23.getTime() - 4 * HOUR + 1)
    const cancel = thrownBy(() => assertSelfServiceChange(order(), 'cancel', '行程有变', now))
    expect(cancel.code).toBe('FAILED_PRECONDITION')
    expect(cancel.message).toBe('距服务开始不足4小时，无法自助取消，请联系客服')
    expect(cancel.details).toEqual({ contactStaff: true })
    const reschedule = thrownBy(() => assertSelfServiceChange(order(), 'reschedule', '行程有变', now))
    expect(reschedule.message).toBe('距服务开始不足4小时，无法自助改约，请联系客服')
  })

  it('says "contact staff" before asking for a reason it could not use', () => {
    const now = new Date(morning23.getTime() - HOUR)
    expect(thrownBy(() => assertSelfServiceChange(order(), 'cancel', '', now)).message).toBe(
      '距服务开始不足4小时，无法自助取消，请联系客服'
    )
  })

  it('allows both changes while the order waits for dispatch or is dispatched', () => {
    const now = new Date(morning23.getTime() - 24 * HOUR)
    for (const status of ['pending_dispatch', 'dispatched'] as const) {
      expect(selfServiceChangeRefusal(order(status), 'cancel', now)).toBeNull()
      expect(selfServiceChangeRefusal(order(status), 'reschedule', now)).toBeNull()
    }
  })

  it.each([
    ['in_service', '服务中'],
    ['awaiting_confirmation', '待确认'],
    ['completed', '已完成'],
    ['cancelled', '已取消']
  ] as const)('refuses changes once the order is %s', (status, label) => {
    const now = new Date(morning23.getTime() - 24 * HOUR)
    const error = thrownBy(() => assertSelfServiceChange(order(status), 'cancel', '行程有变', now))
    expect(error.code).toBe('FAILED_PRECONDITION')
    expect(error.message).toBe(`订单当前为「${label}」，不能取消`)
    expect(error.details).toEqual({ status })
    expect(selfServiceChangeRefusal(order(status), 'reschedule', now)).toBe(`订单当前为「${label}」，不能改约`)
  })

  it('requires a reason, trimmed, at most 200 characters', () => {
    const now = new Date(morning23.getTime() - 24 * HOUR)
    const empty = thrownBy(() => assertSelfServiceChange(order(), 'cancel', '   ', now))
    expect(empty.code).toBe('INVALID_ARGUMENT')
    expect(empty.message).toBe('请填写取消原因')
    expect(thrownBy(() => assertSelfServiceChange(order(), 'reschedule', '', now)).message).toBe('请填写改约原因')
    expect(assertSelfServiceChange(order(), 'cancel', '改'.repeat(200), now)).toHaveLength(200)
    expect(thrownBy(() => assertSelfServiceChange(order(), 'cancel', '改'.repeat(201), now)).message).toBe(
      '原因不能超过200字'
    )
  })
})

describe('assertReschedule', () => {
  const order = { status: 'dispatched' as const, start: morning23 }
  const now = at('2026-11-22T02:00:00Z') // 10:00 on 11-22 Shanghai

  it('returns the new start and the reason', () => {
    expect(assertReschedule(order, { date: '2026-11-24', window: 'evening' }, '加班', now)).toEqual({
      start: at('2026-11-24T10:00:00Z'),
      reason: '加班'
    })
  })

  it('refuses the same slot', () => {
    const error = thrownBy(() => assertReschedule(order, { date: '2026-11-23', window: 'morning' }, '加班', now))
    expect(error.code).toBe('INVALID_ARGUMENT')
    expect(error.message).toBe('新时段与原时段相同，请选择其他时段')
  })

  it('applies the booking rules to the new slot', () => {
    expect(thrownBy(() => assertReschedule(order, { date: '2026-11-22', window: 'morning' }, '加班', now)).message).toBe(
      '距服务开始不足2小时，请选择其他时段'
    )
    expect(thrownBy(() => assertReschedule(order, { date: '2026-12-06', window: 'morning' }, '加班', now)).message).toBe(
      '只能预约14天内的服务'
    )
  })

  it('refuses inside 4 hours of the current start even when the new slot is far away', () => {
    const late = new Date(morning23.getTime() - 3 * HOUR)
    expect(thrownBy(() => assertReschedule(order, { date: '2026-11-30', window: 'morning' }, '加班', late)).message).toBe(
      '距服务开始不足4小时，无法自助改约，请联系客服'
    )
  })
})

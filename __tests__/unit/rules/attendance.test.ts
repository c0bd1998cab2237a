import { assertCheckIn, assertCheckOut, checkInRefusal, checkOutRefusal } from '../../../cloudfunctions/core/rules/attendance'
import { thrownBy } from '../helpers/thrownBy'

// 10:00 Shanghai on 2026-11-23 is 02:00Z
const job = { status: 'dispatched' as const, start: new Date('2026-11-23T02:00:00Z'), end: new Date('2026-11-23T05:00:00Z') }
const at = (iso: string) => new Date(iso)

describe('checkInRefusal', () => {
  it('opens exactly 2 h before the start', () => {
    expect(checkInRefusal(job, at('2026-11-23T00:00:00Z'))).toBeNull()
    expect(checkInRefusal(job, at('2026-11-22T23:59:59Z'))).toBe('最早可在服务开始前2小时（08:00）签到')
  })

  it('stays open after the start, through the job\'s last Shanghai day', () => {
    expect(checkInRefusal(job, at('2026-11-23T04:00:00Z'))).toBeNull()
    expect(checkInRefusal(job, at('2026-11-23T15:59:59Z'))).toBeNull() // 23:59:59 Shanghai
    expect(checkInRefusal(job, at('2026-11-23T16:00:00Z'))).toBe('服务日期已过，无法签到，请联系客服')
  })

  it('refuses days before, by the Shanghai calendar (not UTC)', () => {
    // 2026-11-22T17:00Z is already 01:00 on the 23rd in Shanghai: the right day, but too early
    expect(checkInRefusal(job, at('2026-11-22T17:00:00Z'))).toBe('最早可在服务开始前2小时（08:00）签到')
    expect(checkInRefusal(job, at('2026-11-22T15:00:00Z'))).toBe('还没到服务日期（2026-11-23），请在服务当天签到')
  })

  it('an early-morning start can be checked into from 2 h before, even across midnight', () => {
    const dawn = { status: 'dispatched' as const, start: new Date('2026-11-22T17:00:00Z'), end: new Date('2026-11-22T20:00:00Z') } // 01:00-04:00 on the 23rd
    expect(checkInRefusal(dawn, at('2026-11-22T15:30:00Z'))).toBe('还没到服务日期（2026-11-23），请在服务当天签到') // 23:30 on the 22nd
    expect(checkInRefusal(dawn, at('2026-11-22T16:00:00Z'))).toBeNull()
  })

  it('only a dispatched job can be checked into', () => {
    expect(checkInRefusal({ ...job, status: 'in_service' }, at('2026-11-23T02:00:00Z'))).toBe('订单当前为「服务中」，不能签到')
    expect(checkInRefusal({ ...job, status: 'cancelled' }, at('2026-11-23T02:00:00Z'))).toBe('订单当前为「已取消」，不能签到')
  })

  it('assertCheckIn throws FAILED_PRECONDITION with the same words', () => {
    const e = thrownBy(() => assertCheckIn(job, at('2026-11-22T10:00:00Z')))
    expect(e.code).toBe('FAILED_PRECONDITION')
    expect(e.message).toBe(checkInRefusal(job, at('2026-11-22T10:00:00Z')))
    expect(() => assertCheckIn(job, at('2026-11-23T01:00:00Z'))).not.toThrow()
  })
})

describe('checkOutRefusal', () => {
  it('needs a check-in first, and only once', () => {
    expect(checkOutRefusal({ status: 'in_service' })).toBeNull()
    expect(checkOutRefusal({ status: 'dispatched' })).toBe('请先签到，再签退')
    expect(checkOutRefusal({ status: 'awaiting_confirmation' })).toBe('订单当前为「待确认」，不能签退')
    expect(thrownBy(() => assertCheckOut({ status: 'completed' })).code).toBe('FAILED_PRECONDITION')
  })
})

import { assertBookingDate, mergeFamily } from '../../../cloudfunctions/core/rules/bookingRequest'
import { thrownBy } from '../helpers/thrownBy'

// 2026-11-23 09:00 Shanghai
const now = new Date('2026-11-23T01:00:00Z')

describe('assertBookingDate', () => {
  it('accepts today through today + 13, whatever the hour', () => {
    expect(() => assertBookingDate('2026-11-23', now)).not.toThrow()
    expect(() => assertBookingDate('2026-12-06', now)).not.toThrow()
    // 23:30 Shanghai: today is still bookable as a date (the windows are refused later, as timing)
    expect(() => assertBookingDate('2026-11-23', new Date('2026-11-23T15:30:00Z'))).not.toThrow()
  })

  it.each([
    ['2026-11-22', '不能预约已过去的日期'],
    ['2025-11-23', '不能预约已过去的日期'],
    ['2026-12-07', '只能预约14天内的服务'],
    ['2026-02-30', '服务日期格式不正确，应为 YYYY-MM-DD'],
    ['23/11/2026', '服务日期格式不正确，应为 YYYY-MM-DD']
  ])('refuses %s as a wrong input', (date, message) => {
    const error = thrownBy(() => assertBookingDate(date, now))
    expect(error.code).toBe('INVALID_ARGUMENT')
    expect(error.message).toBe(message)
    expect(error.details).toEqual({ date })
  })

  it('uses the Shanghai date just after Shanghai midnight', () => {
    const justAfterMidnight = new Date('2026-11-22T16:30:00Z') // 00:30 on 11-23 in Shanghai
    expect(thrownBy(() => assertBookingDate('2026-11-22', justAfterMidnight)).message).toBe('不能预约已过去的日期')
  })
})

describe('mergeFamily', () => {
  it('starts from nobody special and no notes', () => {
    expect(mergeFamily(undefined)).toEqual({ elderly: false, children: false, pets: false, notes: '' })
  })

  it('applies the changes field by field over what was saved', () => {
    const saved = { elderly: true, children: false, pets: true, notes: '猫咪怕生' }
    expect(mergeFamily(saved, { children: true })).toEqual({ elderly: true, children: true, pets: true, notes: '猫咪怕生' })
    expect(mergeFamily(saved, { pets: false, notes: '  ' })).toEqual({ elderly: true, children: false, pets: false, notes: '' })
  })
})

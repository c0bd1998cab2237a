import {
  PACKAGE_DAYS,
  QUANTITY_LIMITS,
  assertQuantity,
  jobEnd,
  serviceDurationMin
} from '../../../cloudfunctions/core/rules/units'
import { thrownBy } from '../helpers/thrownBy'

describe('assertQuantity', () => {
  it.each([
    ['visit', 1, 10, '服务数量应为1-10次'],
    ['hour', 2, 8, '服务时长应为2-8小时'],
    ['day', 1, 30, '服务天数应为1-30天'],
    ['package_26d', 1, 3, '月嫂套餐应为1-3期（每期26天）']
  ] as const)('%s: %d..%d inclusive', (unit, min, max, message) => {
    expect(QUANTITY_LIMITS[unit]).toMatchObject({ min, max })
    expect(() => assertQuantity(unit, min)).not.toThrow()
    expect(() => assertQuantity(unit, max)).not.toThrow()
    for (const bad of [min - 1, max + 1, min + 0.5, Number.NaN]) {
      const error = thrownBy(() => assertQuantity(unit, bad))
      expect(error.code).toBe('INVALID_ARGUMENT')
      expect(error.message).toBe(message)
    }
  })

  it('treats an unknown unit as a catalogue mistake', () => {
    expect(thrownBy(() => assertQuantity('sqm' as never, 1)).code).toBe('INTERNAL')
  })
})

describe('serviceDurationMin', () => {
  it('multiplies minutes per visit', () => {
    expect(serviceDurationMin({ unit: 'visit', durationMin: 240 }, 1)).toBe(240)
    expect(serviceDurationMin({ unit: 'visit', durationMin: 90 }, 3)).toBe(270)
  })

  it('counts hours booked', () => {
    expect(serviceDurationMin({ unit: 'hour' }, 3)).toBe(180)
  })

  it('takes whole days for live-in care and 26 days per maternity term', () => {
    expect(serviceDurationMin({ unit: 'day' }, 2)).toBe(2 * 24 * 60)
    expect(PACKAGE_DAYS).toBe(26)
    expect(serviceDurationMin({ unit: 'package_26d' }, 1)).toBe(26 * 24 * 60)
  })

  it('needs a per-visit duration from the catalogue', () => {
    expect(thrownBy(() => serviceDurationMin({ unit: 'visit' }, 1)).code).toBe('INTERNAL')
    expect(thrownBy(() => serviceDurationMin({ unit: 'visit', durationMin: 0 }, 1)).code).toBe('INTERNAL')
  })

  it('checks the quantity first', () => {
    expect(thrownBy(() => serviceDurationMin({ unit: 'hour' }, 1)).message).toBe('服务时长应为2-8小时')
  })
})

describe('jobEnd', () => {
  it('adds the duration to the start', () => {
    const start = new Date('2026-11-23T00:00:00Z')
    expect(jobEnd(start, { unit: 'hour' }, 3)).toEqual(new Date('2026-11-23T03:00:00Z'))
    expect(jobEnd(start, { unit: 'package_26d' }, 1)).toEqual(new Date('2026-12-19T00:00:00Z'))
  })
})

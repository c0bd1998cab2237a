import { formatFen, quote } from '../../../cloudfunctions/core/rules/pricing'
import { thrownBy } from '../helpers/thrownBy'

describe('formatFen', () => {
  it.each([
    [1250, '¥12.50'],
    [0, '¥0.00'],
    [5, '¥0.05'],
    [100, '¥1.00'],
    [99, '¥0.99'],
    [1280000, '¥12800.00'],
    [-1250, '-¥12.50']
  ])('%d -> %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it('refuses a fractional amount', () => {
    expect(thrownBy(() => formatFen(12.5)).code).toBe('INTERNAL')
    expect(thrownBy(() => formatFen(Number.NaN)).code).toBe('INTERNAL')
  })
})

describe('quote', () => {
  const hourly = { priceFen: 5000, unit: 'hour' as const }

  it('prices per hour, with no discount until the coupon engine exists', () => {
    expect(quote(hourly, 3)).toEqual({ base: 15000, discount: 0, payable: 15000 })
  })

  it('prices per visit, per day and per 26-day term', () => {
    expect(quote({ priceFen: 39900, unit: 'visit', durationMin: 240 }, 2)).toEqual({
      base: 79800,
      discount: 0,
      payable: 79800
    })
    expect(quote({ priceFen: 30000, unit: 'day' }, 30).base).toBe(900000)
    expect(quote({ priceFen: 1280000, unit: 'package_26d' }, 1).payable).toBe(1280000)
  })

  it('takes a discount off the base', () => {
    expect(quote(hourly, 2, 2000)).toEqual({ base: 10000, discount: 2000, payable: 8000 })
  })

  it('never lets payable go below zero', () => {
    expect(quote(hourly, 2, 15000)).toEqual({ base: 10000, discount: 10000, payable: 0 })
  })

  it('refuses a quantity outside the unit\'s limits as bad input', () => {
    const error = thrownBy(() => quote(hourly, 9))
    expect(error.code).toBe('INVALID_ARGUMENT')
    expect(error.message).toBe('服务时长应为2-8小时')
  })

  it('treats a broken price or discount as a server fault', () => {
    expect(thrownBy(() => quote({ ...hourly, priceFen: 49.9 }, 2)).code).toBe('INTERNAL')
    expect(thrownBy(() => quote({ ...hourly, priceFen: -1 }, 2)).code).toBe('INTERNAL')
    expect(thrownBy(() => quote(hourly, 2, -100)).code).toBe('INTERNAL')
    expect(thrownBy(() => quote(hourly, 2, 0.5)).code).toBe('INTERNAL')
  })

  it('quotes a free service', () => {
    expect(quote({ priceFen: 0, unit: 'visit', durationMin: 60 }, 1)).toEqual({ base: 0, discount: 0, payable: 0 })
  })
})

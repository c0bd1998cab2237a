import { DEFAULT_QUANTITY, quantityLabel, quantityTerms, unitPriceLabel } from '../../../cloudfunctions/core/rules/quantity'
import { QUANTITY_LIMITS } from '../../../cloudfunctions/core/rules/units'
import { PRICE_UNITS } from '../../../cloudfunctions/core/contract/catalog'
import { thrownBy } from '../helpers/thrownBy'

describe('quantityTerms', () => {
  it('offers the unit limits with a default inside them', () => {
    expect(quantityTerms('hour')).toEqual({ min: 2, max: 8, default: 3 })
    expect(quantityTerms('visit')).toEqual({ min: 1, max: 10, default: 1 })
    expect(quantityTerms('day')).toEqual({ min: 1, max: 30, default: 1 })
    expect(quantityTerms('package_26d')).toEqual({ min: 1, max: 3, default: 1 })
  })

  it.each(PRICE_UNITS)('%s: the default is always bookable', (unit) => {
    const { min, max, default: d } = quantityTerms(unit)
    expect([min, max]).toEqual([QUANTITY_LIMITS[unit].min, QUANTITY_LIMITS[unit].max])
    expect(d).toBeGreaterThanOrEqual(min)
    expect(d).toBeLessThanOrEqual(max)
    expect(DEFAULT_QUANTITY[unit]).toBe(d)
  })

  it('treats an unknown unit as a catalogue mistake', () => {
    expect(thrownBy(() => quantityTerms('sqm' as never)).code).toBe('INTERNAL')
  })
})

describe('labels', () => {
  it('reads a quantity the way a household says it', () => {
    expect(quantityLabel('hour', 3)).toBe('3小时')
    expect(quantityLabel('visit', 2)).toBe('2次')
    expect(quantityLabel('day', 5)).toBe('5天')
    expect(quantityLabel('package_26d', 1)).toBe('1期（每期26天）')
  })

  it('names the unit a price is per', () => {
    expect(unitPriceLabel('hour')).toBe('小时')
    expect(unitPriceLabel('package_26d')).toBe('期')
  })
})

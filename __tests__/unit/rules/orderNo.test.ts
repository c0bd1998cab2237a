import { isOrderNumber, orderNumber, randomSerial } from '../../../cloudfunctions/core/rules/orderNo'
import { thrownBy } from '../helpers/thrownBy'

describe('orderNumber', () => {
  it('is JZ + Shanghai date + 6-digit serial', () => {
    expect(orderNumber(new Date('2026-11-22T10:00:00Z'), 42)).toBe('JZ20261122000042')
    expect(orderNumber(new Date('2026-11-22T10:00:00Z'), 999999)).toBe('JZ20261122999999')
  })

  it('takes the Shanghai date just after Shanghai midnight', () => {
    expect(orderNumber(new Date('2026-11-22T15:59:59Z'), 1)).toBe('JZ20261122000001')
    expect(orderNumber(new Date('2026-11-22T17:30:00Z'), 1)).toBe('JZ20261123000001')
  })

  it.each([-1, 1_000_000, 1.5, Number.NaN])('refuses serial %s', (serial) => {
    expect(thrownBy(() => orderNumber(new Date('2026-11-22T10:00:00Z'), serial)).code).toBe('INTERNAL')
  })
})

describe('randomSerial', () => {
  it('maps [0, 1) onto 0..999999', () => {
    expect(randomSerial(() => 0)).toBe(0)
    expect(randomSerial(() => 0.5)).toBe(500000)
    expect(randomSerial(() => 0.9999999999)).toBe(999999)
  })

  it('defaults to Math.random and always yields a valid number', () => {
    for (let i = 0; i < 100; i++) expect(isOrderNumber(orderNumber(new Date(), randomSerial()))).toBe(true)
  })
})

describe('isOrderNumber', () => {
  it.each([
    ['JZ20261122000042', true],
    ['JZ2026112200004', false],
    ['jz20261122000042', false],
    ['TS20261122000042', false],
    ['JZ20261122000042 ', false]
  ])('%s -> %s', (value, expected) => {
    expect(isOrderNumber(value)).toBe(expected)
  })

  it('rejects non-strings', () => {
    expect(isOrderNumber(20261122000042)).toBe(false)
  })
})

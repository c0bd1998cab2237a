import { isTicketNumber, ticketNumber } from '../../../cloudfunctions/core/rules/ticketNo'
import { thrownBy } from '../helpers/thrownBy'

describe('ticketNumber', () => {
  it('is TS + Shanghai date + 6-digit serial', () => {
    expect(ticketNumber(new Date('2026-11-22T10:00:00Z'), 42)).toBe('TS20261122000042')
  })

  it('takes the Shanghai date just after Shanghai midnight', () => {
    expect(ticketNumber(new Date('2026-11-22T15:59:59Z'), 1)).toBe('TS20261122000001')
    expect(ticketNumber(new Date('2026-11-22T16:00:00Z'), 1)).toBe('TS20261123000001')
  })

  it.each([-1, 1_000_000, 2.5, Number.NaN])('refuses serial %s', (serial) => {
    expect(thrownBy(() => ticketNumber(new Date(), serial)).code).toBe('INTERNAL')
  })

  it('recognises ticket numbers and nothing else', () => {
    expect(isTicketNumber('TS20261122000042')).toBe(true)
    expect(isTicketNumber('JZ20261122000042')).toBe(false)
    expect(isTicketNumber('TS2026112200004')).toBe(false)
  })
})

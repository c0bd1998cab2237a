import { ORDER_STATUSES, type OrderStatus } from '../../../cloudfunctions/core/contract/order'
import {
  AUTO_CONFIRM_AFTER_HOURS,
  assertTransition,
  autoConfirmCutoff,
  autoConfirmDueAt,
  canTransition,
  isAutoConfirmDue,
  isTerminal,
  nextStatuses
} from '../../../cloudfunctions/core/rules/orderStatus'
import { thrownBy } from '../helpers/thrownBy'

const LEGAL: Array<[OrderStatus, OrderStatus]> = [
  ['pending_dispatch', 'dispatched'],
  ['pending_dispatch', 'cancelled'],
  ['dispatched', 'in_service'],
  ['dispatched', 'pending_dispatch'],
  ['dispatched', 'cancelled'],
  ['in_service', 'awaiting_confirmation'],
  ['awaiting_confirmation', 'completed']
]
const isLegal = (from: OrderStatus, to: OrderStatus) => LEGAL.some(([f, t]) => f === from && t === to)
const ILLEGAL = ORDER_STATUSES.flatMap((from) =>
  ORDER_STATUSES.filter((to) => !isLegal(from, to)).map((to) => [from, to] as [OrderStatus, OrderStatus])
)

describe('order transitions', () => {
  it.each(LEGAL)('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true)
    expect(() => assertTransition(from, to)).not.toThrow()
  })

  it('refuses the other 29 pairs, staying put included', () => {
    expect(ILLEGAL).toHaveLength(ORDER_STATUSES.length ** 2 - LEGAL.length)
    expect(ILLEGAL).toHaveLength(29)
  })

  it.each(ILLEGAL)('refuses %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false)
    const error = thrownBy(() => assertTransition(from, to))
    expect(error.code).toBe('FAILED_PRECONDITION')
    expect(error.details).toEqual({ from, to })
  })

  it('says which status the order is in and which it cannot reach', () => {
    expect(thrownBy(() => assertTransition('completed', 'in_service')).message).toBe(
      '订单当前为「已完成」，不能变为「服务中」'
    )
  })

  it('ends only in completed or cancelled', () => {
    expect(ORDER_STATUSES.filter(isTerminal)).toEqual(['completed', 'cancelled'])
    expect(nextStatuses('completed')).toEqual([])
  })

  it('refuses a status it does not know', () => {
    expect(canTransition('paid' as OrderStatus, 'completed')).toBe(false)
    expect(thrownBy(() => assertTransition('paid' as OrderStatus, 'completed')).message).toBe(
      '订单当前为「paid」，不能变为「已完成」'
    )
  })
})

describe('auto-confirmation after 48 hours', () => {
  const checkedOut = new Date('2026-11-23T04:00:00Z')
  const waiting = { status: 'awaiting_confirmation' as const, checkOut: { at: checkedOut } }
  const HOUR = 3_600_000

  it('is due exactly 48 hours after check-out, not a millisecond earlier', () => {
    expect(AUTO_CONFIRM_AFTER_HOURS).toBe(48)
    expect(autoConfirmDueAt(waiting)).toEqual(new Date('2026-11-25T04:00:00Z'))
    expect(isAutoConfirmDue(waiting, new Date(checkedOut.getTime() + 48 * HOUR - 1))).toBe(false)
    expect(isAutoConfirmDue(waiting, new Date(checkedOut.getTime() + 48 * HOUR))).toBe(true)
    expect(isAutoConfirmDue(waiting, new Date(checkedOut.getTime() + 100 * HOUR))).toBe(true)
  })

  it.each(ORDER_STATUSES.filter((s) => s !== 'awaiting_confirmation'))('is never due for a %s order', (status) => {
    const order = { status, checkOut: { at: checkedOut } }
    expect(autoConfirmDueAt(order)).toBeNull()
    expect(isAutoConfirmDue(order, new Date('2027-01-01T00:00:00Z'))).toBe(false)
  })

  it('is not due without a check-out time', () => {
    expect(isAutoConfirmDue({ status: 'awaiting_confirmation' }, new Date('2027-01-01T00:00:00Z'))).toBe(false)
    expect(isAutoConfirmDue({ status: 'awaiting_confirmation', checkOut: null }, new Date('2027-01-01'))).toBe(false)
  })

  it('gives the nightly query its cutoff, agreeing with isAutoConfirmDue', () => {
    const now = new Date('2026-11-25T04:00:00Z')
    expect(autoConfirmCutoff(now)).toEqual(checkedOut)
    expect(isAutoConfirmDue({ ...waiting, checkOut: { at: autoConfirmCutoff(now) } }, now)).toBe(true)
  })
})

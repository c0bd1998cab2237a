import { ACTIVE_ORDER_STATUSES, assertConfirmable, householdOrderActions, statusesForFilter } from '../../../cloudfunctions/core/rules/householdOrder'
import { RESCHEDULE_PENDING_MESSAGE } from '../../../cloudfunctions/core/rules/reschedule'
import type { RescheduleRequest } from '../../../cloudfunctions/core/rules/reschedule'
import { thrownBy } from '../helpers/thrownBy'

const HOUR = 3_600_000
const now = new Date('2026-11-23T01:00:00Z')
const start = (hoursAhead: number) => new Date(now.getTime() + hoursAhead * HOUR)
const pending = { status: 'pending' } as RescheduleRequest

describe('list filters', () => {
  it("'active' is every status an order can still leave", () => {
    expect(ACTIVE_ORDER_STATUSES).toEqual(['pending_dispatch', 'dispatched', 'in_service', 'awaiting_confirmation'])
    expect(statusesForFilter('active')).toBe(ACTIVE_ORDER_STATUSES)
    expect(statusesForFilter('cancelled')).toEqual(['cancelled'])
  })
})

describe('householdOrderActions', () => {
  it('allows cancel and reschedule until 4 hours before the start', () => {
    expect(householdOrderActions({ status: 'pending_dispatch', start: start(4) }, now)).toEqual({ canCancel: true, canReschedule: true, canConfirm: false, changeRefusal: null })
    expect(householdOrderActions({ status: 'dispatched', start: start(3.99) }, now)).toEqual({
      canCancel: false, canReschedule: false, canConfirm: false, changeRefusal: '距服务开始不足4小时，无法自助取消，请联系客服'
    })
  })

  it('refuses a second reschedule while one waits, but still allows cancelling', () => {
    expect(householdOrderActions({ status: 'dispatched', start: start(48), reschedules: [pending] }, now)).toEqual({
      canCancel: true, canReschedule: false, canConfirm: false, changeRefusal: RESCHEDULE_PENDING_MESSAGE
    })
  })

  it('offers confirming only a finished service', () => {
    expect(householdOrderActions({ status: 'awaiting_confirmation', start: start(-5) }, now)).toMatchObject({ canCancel: false, canReschedule: false, canConfirm: true })
    expect(householdOrderActions({ status: 'in_service', start: start(-1) }, now).changeRefusal).toBe('订单当前为「服务中」，不能取消')
  })

  it('explains nothing on a completed or cancelled order', () => {
    for (const status of ['completed', 'cancelled'] as const) {
      expect(householdOrderActions({ status, start: start(48) }, now)).toEqual({ canCancel: false, canReschedule: false, canConfirm: false, changeRefusal: null })
    }
  })
})

describe('assertConfirmable', () => {
  it('accepts only awaiting_confirmation', () => {
    expect(() => assertConfirmable({ status: 'awaiting_confirmation' })).not.toThrow()
    const error = thrownBy(() => assertConfirmable({ status: 'dispatched' }))
    expect([error.code, error.message, error.details]).toEqual(['FAILED_PRECONDITION', '订单当前为「已派单」，不能确认完成', { status: 'dispatched' }])
  })
})

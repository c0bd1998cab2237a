import { ACTIVE_ORDER_STATUSES, assertComplainable, assertConfirmable, complaintRefusal, householdOrderActions, statusesForFilter } from '../../../cloudfunctions/core/rules/householdOrder'
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

const NONE = { complain: false, cancel: false, reschedule: false, confirm: false, rebook: false, contactStaff: false }

describe('householdOrderActions', () => {
  it('allows cancel and reschedule until 4 hours before the start, then contact staff', () => {
    expect(householdOrderActions({ status: 'pending_dispatch', start: start(4) }, now)).toEqual({ allowed: { ...NONE, cancel: true, reschedule: true }, changeRefusal: null })
    expect(householdOrderActions({ status: 'dispatched', start: start(3.99) }, now)).toEqual({
      allowed: { ...NONE, complain: true, contactStaff: true }, changeRefusal: '距服务开始不足4小时，无法自助取消，请联系客服'
    })
  })

  it('refuses a second reschedule while one waits, but still allows cancelling', () => {
    expect(householdOrderActions({ status: 'dispatched', start: start(48), reschedules: [pending] }, now)).toEqual({
      allowed: { ...NONE, complain: true, cancel: true }, changeRefusal: RESCHEDULE_PENDING_MESSAGE
    })
  })

  it('offers confirming only a finished service', () => {
    expect(householdOrderActions({ status: 'awaiting_confirmation', start: start(-5) }, now).allowed).toEqual({ ...NONE, complain: true, confirm: true })
    const inService = householdOrderActions({ status: 'in_service', start: start(-1) }, now)
    expect(inService.changeRefusal).toBe('订单当前为「服务中」，不能取消')
    // the service has begun: staff cannot move it either, so no 联系客服 for a change
    expect(inService.allowed).toEqual({ ...NONE, complain: true })
  })

  it('explains nothing on a completed or cancelled order, and offers rebooking while the service is offered', () => {
    expect(householdOrderActions({ status: 'completed', start: start(-48) }, now)).toEqual({ allowed: { ...NONE, complain: true, rebook: true }, changeRefusal: null })
    expect(householdOrderActions({ status: 'cancelled', start: start(48) }, now)).toEqual({ allowed: { ...NONE, rebook: true }, changeRefusal: null })
    expect(householdOrderActions({ status: 'completed', start: start(-48) }, now, { serviceOffered: false }).allowed.rebook).toBe(false)
  })
})

describe('complaints about an order', () => {
  it('are accepted once a cleaner was sent, through completion', () => {
    for (const status of ['dispatched', 'in_service', 'awaiting_confirmation', 'completed'] as const) {
      expect(complaintRefusal({ status })).toBeNull()
      expect(() => assertComplainable({ status })).not.toThrow()
    }
  })

  it('are refused on a cancelled order or one not yet dispatched (a general complaint stays possible)', () => {
    for (const status of ['cancelled', 'pending_dispatch'] as const) {
      const error = thrownBy(() => assertComplainable({ status }))
      expect([error.code, error.details]).toEqual(['FAILED_PRECONDITION', { status }])
      expect(error.message).toBe(complaintRefusal({ status }))
    }
    expect(complaintRefusal({ status: 'cancelled' })).toBe('订单当前为「已取消」，不能就此订单投诉；如有问题请提交不关联订单的反馈或联系客服')
  })
})

describe('assertConfirmable', () => {
  it('accepts only awaiting_confirmation', () => {
    expect(() => assertConfirmable({ status: 'awaiting_confirmation' })).not.toThrow()
    const error = thrownBy(() => assertConfirmable({ status: 'dispatched' }))
    expect([error.code, error.message, error.details]).toEqual(['FAILED_PRECONDITION', '订单当前为「已派单」，不能确认完成', { status: 'dispatched' }])
  })
})

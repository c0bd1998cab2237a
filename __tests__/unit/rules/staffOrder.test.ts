import { assertStaffDispatchable, dispatchRefusal, staffCancelRefusal, staffOrderActions } from '../../../cloudfunctions/core/rules/staffOrder'
import { ORDER_STATUSES } from '../../../cloudfunctions/core/contract/order'
import type { RescheduleRequest } from '../../../cloudfunctions/core/rules/reschedule'
import { thrownBy } from '../helpers/thrownBy'

const everything = () => true
const pending = { status: 'pending' } as RescheduleRequest
const decided = { status: 'rejected' } as RescheduleRequest

describe('staffOrderActions', () => {
  it('dispatch and cancel until the cleaner checks in, whatever the household cutoff', () => {
    const byStatus = Object.fromEntries(ORDER_STATUSES.map((status) => [status, staffOrderActions({ status }, everything)]))
    expect(byStatus).toEqual({
      pending_dispatch: { dispatch: true, cancel: true, approveReschedule: false },
      dispatched: { dispatch: true, cancel: true, approveReschedule: false },
      in_service: { dispatch: false, cancel: false, approveReschedule: false },
      awaiting_confirmation: { dispatch: false, cancel: false, approveReschedule: false },
      completed: { dispatch: false, cancel: false, approveReschedule: false },
      cancelled: { dispatch: false, cancel: false, approveReschedule: false }
    })
  })

  it('deciding a reschedule needs a pending request and the right to call orders.approveReschedule', () => {
    expect(staffOrderActions({ status: 'dispatched', reschedules: [decided, pending] }, everything).approveReschedule).toBe(true)
    expect(staffOrderActions({ status: 'dispatched', reschedules: [decided] }, everything).approveReschedule).toBe(false)
    const agent = (action: string) => action !== 'orders.approveReschedule'
    expect(staffOrderActions({ status: 'dispatched', reschedules: [pending] }, agent)).toEqual({ dispatch: true, cancel: true, approveReschedule: false })
  })

  it('nothing the role may not call', () => {
    expect(staffOrderActions({ status: 'pending_dispatch', reschedules: [pending] }, () => false)).toEqual({ dispatch: false, cancel: false, approveReschedule: false })
  })
})

describe('refusals', () => {
  it('say why in Chinese, and the dispatch refusal is what the server throws', () => {
    expect(dispatchRefusal({ status: 'in_service' })).toBe('订单当前为「服务中」，不能派单')
    expect(staffCancelRefusal({ status: 'completed' })).toBe('订单当前为「已完成」，不能取消')
    expect(staffCancelRefusal({ status: 'dispatched' })).toBeNull()
    const error = thrownBy(() => assertStaffDispatchable({ status: 'cancelled' }))
    expect([error.code, error.message, error.details]).toEqual(['FAILED_PRECONDITION', '订单当前为「已取消」，不能派单', { status: 'cancelled' }])
    expect(() => assertStaffDispatchable({ status: 'dispatched' })).not.toThrow()
  })
})

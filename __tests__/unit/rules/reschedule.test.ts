import {
  assertDecidable, assertNoPendingReschedule, findPendingReschedule, rescheduleIndex, rescheduleNeedsApproval,
  rescheduleRequest, RESCHEDULE_PENDING_MESSAGE, type RescheduleRequest, type SlotRef
} from '../../../cloudfunctions/core/rules/reschedule'
import { thrownBy } from '../helpers/thrownBy'

const now = new Date('2026-11-23T01:00:00Z')
const from: SlotRef = { date: '2026-11-25', window: 'morning', start: new Date('2026-11-25T00:00:00Z'), end: new Date('2026-11-25T03:00:00Z') }
const to: SlotRef = { date: '2026-11-26', window: 'evening', start: new Date('2026-11-26T10:00:00Z'), end: new Date('2026-11-26T13:00:00Z') }
const by = { kind: 'household' as const, id: 'c1' }
const make = (needsApproval: boolean, id = 'r1') =>
  rescheduleRequest({ id, from, to, reason: '出差', slotKey: 'daily_cleaning:2026-11-26:evening', at: now, by, needsApproval })

describe('rescheduleRequest', () => {
  it('is pending, undecided, when staff must approve', () => {
    expect(make(true)).toEqual({ id: 'r1', from, to, reason: '出差', slotKey: 'daily_cleaning:2026-11-26:evening', status: 'pending', requestedAt: now, requestedBy: by, decidedAt: null, decidedBy: null })
  })

  it('is applied at once otherwise', () => {
    expect(make(false)).toMatchObject({ status: 'applied', decidedAt: now, decidedBy: by })
  })

  it('needs approval only once a cleaner was dispatched', () => {
    expect(rescheduleNeedsApproval({ status: 'dispatched' })).toBe(true)
    expect(rescheduleNeedsApproval({ status: 'pending_dispatch' })).toBe(false)
  })
})

describe('pending requests', () => {
  const history: RescheduleRequest[] = [{ ...make(false, 'a') }, { ...make(true, 'b'), status: 'rejected' }, make(true, 'c')]

  it('finds the one waiting, with its index', () => {
    expect(findPendingReschedule({ status: 'dispatched', reschedules: history })).toEqual({ index: 2, request: history[2] })
    expect(findPendingReschedule({ status: 'dispatched', reschedules: history.slice(0, 2) })).toBeNull()
    expect(findPendingReschedule({ status: 'dispatched' })).toBeNull()
  })

  it('allows one at a time', () => {
    const error = thrownBy(() => assertNoPendingReschedule({ status: 'dispatched', reschedules: history }))
    expect([error.code, error.message]).toEqual(['FAILED_PRECONDITION', RESCHEDULE_PENDING_MESSAGE])
    expect(() => assertNoPendingReschedule({ status: 'dispatched', reschedules: [] })).not.toThrow()
  })

  it('locates a request by id, or NOT_FOUND', () => {
    expect(rescheduleIndex({ status: 'dispatched', reschedules: history }, 'b')).toBe(1)
    expect(thrownBy(() => rescheduleIndex({ status: 'dispatched', reschedules: history }, 'zz')).code).toBe('NOT_FOUND')
  })
})

describe('assertDecidable', () => {
  it('decides only a waiting request, and approves only while its new time lies ahead', () => {
    expect(() => assertDecidable(make(true), true, now)).not.toThrow()
    expect(thrownBy(() => assertDecidable({ ...make(true), status: 'approved' }, false, now)).message).toBe('该改约申请已处理，请刷新后查看')
    expect(thrownBy(() => assertDecidable(make(true), true, to.start)).message).toBe('改约的新时段已经开始，只能驳回该申请')
    expect(() => assertDecidable(make(true), false, to.start)).not.toThrow()
  })
})

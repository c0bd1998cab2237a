// Who may see and touch a complaint: only the household that filed it. Another household gets NOT_FOUND (the same
// answer as a missing work order); a cleaner gets nothing; a staff token carries no household identity.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, localLogin, okFn, CHINESE } from '../../helpers/api'
import { boundCleaner, snapshot, staffSession } from '../../helpers/desk'
import { complaintInput, householdWithOrder } from '../../helpers/complaints'

jest.setTimeout(120_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

const COLLS = ['complaints', 'messages', 'customers', 'coupons', 'orders']

it("another household cannot see, reply to or confirm a complaint, nor complain about another's order", async () => {
  const owner = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(owner), owner.token)
  const other = await householdWithOrder(t)
  const before = await snapshot(t, COLLS)

  const detail = await callFn(t, 'complaint', 'detail', { complaintId: id }, other.token)
  const missing = await callFn(t, 'complaint', 'detail', { complaintId: 'no-such-complaint' }, other.token)
  expect(detail.error).toEqual(missing.error)
  expect(detail.error).toMatchObject({ code: 'NOT_FOUND', message: '投诉工单不存在' })
  expect((await callFn(t, 'complaint', 'reply', { complaintId: id, text: '我来插一句' }, other.token)).error.code).toBe('NOT_FOUND')
  expect((await callFn(t, 'complaint', 'confirm', { complaintId: id, satisfied: true, rating: 1 }, other.token)).error.code).toBe('NOT_FOUND')
  expect((await okFn(t, 'complaint', 'list', {}, other.token)).list).toEqual([])
  const foreignOrder = await callFn(t, 'complaint', 'create', complaintInput(owner), other.token)
  expect(foreignOrder.error).toMatchObject({ code: 'NOT_FOUND', message: '订单不存在' })
  expect(await snapshot(t, COLLS)).toBe(before)
})

it('a cleaner gets nothing: a bound cleaner is refused, an unbound session has no complaints', async () => {
  const owner = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(owner), owner.token)
  const { token } = await boundCleaner(t)
  const before = await snapshot(t, COLLS)
  for (const [action, input] of [
    ['list', {}],
    ['detail', { complaintId: id }],
    ['reply', { complaintId: id, text: '阿姨回复' }],
    ['confirm', { complaintId: id, satisfied: true, rating: 5 }],
    ['create', complaintInput(owner)]
  ] as const) {
    const r = await callFn(t, 'complaint', action, input, token)
    expect(r.ok).toBe(false)
    expect(r.error.code).toBe('PERMISSION_DENIED')
    expect(r.error.message).toMatch(CHINESE)
  }
  const unbound = await localLogin(t, 'cleaner')
  expect((await okFn(t, 'complaint', 'list', {}, unbound.token)).list).toEqual([])
  expect((await callFn(t, 'complaint', 'detail', { complaintId: id }, unbound.token)).error.code).toBe('NOT_FOUND')
  expect(await snapshot(t, COLLS)).toBe(before)
})

it('a staff token or no token is UNAUTHENTICATED: no household data without a household', async () => {
  const owner = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(owner), owner.token)
  const staff = await staffSession(t, 'manager')
  for (const token of [staff.token, undefined]) {
    expect((await callFn(t, 'complaint', 'detail', { complaintId: id }, token)).error.code).toBe('UNAUTHENTICATED')
    expect((await callFn(t, 'complaint', 'list', {}, token)).error.code).toBe('UNAUTHENTICATED')
    expect((await callFn(t, 'complaint', 'create', complaintInput(null), token)).error.code).toBe('UNAUTHENTICATED')
  }
})

// A household never sees or changes another household's orders or addresses. Every denial answers exactly what a
// missing order would (NOT_FOUND, same message), so nobody learns that the order exists; and nothing is written.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, localLogin, okFn } from '../../helpers/api'
import { seedCleaner, snapshot } from '../../helpers/desk'
import { bookingInput, dayAhead, household, seedService, type Household } from '../../helpers/seed'
import type { OrderView } from '../../../cloudfunctions/core/contract/api/booking'

jest.setTimeout(30_000)

let t: TestCloud
let a: Household
let b: Household
let order: OrderView
const MISSING = { code: 'NOT_FOUND', message: '订单不存在' }
const COLLS = ['orders', 'slot_counters', 'customers']

beforeAll(async () => {
  t = await startTestCloud()
  const service = await seedService(t)
  await seedCleaner(t, { skills: ['daily_cleaning'] })
  a = await household(t)
  b = await household(t)
  order = await okFn(t, 'booking', 'create', bookingInput(a, service), a.token)
  // the last step is the household's: put one order where confirming would be allowed for its owner
  await t.db.collection('orders').doc(order.id).update({ status: 'awaiting_confirmation' })
})
afterAll(async () => { await t?.close() })

async function refusedLikeMissing(action: string, input: Record<string, unknown>, token: string) {
  const before = await snapshot(t, COLLS)
  const theirs = await callFn(t, 'booking', action, { orderId: order.id, ...input }, token)
  const missing = await callFn(t, 'booking', action, { orderId: 'no-such-order', ...input }, token)
  expect(theirs).toEqual({ ok: false, error: MISSING })
  expect(missing).toEqual(theirs)
  expect(await snapshot(t, COLLS)).toBe(before)
}

test("detail of another household's order is NOT_FOUND", () => refusedLikeMissing('detail', {}, b.token))
test("cancel of another household's order is NOT_FOUND", () => refusedLikeMissing('cancel', { reason: '取消' }, b.token))
test("reschedule of another household's order is NOT_FOUND", () =>
  refusedLikeMissing('reschedule', { date: dayAhead(5), window: 'evening', reason: '改期' }, b.token))
test("confirmDone of another household's order is NOT_FOUND", () => refusedLikeMissing('confirmDone', {}, b.token))

test('a household with no customer file yet is refused the same way, and no file is created for it', async () => {
  const fresh = await localLogin(t, 'household')
  for (const [action, input] of [['detail', {}], ['cancel', { reason: '取消' }], ['confirmDone', {}]] as const) {
    await refusedLikeMissing(action, input, fresh.token)
  }
  expect((await okFn(t, 'booking', 'list', {}, fresh.token)).list).toEqual([])
  expect((await t.db.collection('customers').where({ openid: fresh.openid }).count()).total).toBe(0)
})

test("the list shows only the caller's own orders", async () => {
  expect((await okFn(t, 'booking', 'list', {}, b.token)).list).toEqual([])
  expect((await okFn(t, 'booking', 'list', {}, a.token)).list.map((o: any) => o.id)).toEqual([order.id])
})

test("booking at another household's address is NOT_FOUND and writes nothing", async () => {
  const service = (await t.db.collection('services').limit(1).get()).data[0]
  const before = await snapshot(t, COLLS)
  const r = await callFn(t, 'booking', 'create', bookingInput({ ...b, addressId: a.addressId }, service), b.token)
  expect(r.error).toEqual({ code: 'NOT_FOUND', message: '服务地址不存在，请重新选择' })
  expect(await snapshot(t, COLLS)).toBe(before)
})

test("another household's address cannot be changed, removed or made default", async () => {
  const before = await snapshot(t, COLLS)
  for (const input of [
    { op: 'update', id: a.addressId, address: { detail: '别人家' } },
    { op: 'remove', id: a.addressId },
    { op: 'setDefault', id: a.addressId }
  ]) {
    const r = await callFn(t, 'user', 'addresses', input, b.token)
    expect(r.error).toEqual({ code: 'NOT_FOUND', message: '地址不存在，请刷新后重试' })
  }
  expect(await snapshot(t, COLLS)).toBe(before)
  expect((await okFn(t, 'user', 'me', {}, a.token)).addresses.map((x: any) => x.id)).toEqual([a.addressId])
})

test('without a sign-in every household action is UNAUTHENTICATED', async () => {
  const service = (await t.db.collection('services').limit(1).get()).data[0]
  const reason = '有事'
  const inputs: Record<string, Record<string, unknown>> = {
    catalog: {},
    slots: { serviceId: service._id },
    quote: { serviceId: service._id, quantity: 3 },
    create: bookingInput(a, service),
    list: {},
    detail: { orderId: order.id },
    cancel: { orderId: order.id, reason },
    reschedule: { orderId: order.id, date: dayAhead(6), window: 'morning', reason },
    confirmDone: { orderId: order.id }
  }
  const before = await snapshot(t, COLLS)
  for (const [action, input] of Object.entries(inputs)) {
    expect([action, (await callFn(t, 'booking', action, input)).error]).toEqual([action, { code: 'UNAUTHENTICATED', message: '请先在微信中登录' }])
  }
  for (const action of ['me', 'messages']) expect((await callFn(t, 'user', action, {})).error.code).toBe('UNAUTHENTICATED')
  expect((await callFn(t, 'user', 'subscribeAccepted', { templateIds: ['tpl_order'] })).error.code).toBe('UNAUTHENTICATED')
  expect(await snapshot(t, COLLS)).toBe(before)
})

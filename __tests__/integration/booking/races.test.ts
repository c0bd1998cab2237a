// Simultaneous requests through the gateway: a slot is never oversold, and a booking sent twice at once is one order.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn } from '../../helpers/api'
import { seedCleaner, getDoc } from '../../helpers/desk'
import { bookingInput, dayAhead, household, newRequestKey, seedService, type Household } from '../../helpers/seed'
import type { ServiceDoc } from '../../../cloudfunctions/core/data/services'

jest.setTimeout(60_000)

let t: TestCloud
let service: ServiceDoc

beforeAll(async () => {
  t = await startTestCloud()
  service = await seedService(t)
  for (let i = 0; i < 5; i++) await seedCleaner(t, { skills: ['daily_cleaning'] })
})
afterAll(async () => { await t?.close() })

test('50 households book the same window of capacity 5 at once: exactly 5 orders, booked === 5', async () => {
  const households: Household[] = await Promise.all(Array.from({ length: 50 }, () => household(t)))
  const date = dayAhead(6)
  const answers = await Promise.all(households.map((h) => callFn(t, 'booking', 'create', bookingInput(h, service, { date, window: 'afternoon' }), h.token)))

  const won = answers.filter((a) => a.ok)
  const lost = answers.filter((a) => !a.ok)
  expect(won).toHaveLength(5)
  expect(lost).toHaveLength(45)
  for (const a of lost) expect(a.error).toMatchObject({ code: 'CONFLICT', message: '该时段已约满，请选择其他时间' })

  const key = `daily_cleaning:${date}:afternoon`
  expect(await getDoc(t, 'slot_counters', key)).toMatchObject({ booked: 5, capacity: 5 })
  expect((await t.db.collection('orders').where({ slotKey: key }).count()).total).toBe(5)
  expect(new Set(won.map((a) => a.data.orderNo)).size).toBe(5)
  const counted = (await t.db.collection('customers').where({ orderCount: 1 }).count()).total
  expect(counted).toBe(5)
})

test('the same booking sent twice at once is one order and one unit of the slot', async () => {
  const h = await household(t)
  const input = bookingInput(h, service, { date: dayAhead(7), window: 'evening', requestKey: newRequestKey() })
  const [a, b] = await Promise.all([callFn(t, 'booking', 'create', input, h.token), callFn(t, 'booking', 'create', input, h.token)])
  expect(a.ok && b.ok).toBe(true)
  expect(b.data.id).toBe(a.data.id)
  expect((await t.db.collection('orders').where({ requestKey: input.requestKey }).count()).total).toBe(1)
  expect(await getDoc(t, 'slot_counters', `daily_cleaning:${dayAhead(7)}:evening`)).toMatchObject({ booked: 1 })
  expect((await t.db.collection('customers').where({ openid: h.openid }).get()).data[0].orderCount).toBe(1)
})

test('another household reusing a requestKey gets CONFLICT and learns nothing about the order', async () => {
  const [owner, other] = await Promise.all([household(t), household(t)])
  const input = bookingInput(owner, service, { date: dayAhead(8), requestKey: newRequestKey() })
  const first = await callFn(t, 'booking', 'create', input, owner.token)
  expect(first.ok).toBe(true)
  const reused = await callFn(t, 'booking', 'create', { ...input, addressId: other.addressId }, other.token)
  expect(reused.ok).toBe(false)
  expect(reused.error.code).toBe('CONFLICT')
  expect(JSON.stringify(reused)).not.toContain(first.data.orderNo)
  expect(await getDoc(t, 'slot_counters', `daily_cleaning:${dayAhead(8)}:morning`)).toMatchObject({ booked: 1 })
})

test('two reschedules racing into the last unit of a window: one wins, the other is CONFLICT and keeps its slot', async () => {
  const date = dayAhead(9)
  const [a, b] = await Promise.all([household(t), household(t)])
  const fill = await Promise.all(Array.from({ length: 4 }, async () => {
    const h = await household(t)
    return callFn(t, 'booking', 'create', bookingInput(h, service, { date, window: 'morning' }), h.token)
  }))
  expect(fill.every((r) => r.ok)).toBe(true)
  const oa = (await callFn(t, 'booking', 'create', bookingInput(a, service, { date: dayAhead(10) }), a.token)).data
  const ob = (await callFn(t, 'booking', 'create', bookingInput(b, service, { date: dayAhead(11) }), b.token)).data
  const [ra, rb] = await Promise.all([
    callFn(t, 'booking', 'reschedule', { orderId: oa.id, date, window: 'morning', reason: '改到同一天' }, a.token),
    callFn(t, 'booking', 'reschedule', { orderId: ob.id, date, window: 'morning', reason: '改到同一天' }, b.token)
  ])
  expect([ra.ok, rb.ok].sort()).toEqual([false, true])
  const loser = ra.ok ? rb : ra
  expect(loser.error.code).toBe('CONFLICT')
  expect(await getDoc(t, 'slot_counters', `daily_cleaning:${date}:morning`)).toMatchObject({ booked: 5 })
  const loserOrder = await getDoc(t, 'orders', ra.ok ? ob.id : oa.id)
  expect(await getDoc(t, 'slot_counters', loserOrder.slotKey)).toMatchObject({ booked: 1 })
})

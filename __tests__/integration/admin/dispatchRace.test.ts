// Race: staff dispatching at the same moment can never double-book a cleaner (core/orders/dispatch.ts: one
// transaction per dispatch, the cleaner's document is the lock). Real requests, sent together with Promise.all.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn } from '../../helpers/api'
import { staffSession, seedCleaner, seedOrder, getDoc, type StaffSession } from '../../helpers/desk'
import { addDays, shanghaiDate } from '../../../cloudfunctions/core/rules/time'
import { windowStart } from '../../../cloudfunctions/core/rules/windows'

jest.setTimeout(120_000)

let t: TestCloud
let desk: StaffSession[]
const today = shanghaiDate(new Date())

beforeAll(async () => {
  t = await startTestCloud()
  desk = [await staffSession(t, 'agent', '客服甲'), await staffSession(t, 'agent', '客服乙'), await staffSession(t, 'supervisor', '主管丙')]
})
afterAll(async () => { await t?.close() })

const dispatchedTo = async (cleanerId: string) => (await t.db.collection('orders').where({ cleanerId, status: 'dispatched' }).get()).data

it('two staff dispatch one cleaner to two overlapping orders at once: exactly one wins, the other gets CONFLICT (x10)', async () => {
  for (let round = 0; round < 10; round++) {
    const d = addDays(today, 2 + (round % 10))
    const cleaner = await seedCleaner(t, { name: `竞争阿姨${round}` })
    const a = await seedOrder(t, { date: d, window: 'morning', hours: 3 })
    const b = await seedOrder(t, { start: new Date(windowStart(d, 'morning').getTime() + 3600_000), hours: 3 })
    const answers = await Promise.all([
      callFn(t, 'admin', 'orders.dispatch', { orderId: a._id, cleanerId: cleaner._id }, desk[0].token),
      callFn(t, 'admin', 'orders.dispatch', { orderId: b._id, cleanerId: cleaner._id }, desk[1].token)
    ])
    const won = answers.filter((r) => r.ok)
    const lost = answers.filter((r) => !r.ok)
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect(lost[0].error.code).toBe('CONFLICT')
    const winner = won[0].data.id === a._id ? a : b
    const loser = winner === a ? b : a
    expect(lost[0].error.message).toBe(`竞争阿姨${round}在该时段已有服务（${winner.orderNo}），请选择其他阿姨`)
    const held = await dispatchedTo(cleaner._id)
    expect(held.map((o: any) => o._id)).toEqual([winner._id])
    const loserDoc = await getDoc(t, 'orders', loser._id)
    expect(loserDoc.status).toBe('pending_dispatch')
    expect(loserDoc.cleanerId).toBeNull()
    expect(loserDoc.timeline).toHaveLength(1)
    expect((await t.db.collection('audit_logs').where({ targetId: loser._id }).get()).data).toHaveLength(0)
  }
})

it('three at once for one cleaner: one wins', async () => {
  for (let round = 0; round < 3; round++) {
    const d = addDays(today, 3 + round)
    const cleaner = await seedCleaner(t)
    const orders = await Promise.all([0, 1, 2].map((i) => seedOrder(t, { start: new Date(windowStart(d, 'afternoon').getTime() + i * 1800_000), hours: 2 })))
    const answers = await Promise.all(orders.map((o, i) => callFn(t, 'admin', 'orders.dispatch', { orderId: o._id, cleanerId: cleaner._id }, desk[i].token)))
    expect(answers.filter((r) => r.ok)).toHaveLength(1)
    expect(answers.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(['CONFLICT', 'CONFLICT'])
    expect(await dispatchedTo(cleaner._id)).toHaveLength(1)
  }
})

it('two staff dispatch the same order to two cleaners at once: one wins, the other is told to refresh', async () => {
  for (let round = 0; round < 5; round++) {
    const order = await seedOrder(t, { date: addDays(today, 5), window: 'evening' })
    const [x, y] = [await seedCleaner(t), await seedCleaner(t)]
    const answers = await Promise.all([
      callFn(t, 'admin', 'orders.dispatch', { orderId: order._id, cleanerId: x._id }, desk[0].token),
      callFn(t, 'admin', 'orders.dispatch', { orderId: order._id, cleanerId: y._id }, desk[1].token)
    ])
    expect(answers.filter((r) => r.ok)).toHaveLength(1)
    const lost = answers.find((r) => !r.ok)!
    expect(lost.error.code).toBe('CONFLICT')
    const doc = await getDoc(t, 'orders', order._id)
    expect(doc.cleanerId).toBe(answers.find((r) => r.ok)!.data.cleaner.id)
    expect(doc.timeline.filter((e: any) => e.type === 'dispatched' || e.type === 'reassigned')).toHaveLength(1)
  }
})

it('leave added while she is being dispatched on that day: never both', async () => {
  for (let round = 0; round < 5; round++) {
    const d = addDays(today, 20 + round)
    const cleaner = await seedCleaner(t)
    const order = await seedOrder(t, { date: d })
    const [dispatch, leave] = await Promise.all([
      callFn(t, 'admin', 'orders.dispatch', { orderId: order._id, cleanerId: cleaner._id }, desk[0].token),
      callFn(t, 'admin', 'cleaners.leave', { cleanerId: cleaner._id, op: 'add', from: d, to: d }, desk[2].token)
    ])
    expect(dispatch.ok && leave.ok).toBe(false)
    expect(dispatch.ok || leave.ok).toBe(true)
    const doc = await getDoc(t, 'cleaners', cleaner._id)
    const held = await dispatchedTo(cleaner._id)
    expect(doc.leave.length > 0 && held.length > 0).toBe(false)
  }
})

// The dispatch desk: the order list and detail (customer masked), candidates with reasons, dispatch and reassign
// with the conflict check, staff cancel (slot released), and reschedule decisions. Each writes an audit entry.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, CHINESE } from '../../helpers/api'
import { staffSession, seedCleaner, seedCustomer, seedOrder, getDoc, type StaffSession } from '../../helpers/desk'
import { addDays, shanghaiDate } from '../../../cloudfunctions/core/rules/time'
import { windowStart } from '../../../cloudfunctions/core/rules/windows'
import { slotKey } from '../../../cloudfunctions/core/rules/capacity'

jest.setTimeout(60_000)

let t: TestCloud
let agent: StaffSession
let supervisor: StaffSession
const today = shanghaiDate(new Date())
const day = (n: number) => addDays(today, n)

beforeAll(async () => {
  t = await startTestCloud()
  agent = await staffSession(t, 'agent', '客服小周')
  supervisor = await staffSession(t, 'supervisor', '主管老陈')
})
afterAll(async () => { await t?.close() })

const audits = async (targetId: string) => (await t.db.collection('audit_logs').where({ targetId }).get()).data

describe('orders.list and orders.detail', () => {
  it('filters by Shanghai date, status and category, soonest first, in keyset pages', async () => {
    const customerId = await seedCustomer(t, '欧阳娜娜')
    const d = day(5)
    const a = await seedOrder(t, { customerId, date: d, window: 'afternoon' })
    const b = await seedOrder(t, { customerId, date: d, window: 'morning' })
    const c = await seedOrder(t, { customerId, date: d, window: 'evening', category: 'deep_cleaning' })
    await seedOrder(t, { customerId, date: d, window: 'evening', status: 'cancelled' })
    await seedOrder(t, { customerId, date: day(6) })

    const all = await okFn(t, 'admin', 'orders.list', { date: d }, agent.token)
    expect(all.list.map((o: any) => o.date)).toEqual([d, d, d, d])
    const pending = await okFn(t, 'admin', 'orders.list', { date: d, status: 'pending_dispatch' }, agent.token)
    expect(pending.list.map((o: any) => o.id)).toEqual([b._id, a._id, c._id])
    const deep = await okFn(t, 'admin', 'orders.list', { date: d, category: 'deep_cleaning', status: 'pending_dispatch' }, agent.token)
    expect(deep.list.map((o: any) => o.id)).toEqual([c._id])

    const p1 = await okFn(t, 'admin', 'orders.list', { date: d, status: 'pending_dispatch', limit: 2 }, agent.token)
    expect(p1.list.map((o: any) => o.id)).toEqual([b._id, a._id])
    const p2 = await okFn(t, 'admin', 'orders.list', { date: d, status: 'pending_dispatch', limit: 2, cursor: p1.nextCursor }, agent.token)
    expect(p2.list.map((o: any) => o.id)).toEqual([c._id])
    expect(p2.nextCursor).toBeNull()

    const first = p1.list[0]
    expect(first.customer).toEqual({ id: customerId, nameMasked: '欧***', phoneMasked: '138****5678' })
    expect(first.district).toBe('上海市浦东新区')
    expect(first.statusLabel).toBe('待派单')
    expect(first.slotLabel).toMatch(/上午 08:00-12:00$/)
  })

  it('shows one order in full with the customer masked and no secrets', async () => {
    const customerId = await seedCustomer(t, '王小明')
    const o = await seedOrder(t, { customerId })
    const v = await okFn(t, 'admin', 'orders.detail', { orderId: o._id }, agent.token)
    expect(v.customer).toEqual({ id: customerId, nameMasked: '王**', phoneMasked: '138****5678' })
    expect(v.address).toEqual({ contactNameMasked: '张**', phoneMasked: '138****5678', area: '上海市浦东新区' })
    expect(v.timeline).toEqual([expect.objectContaining({ type: 'created', label: '提交预约', by: '客户' })])
    expect(v.familyNotes).toEqual({ elderly: true, children: false, pets: true, notes: '猫咪怕生，请关好门' })
    const json = JSON.stringify(v)
    expect(json).not.toMatch(/世纪大道|phoneEnc|王小明|张女士/)
  })

  it('NOT_FOUND for an order that does not exist', async () => {
    const r = await callFn(t, 'admin', 'orders.detail', { orderId: 'nope' }, agent.token)
    expect(r.error).toEqual({ code: 'NOT_FOUND', message: '订单不存在' })
  })
})

describe('orders.candidates', () => {
  it('lists every cleaner with the skill, available first, and says why the others are not', async () => {
    const d = day(4)
    const order = await seedOrder(t, { date: d, window: 'morning', category: 'deep_cleaning' })
    const free = await seedCleaner(t, { name: '金牌阿姨', skills: ['deep_cleaning'], grade: 'gold' })
    const freeRegular = await seedCleaner(t, { name: '普通阿姨', skills: ['deep_cleaning'] })
    const onLeave = await seedCleaner(t, { name: '请假阿姨', skills: ['deep_cleaning'], leave: [{ from: d, to: d }] })
    const busy = await seedCleaner(t, { name: '忙碌阿姨', skills: ['deep_cleaning'] })
    const stopped = await seedCleaner(t, { name: '停用阿姨', skills: ['deep_cleaning'], active: false })
    await seedCleaner(t, { name: '无技能阿姨', skills: ['nanny'] })
    const clash = await seedOrder(t, { date: d, window: 'morning', status: 'dispatched', cleanerId: busy._id })

    const { list } = await okFn(t, 'admin', 'orders.candidates', { orderId: order._id }, agent.token)
    const mine = list.filter((c: any) => [free, freeRegular, onLeave, busy, stopped].some((x) => x._id === c.cleanerId))
    expect(list.some((c: any) => c.name === '无技能阿姨')).toBe(false)
    expect(mine.slice(0, 2).map((c: any) => c.name)).toEqual(['金牌阿姨', '普通阿姨'])
    const byName = Object.fromEntries(mine.map((c: any) => [c.name, c]))
    expect(byName['金牌阿姨']).toEqual({ cleanerId: free._id, name: '金牌阿姨', grade: 'gold', gradeLabel: '金牌', rating: null, available: true, current: false })
    expect(byName['请假阿姨']).toMatchObject({ available: false, reason: '服务期间请假' })
    expect(byName['忙碌阿姨']).toMatchObject({ available: false, reason: `与订单 ${clash.orderNo} 时间冲突` })
    expect(byName['停用阿姨']).toMatchObject({ available: false, reason: '已停用' })
  })
})

describe('orders.dispatch', () => {
  it('assigns, refuses an overlapping second job naming the first, allows back-to-back, then reassigns', async () => {
    const d = day(7)
    const wang = await seedCleaner(t, { name: '王阿姨' })
    const li = await seedCleaner(t, { name: '李阿姨' })
    const morning = await seedOrder(t, { date: d, window: 'morning', hours: 4 })
    const overlapping = await seedOrder(t, { start: new Date(windowStart(d, 'morning').getTime() + 2 * 3600_000), hours: 2 })
    const afternoon = await seedOrder(t, { date: d, window: 'afternoon' })
    const backToBack = await seedOrder(t, { start: new Date(windowStart(d, 'morning').getTime() + 4 * 3600_000), hours: 1 })

    const v = await okFn(t, 'admin', 'orders.dispatch', { orderId: morning._id, cleanerId: wang._id }, agent.token)
    expect(v.status).toBe('dispatched')
    expect(v.statusLabel).toBe('已派单')
    expect(v.cleaner).toMatchObject({ id: wang._id, name: '王阿姨', phoneMasked: '139****5678' })
    expect(v.timeline.at(-1)).toMatchObject({ type: 'dispatched', label: '已派单', by: '员工 客服小周', note: '阿姨：王阿姨' })
    expect((await getDoc(t, 'cleaners', wang._id)).scheduleVersion).toBe(1)

    const clash = await callFn(t, 'admin', 'orders.dispatch', { orderId: overlapping._id, cleanerId: wang._id }, agent.token)
    expect(clash.error.code).toBe('CONFLICT')
    expect(clash.error.message).toBe(`王阿姨在该时段已有服务（${morning.orderNo}），请选择其他阿姨`)
    expect((await getDoc(t, 'orders', overlapping._id)).status).toBe('pending_dispatch')

    await okFn(t, 'admin', 'orders.dispatch', { orderId: backToBack._id, cleanerId: wang._id }, agent.token)
    await okFn(t, 'admin', 'orders.dispatch', { orderId: afternoon._id, cleanerId: wang._id }, agent.token)

    // reassign the morning job to 李阿姨: dispatched -> dispatched, timeline 'reassigned'
    const moved = await okFn(t, 'admin', 'orders.dispatch', { orderId: morning._id, cleanerId: li._id }, agent.token)
    expect(moved.status).toBe('dispatched')
    expect(moved.cleaner.id).toBe(li._id)
    expect(moved.timeline.at(-1)).toMatchObject({ type: 'reassigned', label: '更换服务人员', note: '阿姨：李阿姨' })
    // 王阿姨 is free in the morning again
    await okFn(t, 'admin', 'orders.dispatch', { orderId: overlapping._id, cleanerId: wang._id }, agent.token)

    const log = await audits(morning._id)
    expect(log.map((a: any) => a.action)).toEqual(['orders.dispatch', 'orders.reassign'])
    expect(log[1]).toMatchObject({ staffId: agent.id, detail: { cleanerId: li._id, previousCleanerId: wang._id, orderNo: morning.orderNo } })
    expect(log[1].createdAt).toBeInstanceOf(Date)
  })

  it('refuses the same cleaner again, a cleaner without the skill, on leave or stopped, and a finished order', async () => {
    const d = day(8)
    const c = await seedCleaner(t, { name: '赵阿姨', skills: ['daily_cleaning'] })
    const order = await seedOrder(t, { date: d })
    await okFn(t, 'admin', 'orders.dispatch', { orderId: order._id, cleanerId: c._id }, agent.token)
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ orderId: order._id, cleanerId: c._id }, 'FAILED_PRECONDITION', /已经派给这位阿姨/],
      [{ orderId: (await seedOrder(t, { date: d, category: 'deep_cleaning' }))._id, cleanerId: c._id }, 'FAILED_PRECONDITION', /不具备「深度保洁」技能/],
      [{ orderId: (await seedOrder(t, { date: d }))._id, cleanerId: (await seedCleaner(t, { leave: [{ from: d, to: d }] }))._id }, 'FAILED_PRECONDITION', /请假/],
      [{ orderId: (await seedOrder(t, { date: d }))._id, cleanerId: (await seedCleaner(t, { active: false }))._id }, 'FAILED_PRECONDITION', /已停用/],
      [{ orderId: (await seedOrder(t, { date: d, status: 'completed' }))._id, cleanerId: c._id }, 'FAILED_PRECONDITION', /已完成」，不能派单/],
      [{ orderId: order._id, cleanerId: 'no-such-cleaner' }, 'NOT_FOUND', /阿姨不存在/]
    ]
    for (const [input, code, message] of cases) {
      const r = await callFn(t, 'admin', 'orders.dispatch', input, agent.token)
      expect(r.error.code).toBe(code)
      expect(r.error.message).toMatch(message)
    }
  })
})

describe('orders.cancel', () => {
  it('cancels inside the 4 h window with a reason, gives the slot back and logs who did it', async () => {
    const start = new Date(Date.now() + 3600_000)
    const c = await seedCleaner(t)
    const order = await seedOrder(t, { start, status: 'dispatched', cleanerId: c._id })
    await t.db.collection('slot_counters').add({ _id: order.slotKey, booked: 1, capacity: 3, createdAt: new Date(), updatedAt: new Date() })
    const v = await okFn(t, 'admin', 'orders.cancel', { orderId: order._id, reason: '客户来电：临时出差' }, agent.token)
    expect(v.status).toBe('cancelled')
    expect(v.cancelReason).toBe('客户来电：临时出差')
    expect(v.timeline.at(-1)).toMatchObject({ type: 'cancelled', by: '员工 客服小周', note: '客户来电：临时出差' })
    expect((await getDoc(t, 'slot_counters', order.slotKey)).booked).toBe(0)
    expect((await audits(order._id)).map((a: any) => a.action)).toEqual(['orders.cancel'])
  })

  it('refuses once the service has begun', async () => {
    const order = await seedOrder(t, { start: new Date(Date.now() - 3600_000), status: 'in_service', cleanerId: 'x' })
    const r = await callFn(t, 'admin', 'orders.cancel', { orderId: order._id, reason: '客户要求' }, agent.token)
    expect(r.error.code).toBe('FAILED_PRECONDITION')
    expect(r.error.message).toMatch(CHINESE)
    expect((await getDoc(t, 'orders', order._id)).status).toBe('in_service')
  })
})

describe('orders.approveReschedule', () => {
  async function withPendingRequest(cleanerId: string, fromDay: number, toDay: number) {
    const from = day(fromDay)
    const to = day(toDay)
    const order = await seedOrder(t, { date: from, status: 'dispatched', cleanerId })
    const toStart = windowStart(to, 'morning')
    const request = {
      id: `rq${order._id.slice(-6)}`,
      from: { date: from, window: 'morning', start: order.start, end: order.end },
      to: { date: to, window: 'morning', start: toStart, end: new Date(toStart.getTime() + 3 * 3600_000) },
      reason: '临时有事', status: 'pending', slotKey: slotKey('daily_cleaning', to, 'morning'),
      requestedAt: new Date(), requestedBy: { kind: 'household' }, decidedAt: null, decidedBy: null
    }
    await t.db.collection('orders').doc(order._id).update({ reschedules: [request] })
    for (const key of [order.slotKey, request.slotKey]) {
      await t.db.collection('slot_counters').doc(key).set({ booked: 1, capacity: 5, createdAt: new Date(), updatedAt: new Date() })
    }
    return { order, request }
  }

  it("the order view says what this staff member may do: a pending request is the supervisor's to decide", async () => {
    const c = await seedCleaner(t, { name: '吴阿姨' })
    const { order } = await withPendingRequest(c._id, 11, 12)
    expect((await okFn(t, 'admin', 'orders.detail', { orderId: order._id }, agent.token)).allowed)
      .toEqual({ dispatch: true, cancel: true, approveReschedule: false })
    expect((await okFn(t, 'admin', 'orders.detail', { orderId: order._id }, supervisor.token)).allowed)
      .toEqual({ dispatch: true, cancel: true, approveReschedule: true })
    const done = await seedOrder(t, { status: 'completed', cleanerId: c._id })
    expect((await okFn(t, 'admin', 'orders.detail', { orderId: done._id }, supervisor.token)).allowed)
      .toEqual({ dispatch: false, cancel: false, approveReschedule: false })
  })

  it('approve: the order moves, the cleaner stays when free, the old slot is released', async () => {
    const c = await seedCleaner(t, { name: '周阿姨' })
    const { order, request } = await withPendingRequest(c._id, 9, 10)
    const v = await okFn(t, 'admin', 'orders.approveReschedule', { orderId: order._id, requestIndex: 0, approve: true }, supervisor.token)
    expect(v.date).toBe(day(10))
    expect(v.status).toBe('dispatched')
    expect(v.cleaner.id).toBe(c._id)
    expect(v.reschedules[0]).toMatchObject({ index: 0, status: 'approved', statusLabel: '已同意', reason: '临时有事' })
    expect((await getDoc(t, 'slot_counters', order.slotKey)).booked).toBe(0)
    expect((await getDoc(t, 'slot_counters', request.slotKey)).booked).toBe(1)
    expect((await audits(order._id))[0]).toMatchObject({ action: 'orders.reschedule.approve', staffId: supervisor.id, detail: { cleanerKept: true } })
  })

  it('approve when the cleaner is busy at the new time: back to pending dispatch', async () => {
    const c = await seedCleaner(t)
    const { order } = await withPendingRequest(c._id, 11, 12)
    await seedOrder(t, { date: day(12), status: 'dispatched', cleanerId: c._id })
    const v = await okFn(t, 'admin', 'orders.approveReschedule', { orderId: order._id, requestIndex: 0, approve: true }, supervisor.token)
    expect(v.status).toBe('pending_dispatch')
    expect(v.cleaner).toBeNull()
  })

  it('reject: the held slot is released and the order stays', async () => {
    const c = await seedCleaner(t)
    const { order, request } = await withPendingRequest(c._id, 13, 14)
    const v = await okFn(t, 'admin', 'orders.approveReschedule', { orderId: order._id, requestIndex: 0, approve: false, note: '阿姨时间排不开' }, supervisor.token)
    expect(v.date).toBe(day(13))
    expect(v.reschedules[0].status).toBe('rejected')
    expect((await getDoc(t, 'slot_counters', request.slotKey)).booked).toBe(0)
    expect((await audits(order._id))[0].action).toBe('orders.reschedule.reject')
    const again = await callFn(t, 'admin', 'orders.approveReschedule', { orderId: order._id, requestIndex: 0, approve: true }, supervisor.token)
    expect(again.error.code).toBe('FAILED_PRECONDITION')
    const missing = await callFn(t, 'admin', 'orders.approveReschedule', { orderId: order._id, requestIndex: 3, approve: true }, supervisor.token)
    expect(missing.error.code).toBe('NOT_FOUND')
  })
})

// The desk's queue (rules/complaints/queueOrder, read through the queueRank index): breached work orders first, then
// overdue ones, then by the next SLA deadline, then those waiting on the household; filters by level, step, severity,
// category, assignee and status; pages that neither repeat nor skip; the customer masked. Escalated open work orders
// show in the KPIs.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn } from '../../helpers/api'
import { staffSession, type StaffSession } from '../../helpers/desk'
import { actAll, complainant, fileAs } from '../../helpers/complaintsDesk'
import { restamp } from '../../helpers/complaints'

jest.setTimeout(120_000)

let t: TestCloud
let agent: StaffSession
let supervisor: StaffSession
let ids: { breached: string; overdue: string; high: string; low: string }

const DAY = 24 * 3600_000

/** What sla-watch would leave behind: a work order received days ago whose first response ran out. */
async function backdate(id: string, days: number, breach: boolean) {
  const receivedAt = new Date(Date.now() - days * DAY)
  const wo = (await t.db.collection('complaints').where({ _id: id }).get()).data[0]
  const sla = { ...wo.sla, receivedAt, firstResponseDue: new Date(receivedAt.getTime() + 2 * 3600_000) }
  if (breach) sla.breached = [{ clock: 'first_response', dueAt: sla.firstResponseDue, detectedAt: new Date(), levelFrom: 'L1', levelTo: 'L2' }]
  await t.db.collection('complaints').doc(id).update({ sla: t.db.command.set(sla), createdAt: receivedAt, ...(breach ? { level: 'L2', escalatedAt: new Date() } : {}) })
  await restamp(t, id)
}

beforeAll(async () => {
  t = await startTestCloud()
  agent = await staffSession(t, 'agent', '小周')
  supervisor = await staffSession(t, 'supervisor', '老李')
  const low = await fileAs(t, await complainant(t), 'lateness', '阿姨晚到了二十分钟')
  const high = await fileAs(t, await complainant(t), 'lost_item', '做完保洁以后我的耳环不见了')
  const overdue = await fileAs(t, await complainant(t), 'missed_spots', '卧室床底没有打扫')
  const breached = await fileAs(t, await complainant(t), 'attitude', '阿姨一直在打电话，不理人')
  await backdate(overdue, 3, false)
  await backdate(breached, 4, true)
  ids = { breached, overdue, high, low }
})
afterAll(async () => { await t?.close() })

const queue = (input: Record<string, unknown> = {}, token = agent.token) => okFn(t, 'admin', 'complaints.queue', input, token)

it('puts breached and overdue work orders first, then the soonest deadline', async () => {
  const page = await queue()
  expect(page.list.map((i: any) => i.id)).toEqual([ids.breached, ids.overdue, ids.high, ids.low])
  expect(page.list.map((i: any) => i.sla.state).slice(0, 2)).toEqual(['breached', 'overdue'])
  expect(page.list[0].sla.breached).toContain('first_response')
  expect(page.list[0].escalated).toBe(true)
  expect(['ok', 'warning']).toContain(page.list[2].sla.state)
  expect(page.list[2]).toMatchObject({ severity: 'high', level: 'L2', sla: { nextClock: 'first_response' } })
  expect(page.list[3].customerName).toBe('张**')
  expect(page.nextCursor).toBeNull()
})

it('pages through the same order without repeats', async () => {
  const first = await queue({ limit: 2 })
  expect(first.list.map((i: any) => i.id)).toEqual([ids.breached, ids.overdue])
  const second = await queue({ limit: 2, cursor: first.nextCursor })
  expect(second.list.map((i: any) => i.id)).toEqual([ids.high, ids.low])
  expect(second.nextCursor).toBeNull()
})

it('filters by level, severity, category, step and status', async () => {
  expect((await queue({ level: 'L2' })).list.map((i: any) => i.id)).toEqual([ids.breached, ids.high])
  expect((await queue({ severity: 'high' })).list.map((i: any) => i.id)).toEqual([ids.high])
  expect((await queue({ category: 'lateness' })).list.map((i: any) => i.id)).toEqual([ids.low])
  expect((await queue({ step: 'received' })).list).toHaveLength(4)
  expect((await queue({ step: 'assessed' })).list).toEqual([])
  expect((await queue({ status: 'closed' })).list).toEqual([])
})

it('filters by assignee: mine, a colleague, nobody', async () => {
  const me = await okFn(t, 'admin', 'me', {}, agent.token)
  await actAll(t, ids.low, [[agent.token, 'assign', { assigneeId: me.staff.id }]])
  expect((await queue({ assignee: 'me' })).list.map((i: any) => i.id)).toEqual([ids.low])
  expect((await queue({ assignee: me.staff.id }, supervisor.token)).list.map((i: any) => i.id)).toEqual([ids.low])
  expect((await queue({ assignee: 'me' }, supervisor.token)).list).toEqual([])
  expect((await queue({ assignee: 'none' })).list.map((i: any) => i.id)).toEqual([ids.breached, ids.overdue, ids.high])
  const item = (await queue({ assignee: 'me' })).list[0]
  expect(item.assignee).toEqual({ id: me.staff.id, name: '小周', role: 'agent' })
  // an L1 work order cannot be handed to nobody in particular: the assignee must exist
  const r = await callFn(t, 'admin', 'complaints.act', { complaintId: ids.low, op: 'assign', assigneeId: 'nobody' }, agent.token)
  expect(r.error.code).toBe('NOT_FOUND')
})

it('counts escalated open work orders and open ones by level and step in the KPIs', async () => {
  const before = await okFn(t, 'admin', 'dashboard.kpis', {}, supervisor.token)
  expect(before).toMatchObject({ received: 4, newToday: 2, escalatedOpen: 1, openByLevel: { L1: 2, L2: 2, L3: 0 }, openByStep: { received: 4 } })
  await actAll(t, ids.high, [[agent.token, 'escalate', { text: '客户要求经理处理' }]])
  const after = await okFn(t, 'admin', 'dashboard.kpis', {}, supervisor.token)
  expect(after).toMatchObject({ escalatedOpen: 2, openByLevel: { L1: 2, L2: 1, L3: 1 } })
  expect(after.slaPassRate.firstResponse).toEqual({ part: 0, whole: 1, rate: 0 })
  // a period before any of them: nothing received
  const empty = await okFn(t, 'admin', 'dashboard.kpis', { from: '2020-01-01', to: '2020-01-31' }, supervisor.token)
  expect(empty).toMatchObject({ period: { from: '2020-01-01', to: '2020-01-31' }, received: 0, topCategories: [], escalatedOpen: 2 })
})

it('puts a work order waiting on the household after the running ones, and back in place when it resumes', async () => {
  await actAll(t, ids.high, [[agent.token, 'pause_sla', { text: '等待客户提供照片' }]])
  const paused = await queue()
  expect(paused.list.map((i: any) => i.id)).toEqual([ids.breached, ids.overdue, ids.low, ids.high])
  expect(paused.list[3].sla).toMatchObject({ paused: true })
  await actAll(t, ids.high, [[agent.token, 'resume_sla', {}]])
  expect((await queue()).list.map((i: any) => i.id)).toEqual([ids.breached, ids.overdue, ids.high, ids.low])
})

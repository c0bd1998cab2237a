// The sla-watch timer, fired as the scheduler fires it: it reads only the work orders that are due (sla.nextDueAt);
// an overdue work order gets its breach recorded and escalates exactly one level, also when two runs fire at the same
// moment; a second run changes nothing; breaches are never erased (not by later staff actions, not by later runs), and
// a later breach of the other clock is appended. Raw rewrites of the clocks stand in for time gone by (restamp).
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { okFn } from '../../helpers/api'
import { getDoc } from '../../helpers/desk'
import { AGENT, complaintInput, coreCtx, householdWithOrder, restamp, runSlaWatch, clearWorkOrders } from '../../helpers/complaints'
import { applyAction, loadWorkOrder } from '../../../cloudfunctions/core/complaints'

jest.setTimeout(120_000)

let t: TestCloud
const H = 3600_000
const DAY = 24 * H

beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })
beforeEach(() => clearWorkOrders(t))

const run = () => runSlaWatch(t)

/** A low-severity complaint (first response due in 2 business hours, resolution in 72) received `ago` ms ago. */
async function receivedAgo(ago: number) {
  const h = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  const receivedAt = new Date(Date.now() - ago)
  await t.db.collection('complaints').doc(id).update({ 'sla.receivedAt': receivedAt, createdAt: receivedAt })
  await restamp(t, id)
  return { id, h }
}

const kinds = (wo: any, type: string) => wo.timeline.filter((e: any) => e.type === type)

it('an overdue work order escalates exactly once; a second run changes nothing', async () => {
  const { id } = await receivedAgo(1 * DAY) // 2 business hours long past; 72 business hours not yet
  const { id: fresh } = await receivedAgo(0)

  // only the due one is read
  expect(await run()).toEqual({ scanned: 1, escalated: 1, skipped: 0, backfilled: 0, done: true })
  const wo = await getDoc(t, 'complaints', id)
  expect(wo).toMatchObject({ level: 'L2', version: 2, alerts: 1, escalatedAt: expect.any(Date) })
  expect(wo.sla.breached).toEqual([expect.objectContaining({ clock: 'first_response', levelFrom: 'L1', levelTo: 'L2', detectedAt: expect.any(Date) })])
  expect(kinds(wo, 'sla_breached')).toHaveLength(1)
  expect(kinds(wo, 'level_changed')).toEqual([expect.objectContaining({ from: 'L1', to: 'L2', visibility: 'internal' })])
  expect(await getDoc(t, 'complaints', fresh)).toMatchObject({ level: 'L1', version: 1, alerts: 0 })

  const before = JSON.stringify(await getDoc(t, 'complaints', id))
  // its next due instant is now the resolution deadline, days ahead: nothing is due
  expect((await getDoc(t, 'complaints', id)).sla.nextDueAt.getTime()).toBeGreaterThan(Date.now())
  expect(await run()).toEqual({ scanned: 0, escalated: 0, skipped: 0, backfilled: 0, done: true })
  expect(JSON.stringify(await getDoc(t, 'complaints', id))).toBe(before)
})

it('two runs fired at the same moment escalate each overdue work order exactly once', async () => {
  const ids = []
  for (let i = 0; i < 6; i++) ids.push((await receivedAgo(1 * DAY)).id)
  const [a, b] = await Promise.all([run(), run()])
  expect(a.escalated + b.escalated).toBe(6)
  for (const id of ids) {
    const wo = await getDoc(t, 'complaints', id)
    expect(wo).toMatchObject({ level: 'L2', version: 2, alerts: 1 })
    expect(wo.sla.breached).toHaveLength(1)
    expect(kinds(wo, 'sla_breached')).toHaveLength(1)
  }
})

it('breaches are never erased; a later breach of the other clock is appended and escalates once more', async () => {
  const { id, h } = await receivedAgo(1 * DAY)
  await run()
  const first = (await getDoc(t, 'complaints', id)).sla.breached[0]

  // staff finally answer (late) and work on; the breach stays on record
  const ctx = coreCtx(t)
  await applyAction(ctx, await loadWorkOrder(ctx, id), 'reply', AGENT, { text: '抱歉回复晚了' })
  await applyAction(coreCtx(t), await loadWorkOrder(coreCtx(t), id), 'note', AGENT, { text: '已联系阿姨' })
  expect((await getDoc(t, 'complaints', id)).sla.breached).toEqual([first])
  await run()
  expect((await getDoc(t, 'complaints', id)).sla.breached).toEqual([first])

  // ten days later the resolution clock (72 business hours) has run out too
  const long = new Date(Date.now() - 10 * DAY)
  await t.db.collection('complaints').doc(id).update({ 'sla.receivedAt': long })
  await restamp(t, id)
  expect((await run()).escalated).toBe(1)
  const wo = await getDoc(t, 'complaints', id)
  expect(wo.sla.breached).toEqual([first, expect.objectContaining({ clock: 'resolution', levelFrom: 'L2', levelTo: 'L3' })])
  expect(wo).toMatchObject({ level: 'L3', alerts: 2 })
  expect(kinds(wo, 'sla_breached')).toHaveLength(2)

  // none of it reaches the household
  const view = JSON.stringify(await okFn(t, 'complaint', 'detail', { complaintId: id }, h.token))
  expect(view).not.toMatch(/sla_breached|level_changed|L3|超时/)
})

it('closed work orders and paused clocks are left alone', async () => {
  const { id: closed } = await receivedAgo(2 * DAY)
  await t.db.collection('complaints').doc(closed).update({ step: 'closed', status: 'closed' })
  await restamp(t, closed)
  const { id: paused } = await receivedAgo(1 * DAY)
  // paused since it was received (waiting on the household): its clocks have not run at all
  const since = (await getDoc(t, 'complaints', paused)).sla.receivedAt
  await t.db.collection('complaints').doc(paused).update({ 'sla.pauses': [{ start: since, end: null, reason: '等待客户' }] })
  await restamp(t, paused)
  // neither has a due instant, so neither is even read
  expect((await getDoc(t, 'complaints', closed)).sla.nextDueAt).toBeNull()
  expect((await getDoc(t, 'complaints', paused)).sla.nextDueAt).toBeNull()
  const r = await run()
  expect(r).toMatchObject({ scanned: 0, escalated: 0 })
  expect(await getDoc(t, 'complaints', closed)).toMatchObject({ version: 1, level: 'L1' })
  expect(await getDoc(t, 'complaints', paused)).toMatchObject({ version: 1, level: 'L1' })
})

// What the sla-watch reads: work orders by their stored due instant. Older work orders without one are stamped once
// by the backfill (and escalated in the same run when due); a stale instant is repaired without escalating; the due
// scan pages by (nextDueAt, _id), resumes after its budget from the saved cursor, and never reads one twice in a pass.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { okFn } from '../../helpers/api'
import { getDoc } from '../../helpers/desk'
import { complaintInput, coreCtx, householdWithOrder, restamp, runSlaWatch, clearWorkOrders } from '../../helpers/complaints'
import { runDueInChunks } from '../../../cloudfunctions/core/jobs/due'
import { CLOSED_RANK_FROM } from '../../../cloudfunctions/core/rules/complaints/queueOrder'

jest.setTimeout(120_000)

let t: TestCloud
const H = 3600_000
const DAY = 24 * H

beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })
beforeEach(() => clearWorkOrders(t))

const run = () => runSlaWatch(t)

async function complaint(receivedAgo = 0): Promise<string> {
  const h = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  if (receivedAgo) {
    await t.db.collection('complaints').doc(id).update({ 'sla.receivedAt': new Date(Date.now() - receivedAgo) })
    await restamp(t, id)
  }
  return id
}

it('stamps a new work order with its first-response deadline and a queue rank', async () => {
  const id = await complaint()
  const wo = await getDoc(t, 'complaints', id)
  expect(wo.sla.nextDueAt).toEqual(wo.sla.firstResponseDue)
  expect(wo.queueRank).toMatch(/^1\|/)
  expect(wo.queueRank.endsWith(`|${wo.ticketNo}`)).toBe(true)
})

it('backfills work orders written before nextDueAt existed, once, and escalates the due ones in the same run', async () => {
  const overdue = await complaint(DAY)
  const fresh = await complaint()
  const closed = await complaint()
  await t.db.collection('complaints').doc(closed).update({ step: 'closed', status: 'closed' })
  const _ = t.db.command
  for (const id of [overdue, fresh, closed]) {
    await t.db.collection('complaints').doc(id).update({ 'sla.nextDueAt': _.remove(), queueRank: _.remove() })
  }

  expect(await run()).toEqual({ scanned: 1, escalated: 1, skipped: 0, backfilled: 3, done: true })
  expect(await getDoc(t, 'complaints', overdue)).toMatchObject({ level: 'L2', alerts: 1 })
  const freshDoc = await getDoc(t, 'complaints', fresh)
  expect(freshDoc.sla.nextDueAt).toEqual(freshDoc.sla.firstResponseDue)
  expect(freshDoc.version).toBe(1)
  const closedDoc = await getDoc(t, 'complaints', closed)
  expect(closedDoc.sla.nextDueAt).toBeNull()
  expect(closedDoc.queueRank >= CLOSED_RANK_FROM).toBe(true)

  // finished: later runs only read its marker, even for a document that lost its fields since
  await t.db.collection('complaints').doc(fresh).update({ queueRank: _.remove() })
  expect((await run()).backfilled).toBe(0)
  expect((await getDoc(t, 'complaints', fresh)).queueRank).toBeUndefined()
})

it('repairs a stale due instant without escalating, and reads it no more', async () => {
  const id = await complaint()
  const before = await getDoc(t, 'complaints', id)
  await t.db.collection('complaints').doc(id).update({ 'sla.nextDueAt': new Date(Date.now() - H) })

  expect(await run()).toMatchObject({ scanned: 1, escalated: 0, skipped: 1 })
  const after = await getDoc(t, 'complaints', id)
  expect(after.sla.nextDueAt).toEqual(before.sla.firstResponseDue)
  expect(after).toMatchObject({ version: 1, level: 'L1', alerts: 0 })
  expect(await run()).toMatchObject({ scanned: 0 })
})

it('pages by (due instant, _id) across ties, stops at its budget and resumes from the saved cursor', async () => {
  const ids: string[] = []
  for (let i = 0; i < 5; i++) ids.push(await complaint())
  // three share one instant (deadlines pile up at the morning opening), two come later
  const tie = new Date(Date.now() - 3 * H)
  for (const [i, id] of ids.entries()) {
    await t.db.collection('complaints').doc(id).update({ 'sla.nextDueAt': i < 3 ? tie : new Date(tie.getTime() + i * 60_000) })
  }
  const expected = [...ids.slice(0, 3)].sort().concat(ids.slice(3))

  const seen: string[] = []
  let ticks = 0
  // a clock that runs out after the first batch
  const spec = {
    job: 'test:due',
    collection: 'complaints',
    field: 'sla.nextDueAt',
    batch: 2,
    budgetMs: 1,
    handle: async (wo: { _id: string }) => { seen.push(wo._id); return false }
  }
  const first = await runDueInChunks(coreCtx(t), { ...spec, clock: () => (ticks++ < 2 ? 0 : 10) })
  expect(first).toMatchObject({ scanned: 2, done: false, resumedFrom: null })
  const saved = await getDoc(t, 'job_state', 'test:due')
  expect(saved).toMatchObject({ done: false, cursor: `${tie.toISOString()}|${expected[1]}` })

  const rest = await runDueInChunks(coreCtx(t), { ...spec, budgetMs: 60_000 })
  expect(rest).toMatchObject({ scanned: 3, done: true, resumedFrom: saved.cursor })
  expect(seen).toEqual(expected)
  // a finished pass starts again from the beginning
  expect(await runDueInChunks(coreCtx(t), { ...spec, budgetMs: 60_000 })).toMatchObject({ scanned: 5, resumedFrom: null })
})

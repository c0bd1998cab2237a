// The nightly timer's auto-confirm, fired the way the scheduler fires it: confirms exactly the orders awaiting
// confirmation for 48 h, never twice (a second run, two runs at once), and resumes from its saved cursor.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { fireTimer } from '../../helpers/api'
import { orderDoc, seedCustomer, getDoc } from '../../helpers/desk'
import { shanghaiDate, addDays } from '../../../cloudfunctions/core/rules/time'
import { runInChunks } from '../../../cloudfunctions/core/jobs/chunked'

jest.setTimeout(120_000)

let t: TestCloud
const H = 3600_000
const JOB = 'nightly:autoConfirm'

beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })
beforeEach(async () => {
  const _ = t.db.command
  await t.db.collection('orders').where({ _id: _.exists(true) }).remove()
  await t.db.collection('job_state').where({ _id: _.exists(true) }).remove()
})

/** Orders the cleaner checked out `hoursAgo` ago (inserted in batches through the SDK). */
async function awaiting(n: number, hoursAgo: number, customerId: string, ids?: string[]): Promise<string[]> {
  const checkOutAt = new Date(Date.now() - hoursAgo * H)
  const docs = Array.from({ length: n }, (_, i) => orderDoc({
    _id: ids?.[i], customerId, status: 'awaiting_confirmation', cleanerId: 'cleaner-x',
    start: new Date(checkOutAt.getTime() - 3 * H), end: checkOutAt, checkIn: { at: new Date(checkOutAt.getTime() - 3 * H) }, checkOut: { at: checkOutAt, note: '' }
  }))
  const out: string[] = []
  for (let i = 0; i < docs.length; i += 100) out.push(...(await t.db.collection('orders').add(docs.slice(i, i + 100))).ids)
  return out
}

async function run() {
  const r = await fireTimer(t, 'nightly')
  expect(r.ok).toBe(true)
  expect(r.data.ok).toBe(true)
  return r.data.data as { scanned: number; confirmed: number; skipped: number; done: boolean }
}

const byStatus = async (status: string) => (await t.db.collection('orders').where({ status }).limit(1000).get()).data
const autoConfirmedEntries = (o: any) => o.timeline.filter((e: any) => e.type === 'auto_confirmed').length

it('confirms exactly the due orders, in batches, and a second run confirms nothing', async () => {
  const customerId = await seedCustomer(t)
  const due = await awaiting(150, 49, customerId)
  const notYet = await awaiting(5, 47, customerId)
  // not awaiting confirmation, however old the check-out
  await t.db.collection('orders').add(orderDoc({ customerId, status: 'in_service', checkOut: { at: new Date(Date.now() - 100 * H) } }))

  expect(await run()).toEqual({ scanned: 150, confirmed: 150, skipped: 0, done: true })
  const completed = await byStatus('completed')
  expect(completed.map((o: any) => o._id).sort()).toEqual([...due].sort())
  for (const o of completed) {
    expect(o.confirmedAt).toBeInstanceOf(Date)
    expect(o.confirmedBy).toEqual({ kind: 'system', name: '系统' })
    expect(autoConfirmedEntries(o)).toBe(1)
  }
  expect((await byStatus('awaiting_confirmation')).map((o: any) => o._id).sort()).toEqual([...notYet].sort())
  expect((await getDoc(t, 'customers', customerId)).completedCount).toBe(150)
  expect(await getDoc(t, 'job_state', JOB)).toMatchObject({ cursor: null, runDate: shanghaiDate(new Date()), done: true })

  expect(await run()).toEqual({ scanned: 0, confirmed: 0, skipped: 0, done: true })
  expect((await getDoc(t, 'customers', customerId)).completedCount).toBe(150)
})

it('two runs at once confirm each due order exactly once', async () => {
  const customerId = await seedCustomer(t)
  const due = await awaiting(120, 60, customerId)
  const [a, b] = await Promise.all([run(), run()])
  expect(a.confirmed + b.confirmed).toBe(120)
  expect(a.scanned).toBe(a.confirmed + a.skipped)
  expect(b.scanned).toBe(b.confirmed + b.skipped)
  const completed = await byStatus('completed')
  expect(completed).toHaveLength(due.length)
  for (const o of completed) expect(autoConfirmedEntries(o)).toBe(1)
  expect((await getDoc(t, 'customers', customerId)).completedCount).toBe(120)
})

it('a run that was cut short resumes from its saved cursor; the next run starts over', async () => {
  const customerId = await seedCustomer(t)
  const ids = ['resume-01', 'resume-02', 'resume-03', 'resume-04', 'resume-05', 'resume-06']
  await awaiting(6, 50, customerId, ids)
  await t.db.collection('job_state').doc(JOB).set({ cursor: 'resume-03', runDate: shanghaiDate(new Date()), done: false, updatedAt: new Date() })

  expect(await run()).toEqual({ scanned: 3, confirmed: 3, skipped: 0, done: true })
  expect((await byStatus('completed')).map((o: any) => o._id).sort()).toEqual(['resume-04', 'resume-05', 'resume-06'])
  expect((await byStatus('awaiting_confirmation')).map((o: any) => o._id).sort()).toEqual(['resume-01', 'resume-02', 'resume-03'])

  expect(await run()).toEqual({ scanned: 3, confirmed: 3, skipped: 0, done: true })
  expect(await byStatus('awaiting_confirmation')).toHaveLength(0)
})

it("ignores yesterday's unfinished cursor", async () => {
  const customerId = await seedCustomer(t)
  await awaiting(2, 50, customerId, ['old-01', 'old-02'])
  await t.db.collection('job_state').doc(JOB).set({ cursor: 'old-01', runDate: addDays(shanghaiDate(new Date()), -1), done: false, updatedAt: new Date() })
  expect(await run()).toEqual({ scanned: 2, confirmed: 2, skipped: 0, done: true })
})

it('the chunk runner stops before its time budget, saves the cursor, and the next run continues from it', async () => {
  const _ = t.db.command
  await awaiting(35, 50, 'c-1', Array.from({ length: 35 }, (_, i) => `chunk-${String(i).padStart(2, '0')}`))
  let fakeMs = 0
  const clock = () => (fakeMs += 20_000) // every look at the clock: 20 s later
  const handled: string[] = []
  const spec = {
    job: 'test:chunks', collection: 'orders', where: { status: 'awaiting_confirmation' }, batch: 10, budgetMs: 50_000, clock,
    handle: async (o: any) => {
      handled.push(o._id)
      const r = await t.db.collection('orders').where({ _id: o._id, status: 'awaiting_confirmation' }).update({ status: 'completed' })
      return r.updated === 1
    }
  }
  const ctx = { db: t.db, now: new Date() }
  const first = await runInChunks(ctx, spec)
  expect(first).toEqual({ scanned: 20, acted: 20, skipped: 0, done: false, resumedFrom: null })
  expect(await getDoc(t, 'job_state', 'test:chunks')).toMatchObject({ cursor: 'chunk-19', done: false })
  fakeMs = 0
  const second = await runInChunks(ctx, spec)
  expect(second).toMatchObject({ scanned: 15, acted: 15, done: true, resumedFrom: 'chunk-19' })
  expect(handled).toEqual(Array.from({ length: 35 }, (_, i) => `chunk-${String(i).padStart(2, '0')}`))
  expect((await t.db.collection('orders').where({ status: 'awaiting_confirmation', _id: _.exists(true) }).get()).data).toHaveLength(0)
})

// Queries off the event loop (local/engine/readers.ts): scans run in reader threads, so a slow query does not hold
// other requests; every query has a time limit (DATABASE_TIMEOUT), after which a busy thread is stopped and
// replaced; a read sent after a write was acknowledged sees it. All through the real SDK.
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { READER_NICE } from '../../../local/engine/readers'
import { startTestCloud, useTestCloud, newCollection, expectCode, sleep, type TestCloud } from './support'

jest.setTimeout(60_000)

/** `^(a+)+$` backtracks exponentially on a run of a's that ends in b: ~n=22 takes a few hundred ms of CPU. */
const SLOW = '^(a+)+$'
const runOfA = (n: number) => 'a'.repeat(n) + 'b'

describe('reader threads', () => {
  let t: TestCloud
  let db: any
  useTestCloud((up) => { t = up; db = up.db }, { readers: 2, queryTimeoutMs: 30_000 })

  it('answers scans from a thread and _id reads inline, with the same documents', async () => {
    const coll = await newCollection(db, 'rd')
    const when = new Date('2026-01-02T03:04:05.678Z')
    const { ids } = await db.collection(coll).add([
      { n: 1, tag: 'x', when, nested: { list: [1, 2] } },
      { n: 2, tag: 'y', when },
      { n: 3, tag: 'x' }
    ])
    const before = t.cloud.docs.readers.stats()
    const scan = await db.collection(coll).where({ tag: 'x', when: db.command.exists(true) }).get()
    expect(scan.data).toEqual([{ _id: ids[0], n: 1, tag: 'x', when, nested: { list: [1, 2] } }])
    const total = await db.collection(coll).where({ n: db.command.gte(2) }).count()
    expect(total.total).toBe(2)
    const agg = await db.collection(coll).aggregate().match({ tag: 'x' }).group({ _id: '$tag', sum: { $sum: '$n' } }).end()
    expect(agg.data).toEqual([{ _id: 'x', sum: 4 }])
    const byId = await db.collection(coll).doc(ids[1]).get()
    expect(byId.data).toEqual([{ _id: ids[1], n: 2, tag: 'y', when }])
    const after = t.cloud.docs.readers.stats()
    expect(after.offloaded - before.offloaded).toBe(3)
    expect(after.inline - before.inline).toBe(1)
  })

  it('runs its threads at a lower priority than the event loop (Linux: nice is per thread)', async () => {
    expect(process.platform).toBe('linux') // the project's machines; elsewhere the threads keep normal priority
    while (t.cloud.docs.readers.stats().ready < 2) await sleep(10)
    const nice = (file: string) => Number(fs.readFileSync(file, 'utf8').split(') ').pop()!.split(' ')[16])
    const tasks = fs.readdirSync('/proc/self/task').map((tid) => nice(`/proc/self/task/${tid}/stat`))
    expect(READER_NICE).toBeGreaterThan(0)
    expect(tasks.filter((n) => n === READER_NICE).length).toBeGreaterThanOrEqual(2)
    expect(nice('/proc/thread-self/stat')).toBe(0)
  })

  it('a query sent after a write was acknowledged sees it', async () => {
    const coll = await newCollection(db, 'ryw')
    const c = db.collection(coll)
    for (let i = 0; i < 30; i++) {
      await c.add({ k: 'w', i })
      const seen = await c.where({ k: 'w' }).count()
      expect(seen.total).toBe(i + 1)
      await c.where({ i }).update({ done: true })
      const done = await c.where({ done: true }).get()
      expect(done.data.map((d: any) => d.i).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: i + 1 }, (_, k) => k))
    }
  })

  it('a slow scan does not hold other requests', async () => {
    const coll = await newCollection(db, 'slow')
    const { ids } = await db.collection(coll).add([1, 2, 3, 4].map((k) => ({ k, s: runOfA(22) })))
    const t0 = performance.now()
    let slowDone = 0
    const slow = db.collection(coll).where({ s: db.RegExp({ regexp: SLOW }) }).get().then((r: any) => { slowDone = performance.now(); return r })
    await sleep(30) // the scan is running in a thread now
    const gets: number[] = []
    while (!slowDone && gets.length < 50) {
      const s = performance.now()
      const r = await db.collection(coll).doc(ids[gets.length % 4]).get()
      expect(r.data).toHaveLength(1)
      const other = await db.collection(coll).where({ k: 2 }).get() // a scan too: the second thread takes it
      expect(other.data).toHaveLength(1)
      gets.push(performance.now() - s)
    }
    expect((await slow).data).toEqual([])
    const slowMs = slowDone - t0
    // the scan took a long while, and meanwhile the other requests each answered in a small part of it
    expect(gets.length).toBeGreaterThan(3)
    expect(Math.max(...gets)).toBeLessThan(slowMs / 4)
  })
})

describe('the query time limit', () => {
  let t: TestCloud
  let db: any
  useTestCloud((up) => { t = up; db = up.db }, { readers: 2, queryTimeoutMs: 300 })

  it('answers DATABASE_TIMEOUT, stops the thread and keeps serving', async () => {
    const coll = await newCollection(db, 'tl')
    await db.collection(coll).add([{ s: runOfA(30) }, { s: 'ab' }])
    const before = t.cloud.docs.readers.stats()
    const t0 = performance.now()
    const e = await expectCode(db.collection(coll).where({ s: db.RegExp({ regexp: SLOW }) }).get(), 'DATABASE_TIMEOUT')
    const elapsed = performance.now() - t0
    expect(e.message).toContain('300 ms')
    expect(elapsed).toBeGreaterThanOrEqual(290)
    expect(elapsed).toBeLessThan(3000)
    const after = t.cloud.docs.readers.stats()
    expect(after.timeouts - before.timeouts).toBe(1)
    expect(after.replaced - before.replaced).toBe(1)
    expect(after.threadIds.filter((id) => !before.threadIds.includes(id))).toHaveLength(1)
    // the stopped thread no longer burns CPU: the process is nearly idle (the regex alone would take minutes)
    await sleep(100)
    const cpu0 = process.cpuUsage()
    await sleep(400)
    const cpu = process.cpuUsage(cpu0)
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(200)
    // and the pool answers as before, from the new thread too
    const ok = await db.collection(coll).where({ s: 'ab' }).get()
    expect(ok.data).toHaveLength(1)
    expect((await db.collection(coll).where({ s: db.command.exists(true) }).count()).total).toBe(2)
    // the stopped thread's connection is gone with it: no reader holds an old snapshot, so the WAL can be reset
    await db.collection(coll).add({ s: 'after' })
    const [cp] = t.cloud.store.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>
    expect(cp.busy).toBe(0)
  })

  it('counts and aggregations have the limit too', async () => {
    const coll = await newCollection(db, 'tl2')
    await db.collection(coll).add([{ s: runOfA(30) }])
    await expectCode(db.collection(coll).where({ s: db.RegExp({ regexp: SLOW }) }).count(), 'DATABASE_TIMEOUT')
    await expectCode(db.collection(coll).aggregate().match({ s: db.RegExp({ regexp: SLOW }) }).end(), 'DATABASE_TIMEOUT')
  })

  it('a multi-document update that scans too long is cut between rows, and writes nothing', async () => {
    const coll = await newCollection(db, 'tl3')
    // ~1 ms of regex per document on the writer's thread: 3,000 of them take far longer than 300 ms
    t.cloud.store.atomically(() => { for (let i = 0; i < 3000; i++) t.cloud.store.insertDoc(coll, { i, s: runOfA(15) }) })
    const t0 = performance.now()
    await expectCode(db.collection(coll).where({ s: db.RegExp({ regexp: SLOW }) }).update({ touched: true }), 'DATABASE_TIMEOUT')
    expect(performance.now() - t0).toBeLessThan(2500)
    expect((await db.collection(coll).where({ touched: true }).count()).total).toBe(0)
    // an update with a cheap filter goes through
    const ok = await db.collection(coll).where({ i: db.command.lt(5) }).update({ touched: true })
    expect(ok.updated).toBe(5)
  })

  it('a read inside a transaction (on its snapshot, on the event loop) is cut between rows too', async () => {
    const coll = await newCollection(db, 'tl4')
    t.cloud.store.atomically(() => { for (let i = 0; i < 3000; i++) t.cloud.store.insertDoc(coll, { i, s: runOfA(15) }) })
    const tx = await db.startTransaction()
    try {
      await expectCode(tx.collection(coll).where({ s: db.RegExp({ regexp: SLOW }) }).get(), 'DATABASE_TIMEOUT')
      const few = await tx.collection(coll).where({ i: db.command.lt(3) }).get()
      expect(few.data).toHaveLength(3)
    } finally {
      await tx.rollback()
    }
  })
})

describe('without reader threads', () => {
  it('answers the same on the event loop, and a long scan is still cut between rows', async () => {
    const t = await startTestCloud({ readers: 0, queryTimeoutMs: 5 })
    try {
      const coll = await newCollection(t.db, 'inl')
      const docs = Array.from({ length: 20_000 }, (_, i) => ({ i, s: `v${i % 7}` }))
      t.cloud.store.atomically(() => { for (const d of docs) t.cloud.store.insertDoc(coll, d) })
      const hit = await t.db.collection(coll).where({ i: 12_345 }).get()
      expect(hit.data.map((d: any) => d.i)).toEqual([12_345])
      // a filter mingo evaluates row by row over 20,000 documents takes far more than 5 ms
      await expectCode(t.db.collection(coll).where({ s: t.db.RegExp({ regexp: '^v9' }) }).get(), 'DATABASE_TIMEOUT')
      expect(t.cloud.docs.readers.stats()).toMatchObject({ offloaded: 0, threadIds: [] })
    } finally {
      await t.close()
    }
  })

  it('takes the limit and the thread count from the environment', async () => {
    process.env.LOCAL_QUERY_TIMEOUT_MS = '1234'
    process.env.LOCAL_READERS = '1'
    let t: TestCloud | undefined
    try {
      t = await startTestCloud()
      expect(t.cloud.docs.readers.queryTimeoutMs).toBe(1234)
      expect(t.cloud.docs.readers.stats().threadIds).toHaveLength(1)
    } finally {
      delete process.env.LOCAL_QUERY_TIMEOUT_MS
      delete process.env.LOCAL_READERS
      await t?.close()
    }
    expect(t.cloud.docs.readers.stats().threadIds).toHaveLength(0)
  })
})

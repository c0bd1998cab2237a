// Concurrency through the SDK over HTTP: many requests at once must behave as if run one after the other.
import { useTestCloud, newCollection } from './support'

let db: any
let _: any
useTestCloud((t) => {
  db = t.db
  _ = db.command
})

test('200 simultaneous conditional increments: exactly `cap` succeed and the counter ends at cap', async () => {
  const cap = 37
  await db.collection('job_state').add({ _id: 'race-counter', n: 0 })
  const results = await Promise.all(Array.from({ length: 200 }, () =>
    db.collection('job_state').where({ _id: 'race-counter', n: _.lt(cap) }).update({ n: _.inc(1) })))
  expect(results.filter((r: any) => r.updated === 1)).toHaveLength(cap)
  expect(results.filter((r: any) => r.updated === 0)).toHaveLength(200 - cap)
  expect((await db.collection('job_state').doc('race-counter').get()).data[0].n).toBe(cap)
})

test('simultaneous capacity bookings on an indexed field never overbook any slot', async () => {
  const caps: Record<string, number> = { '2024-05-01': 5, '2024-05-02': 12, '2024-05-03': 0 }
  await db.collection('slot_counters').add(Object.keys(caps).map((date) => ({ _id: `slot-${date}`, date, used: 0, cap: caps[date] })))
  const dates = Object.keys(caps)
  const tries = Array.from({ length: 150 }, (_x, i) => dates[i % dates.length])
  const results = await Promise.all(tries.map((date) =>
    db.collection('slot_counters').where({ date, used: _.lt(caps[date]) }).update({ used: _.inc(1) })))
  for (const date of dates) {
    const won = results.filter((r: any, i) => tries[i] === date && r.updated === 1).length
    expect({ date, won }).toEqual({ date, won: caps[date] })
    expect((await db.collection('slot_counters').doc(`slot-${date}`).get()).data[0].used).toBe(caps[date])
  }
})

test('100 simultaneous inserts of the same unique key: exactly one succeeds', async () => {
  const results = await Promise.allSettled(Array.from({ length: 100 }, (_x, i) =>
    db.collection('coupons').add({ dedupeKey: 'welcome:c1', attempt: i })))
  const ok = results.filter((r) => r.status === 'fulfilled')
  const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]
  expect(ok).toHaveLength(1)
  expect(failed.every((r) => r.reason.code === 'DATABASE_DUPLICATE_WRITE')).toBe(true)
  expect((await db.collection('coupons').where({ dedupeKey: 'welcome:c1' }).count()).total).toBe(1)
})

test('50 simultaneous set() upserts of one id leave one whole document', async () => {
  const c = await newCollection(db, 'upserts')
  const results = await Promise.all(Array.from({ length: 50 }, (_x, i) => db.collection(c).doc('one').set({ writer: i, payload: `p${i}` })))
  expect(results.filter((r: any) => r.upsertedId === 'one')).toHaveLength(1)
  const { data } = await db.collection(c).get()
  expect(data).toHaveLength(1)
  expect(data[0].payload).toBe(`p${data[0].writer}`)
})

test('50 simultaneous transfers in transactions: the sum is unchanged and each balance adds up', async () => {
  const c = await newCollection(db, 'bank')
  const START = 10_000
  await db.collection(c).add([{ _id: 'A', balance: START }, { _id: 'B', balance: START }])
  const transfers = Array.from({ length: 50 }, (_x, i) => ({
    from: i % 2 ? 'A' : 'B',
    to: i % 2 ? 'B' : 'A',
    amount: 1 + Math.floor(Math.random() * 500)
  }))
  const outcomes = await Promise.allSettled(transfers.map((tr) => db.runTransaction(async (tx: any) => {
    const from = (await tx.collection(c).doc(tr.from).get()).data
    const to = (await tx.collection(c).doc(tr.to).get()).data
    await tx.collection(c).doc(tr.from).update({ balance: from.balance - tr.amount })
    await tx.collection(c).doc(tr.to).update({ balance: to.balance + tr.amount })
    return tr.amount
  })))
  const net: Record<string, number> = { A: 0, B: 0 }
  let committed = 0
  outcomes.forEach((o, i) => {
    if (o.status === 'fulfilled') {
      committed++
      net[transfers[i].from] -= transfers[i].amount
      net[transfers[i].to] += transfers[i].amount
    } else {
      // the only acceptable failure: still conflicting after the SDK's retries
      expect(o.reason?.code).toBe('DATABASE_TRANSACTION_CONFLICT')
    }
  })
  expect(committed).toBeGreaterThan(0)
  const { data } = await db.collection(c).orderBy('_id', 'asc').get()
  const balance = Object.fromEntries(data.map((d: any) => [d._id, d.balance]))
  expect(balance.A + balance.B).toBe(2 * START)
  expect(balance).toEqual({ A: START + net.A, B: START + net.B })
})

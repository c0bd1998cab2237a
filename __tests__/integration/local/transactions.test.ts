// Transactions through the SDK: runTransaction and startTransaction commit, rollback (custom reason), a throwing
// callback, write conflicts (refused at the write, or at commit for a write outside after ours; runTransaction
// retries), snapshot reads. Two-client conflict flows are in tx-conflicts.test.ts.
import { useTestCloud, newCollection, expectCode, rejection, sleep } from './support'

let db: any
let _: any
useTestCloud((t) => {
  db = t.db
  _ = db.command
})

/** A fresh collection holding accounts A and B. */
async function accounts(a = 100, b = 100): Promise<string> {
  const c = await newCollection(db, 'acct')
  await db.collection(c).add([{ _id: 'A', balance: a }, { _id: 'B', balance: b }])
  return c
}

async function doc(c: string, id: string): Promise<any> {
  const { data } = await db.collection(c).doc(id).get()
  return data[0] ?? null
}

describe('commit', () => {
  test('runTransaction: reads, updates, inserts, removes are applied together and the result is returned', async () => {
    const c = await accounts()
    await db.collection(c).add({ _id: 'old', x: 1 })
    const result = await db.runTransaction(async (tx: any) => {
      const a = (await tx.collection(c).doc('A').get()).data
      const b = (await tx.collection(c).doc('B').get()).data
      expect(a).toEqual({ _id: 'A', balance: 100 })
      await tx.collection(c).doc('A').update({ balance: a.balance - 30 })
      await tx.collection(c).doc('B').update({ balance: _.inc(30) })
      await tx.collection(c).add({ _id: 'log1', amount: 30, from: 'A', to: 'B' })
      await tx.collection(c).doc('old').remove()
      return { moved: 30, before: b.balance }
    })
    expect(result).toEqual({ moved: 30, before: 100 })
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 70 })
    expect(await doc(c, 'B')).toEqual({ _id: 'B', balance: 130 })
    expect(await doc(c, 'log1')).toEqual({ _id: 'log1', amount: 30, from: 'A', to: 'B' })
    expect(await doc(c, 'old')).toBeNull()
  })

  test('startTransaction: writes are invisible outside until commit, visible inside at once', async () => {
    const c = await accounts()
    const tx = await db.startTransaction()
    await tx.collection(c).doc('A').update({ balance: 1 })
    await tx.collection(c).doc('N').set({ created: true })
    await tx.collection(c).add({ _id: 'M', k: 2 })
    await tx.collection(c).doc('B').remove()
    // inside: read your own writes, by doc() and by where()
    expect((await tx.collection(c).doc('A').get()).data).toEqual({ _id: 'A', balance: 1 })
    expect((await tx.collection(c).doc('B').get()).data).toBeNull()
    const inside = await tx.collection(c).where({ _id: _.in(['A', 'B', 'N', 'M']) }).orderBy('_id', 'asc').get()
    expect(inside.data.map((d: any) => d._id)).toEqual(['A', 'M', 'N'])
    // outside: nothing yet
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 100 })
    expect(await doc(c, 'B')).toEqual({ _id: 'B', balance: 100 })
    expect(await doc(c, 'N')).toBeNull()
    expect((await db.collection(c).count()).total).toBe(2)
    await tx.commit()
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 1 })
    expect(await doc(c, 'B')).toBeNull()
    expect(await doc(c, 'N')).toEqual({ _id: 'N', created: true })
    expect(await doc(c, 'M')).toEqual({ _id: 'M', k: 2 })
  })

  test('a finished transaction cannot be used again', async () => {
    const c = await accounts()
    const tx = await db.startTransaction()
    await tx.collection(c).doc('A').update({ balance: 5 })
    await tx.commit()
    await expectCode(tx.collection(c).doc('A').update({ balance: 6 }), 'DATABASE_TRANSACTION_FAIL')
    await expectCode(tx.commit(), 'DATABASE_TRANSACTION_FAIL')
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 5 })
  })
})

describe('rollback', () => {
  test('startTransaction + rollback writes nothing', async () => {
    const c = await accounts()
    const tx = await db.startTransaction()
    await tx.collection(c).doc('A').update({ balance: 0 })
    await tx.collection(c).add({ _id: 'ghost' })
    await tx.rollback()
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 100 })
    expect(await doc(c, 'ghost')).toBeNull()
  })

  test('runTransaction rejects with the custom rollback reason and writes nothing', async () => {
    const c = await accounts()
    let calls = 0
    const reason = await rejection(db.runTransaction(async (tx: any) => {
      calls++
      const a = (await tx.collection(c).doc('A').get()).data
      await tx.collection(c).doc('A').update({ balance: a.balance - 500 })
      await tx.collection(c).add({ _id: 'log-x', amount: 500 })
      if (a.balance < 500) await tx.rollback({ code: 'INSUFFICIENT', need: 500 })
    }))
    expect(reason).toEqual({ code: 'INSUFFICIENT', need: 500 })
    expect(calls).toBe(1)
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 100 })
    expect(await doc(c, 'log-x')).toBeNull()
    const text = await rejection(db.runTransaction(async (tx: any) => {
      await tx.collection(c).doc('B').update({ balance: 0 })
      await tx.rollback('余额不足')
    }))
    expect(text).toBe('余额不足')
    expect(await doc(c, 'B')).toEqual({ _id: 'B', balance: 100 })
  })

  test('a callback that throws: runTransaction rejects with that error and writes nothing', async () => {
    const c = await accounts()
    const e = await rejection(db.runTransaction(async (tx: any) => {
      await tx.collection(c).doc('A').update({ balance: 0 })
      throw new Error('boom')
    }))
    expect(e.message).toBe('boom')
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 100 })
  })
})

describe('conflicts', () => {
  test('two transactions on the same document: the second WRITE is refused, the first writer wins', async () => {
    const c = await accounts()
    const tx1 = await db.startTransaction()
    const tx2 = await db.startTransaction()
    const a1 = (await tx1.collection(c).doc('A').get()).data
    const a2 = (await tx2.collection(c).doc('A').get()).data
    await tx1.collection(c).doc('A').update({ balance: a1.balance + 1 })
    await expectCode(tx2.collection(c).doc('A').update({ balance: a2.balance + 10 }), 'DATABASE_TRANSACTION_CONFLICT')
    await tx1.commit()
    // the refused transaction was aborted by the conflict
    await expectCode(tx2.commit(), 'DATABASE_TRANSACTION_FAIL')
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 101 })
  })

  test('two transactions inserting the same _id: the second insert is refused, the first commits', async () => {
    const c = await accounts()
    const tx1 = await db.startTransaction()
    const tx2 = await db.startTransaction()
    await tx1.collection(c).add({ _id: 'same', by: 1 })
    await expectCode(tx2.collection(c).add({ _id: 'same', by: 2 }), 'DATABASE_TRANSACTION_CONFLICT')
    await tx1.commit()
    expect(await doc(c, 'same')).toEqual({ _id: 'same', by: 1 })
  })

  test('a write outside conflicts with a transaction that wrote the same document', async () => {
    const c = await accounts()
    const tx = await db.startTransaction()
    await tx.collection(c).doc('A').update({ balance: _.inc(1) })
    await db.collection(c).doc('A').update({ balance: _.inc(1000) })
    await expectCode(tx.commit(), 'DATABASE_TRANSACTION_CONFLICT')
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 1100 })
  })

  test('runTransaction retries on conflict: both concurrent increments land, the value is exact', async () => {
    const c = await accounts(0)
    let attempts = 0
    const bump = () => db.runTransaction(async (tx: any) => {
      attempts++
      const a = (await tx.collection(c).doc('A').get()).data
      await sleep(50) // both transactions have read before either commits
      await tx.collection(c).doc('A').update({ balance: a.balance + 1 })
      return a.balance + 1
    })
    const results = await Promise.allSettled([bump(), bump()])
    const ok = results.filter((r) => r.status === 'fulfilled') as PromiseFulfilledResult<number>[]
    expect(attempts).toBeGreaterThanOrEqual(3) // at least one retry
    expect(ok.map((r) => r.value).sort()).toEqual(ok.map((_r, i) => i + 1))
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: ok.length })
    expect(ok.length).toBe(2)
  })
})

describe('snapshot reads', () => {
  test('a write committed outside after the transaction started is not seen inside it', async () => {
    const c = await accounts()
    const tx = await db.startTransaction()
    expect((await tx.collection(c).doc('A').get()).data.balance).toBe(100)
    await db.collection(c).doc('A').update({ balance: 1 })
    await db.collection(c).doc('B').update({ balance: 2 })
    await db.collection(c).add({ _id: 'late', x: 1 })
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 1 })
    // inside: still the snapshot of when it started, for a doc read before and for ones read only now
    expect((await tx.collection(c).doc('A').get()).data.balance).toBe(100)
    expect((await tx.collection(c).doc('B').get()).data.balance).toBe(100)
    expect((await tx.collection(c).doc('late').get()).data).toBeNull()
    const all = await tx.collection(c).orderBy('_id', 'asc').get()
    expect(all.data).toEqual([{ _id: 'A', balance: 100 }, { _id: 'B', balance: 100 }])
    await tx.rollback()
    expect(await doc(c, 'B')).toEqual({ _id: 'B', balance: 2 })
  })

  test('a transaction that read a document changed since cannot commit (its read is stale)', async () => {
    const c = await accounts()
    const tx = await db.startTransaction()
    const b = (await tx.collection(c).doc('B').get()).data
    await db.collection(c).doc('B').update({ balance: 0 })
    await tx.collection(c).doc('A').update({ balance: b.balance + 100 }) // based on the stale B
    await expectCode(tx.commit(), 'DATABASE_TRANSACTION_CONFLICT')
    expect(await doc(c, 'A')).toEqual({ _id: 'A', balance: 100 })
  })
})

test('a missing collection inside a transaction fails with DATABASE_COLLECTION_NOT_EXIST', async () => {
  const e = await rejection(db.runTransaction(async (tx: any) => {
    await tx.collection('no_such_collection').add({ a: 1 })
  }))
  expect(e.code).toBe('DATABASE_COLLECTION_NOT_EXIST')
  const tx = await db.startTransaction()
  await expectCode(tx.collection('no_such_collection').doc('x').get(), 'DATABASE_COLLECTION_NOT_EXIST')
  await tx.rollback()
})

// Transaction conflicts between two real SDK clients (two apps, as two function instances would be): a write to a
// document another open transaction already wrote, or that changed since this transaction's snapshot, is refused AT
// THE WRITE with DATABASE_TRANSACTION_CONFLICT (first writer wins) and aborts that transaction; CloudBase's codes and
// messages; the raw-options update form inside runTransaction.
import { useTestCloud, newCollection, expectCode, rejection, sleep } from './support'

let db1: any // client 1
let db2: any // client 2: its own SDK app, its own requests
let _: any
useTestCloud((t) => {
  db1 = t.db
  const tcb = require('@cloudbase/node-sdk')
  db2 = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, timeout: 30000 }).database()
  _ = db1.command
})

async function accounts(): Promise<string> {
  const c = await newCollection(db1, 'txc')
  await db1.collection(c).add([{ _id: 'A', balance: 100 }, { _id: 'B', balance: 100 }])
  return c
}

async function balance(c: string, id: string): Promise<number | undefined> {
  const { data } = await db2.collection(c).doc(id).get()
  return data[0]?.balance
}

async function conflict(p: Promise<unknown>): Promise<string> {
  const e = await expectCode(p, 'DATABASE_TRANSACTION_CONFLICT')
  expect(e.message).toMatch(/^database transaction conflict: 事务冲突/)
  return e.message
}

describe('write-write: first writer wins, refused at the write', () => {
  test('client 2 writing what client 1\'s open transaction wrote is refused at once; client 1 commits', async () => {
    const c = await accounts()
    const tx1 = await db1.startTransaction()
    const tx2 = await db2.startTransaction()
    await tx1.collection(c).doc('A').update({ balance: _.inc(1) })
    const message = await conflict(tx2.collection(c).doc('A').update({ balance: _.inc(10) }))
    expect(message).toContain('另一个未结束的事务')
    // the conflict aborted tx2: it cannot be used again
    await expectCode(tx2.collection(c).doc('B').update({ balance: 0 }), 'DATABASE_TRANSACTION_FAIL')
    await tx1.commit()
    expect(await balance(c, 'A')).toBe(101)
  })

  test('the refused transaction is aborted: its other writes are dropped and its locks released', async () => {
    const c = await accounts()
    const tx1 = await db1.startTransaction()
    const tx2 = await db2.startTransaction()
    await tx2.collection(c).doc('B').update({ balance: 0 }) // tx2 holds B
    await tx1.collection(c).doc('A').update({ balance: 1 }) // tx1 holds A
    await conflict(tx2.collection(c).doc('A').update({ balance: 2 }))
    const gone = await expectCode(tx2.commit(), 'DATABASE_TRANSACTION_FAIL')
    expect(gone.message).toMatch(/^\[ResourceUnavailable\.TransactionNotExist\]/)
    // B is free again: tx1 may write it
    await tx1.collection(c).doc('B').update({ balance: 3 })
    await tx1.commit()
    expect([await balance(c, 'A'), await balance(c, 'B')]).toEqual([1, 3])
  })

  test('a rolled back or committed transaction releases what it wrote', async () => {
    const c = await accounts()
    const tx1 = await db1.startTransaction()
    await tx1.collection(c).doc('A').update({ balance: 5 })
    await tx1.rollback()
    const tx2 = await db2.startTransaction()
    await tx2.collection(c).doc('A').update({ balance: 6 })
    await tx2.commit()
    const tx3 = await db1.startTransaction()
    await tx3.collection(c).doc('A').update({ balance: _.inc(1) })
    await tx3.commit()
    expect(await balance(c, 'A')).toBe(7)
  })

  test('two inserts of one _id: the second is refused at the write', async () => {
    const c = await accounts()
    const tx1 = await db1.startTransaction()
    const tx2 = await db2.startTransaction()
    await tx1.collection(c).add({ _id: 'N', by: 1 })
    await conflict(tx2.collection(c).add({ _id: 'N', by: 2 }))
    await tx1.commit()
    const { data } = await db2.collection(c).doc('N').get()
    expect(data).toEqual([{ _id: 'N', by: 1 }])
  })
})

describe('changed since this transaction read it (read-skew): refused at the write', () => {
  test('read A, client 1 changes A outside, writing A is refused before commit', async () => {
    const c = await accounts()
    const tx = await db2.startTransaction()
    const a = (await tx.collection(c).doc('A').get()).data
    await db1.collection(c).doc('A').update({ balance: 50 })
    const message = await conflict(tx.collection(c).doc('A').update({ balance: a.balance - 30 }))
    expect(message).toContain('本事务开始后已被修改')
    expect(await balance(c, 'A')).toBe(50)
  })

  test('a document changed outside after the snapshot is refused even if this transaction never read it', async () => {
    const c = await accounts()
    const tx = await db2.startTransaction()
    await tx.collection(c).doc('B').get() // the snapshot is taken
    await db1.collection(c).doc('A').update({ balance: 0 })
    await db1.collection(c).add({ _id: 'late', balance: 1 })
    await conflict(tx.collection(c).doc('A').update({ balance: 999 }))
    const tx2 = await db2.startTransaction()
    await tx2.collection(c).doc('B').get()
    await db1.collection(c).add({ _id: 'late2', balance: 1 })
    await conflict(tx2.collection(c).doc('late2').set({ balance: 2 }))
    expect(await balance(c, 'A')).toBe(0)
    expect(await balance(c, 'late2')).toBe(1)
  })

  test('a write outside after this transaction\'s write is found at commit', async () => {
    const c = await accounts()
    const tx = await db2.startTransaction()
    await tx.collection(c).doc('A').update({ balance: 1 })
    await db1.collection(c).doc('A').update({ balance: 2 })
    const message = await conflict(tx.commit())
    expect(message).toContain(`(${c}/A)`)
    expect(await balance(c, 'A')).toBe(2)
  })
})

describe('runTransaction from two clients', () => {
  test('concurrent read-modify-write: the loser retries on the conflict and both increments land', async () => {
    const c = await accounts()
    let attempts = 0
    const bump = (db: any) => db.runTransaction(async (tx: any) => {
      attempts++
      const a = (await tx.collection(c).doc('A').get()).data
      await sleep(30)
      await tx.collection(c).doc('A').update({ balance: a.balance + 1 })
    })
    const results = await Promise.allSettled([bump(db1), bump(db2)])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled'])
    expect(attempts).toBeGreaterThanOrEqual(3)
    expect(await balance(c, 'A')).toBe(102)
  })

  test('a writer that holds the document longer than the retries last: the other rejects with the conflict', async () => {
    const c = await accounts()
    const holder = db1.runTransaction(async (tx: any) => {
      await tx.collection(c).doc('A').update({ balance: _.inc(1) })
      await sleep(300) // keep the write open while client 2 tries (and retries) at once
      return 'held'
    })
    await sleep(50)
    let attempts = 0
    const e = await rejection(db2.runTransaction(async (tx: any) => {
      attempts++
      await tx.collection(c).doc('A').update({ balance: _.inc(100) })
    }))
    expect(e.code).toBe('DATABASE_TRANSACTION_CONFLICT')
    expect(attempts).toBe(4) // the SDK's first try and its 3 retries
    expect(await holder).toBe('held')
    expect(await balance(c, 'A')).toBe(101)
    // nothing is left locked: a new transaction writes A
    await db2.runTransaction(async (tx: any) => { await tx.collection(c).doc('A').update({ balance: _.inc(1) }) })
    expect(await balance(c, 'A')).toBe(102)
  })
})

describe('raw-options update form inside runTransaction', () => {
  test('doc().update with MongoDB operators through options({raw: true})', async () => {
    const c = await accounts()
    await db1.collection(c).doc('A').update({ tags: ['a'] })
    const r = await db1.runTransaction(async (tx: any) => {
      const raw = tx.collection(c).options({ raw: true })
      await raw.doc('A').update({ $inc: { balance: -30 }, $set: { 'meta.by': 'raw' }, $push: { tags: { $each: ['b', 'c'], $position: 0 } } })
      await raw.doc('B').update({ $inc: { balance: 30 }, $unset: { missing: '' } })
      return (await tx.collection(c).doc('A').get()).data
    })
    expect(r).toEqual({ _id: 'A', balance: 70, tags: ['b', 'c', 'a'], meta: { by: 'raw' } })
    const { data } = await db2.collection(c).where({ _id: _.in(['A', 'B']) }).orderBy('_id', 'asc').get()
    expect(data).toEqual([{ _id: 'A', balance: 70, tags: ['b', 'c', 'a'], meta: { by: 'raw' } }, { _id: 'B', balance: 130 }])
  })

  test('raw operators also conflict at the write', async () => {
    const c = await accounts()
    const tx1 = await db1.startTransaction()
    await tx1.collection(c).options({ raw: true }).doc('A').update({ $inc: { balance: 1 } })
    const tx2 = await db2.startTransaction()
    await conflict(tx2.collection(c).options({ raw: true }).doc('A').update({ $inc: { balance: 1 } }))
    await tx1.commit()
    expect(await balance(c, 'A')).toBe(101)
  })
})

// Writes where the local CloudBase used to differ from CloudBase, through the real SDK: a batch add of more than
// 1,000 documents is accepted (CloudBase documents no count limit; the request size bounds it), and an update or
// remove sent without a query is refused instead of touching every document.
import { useTestCloud, newCollection, expectCode } from './support'

let db: any
let _: any
useTestCloud((t) => { db = t.db; _ = db.command })

describe('batch add', () => {
  test('5,000 documents in one add() call are all written, in order, with their ids', async () => {
    const c = await newCollection(db, 'fw')
    const docs = Array.from({ length: 5000 }, (_x, i) => ({ i, tag: `t${i % 7}` }))
    const r = await db.collection(c).add(docs)
    expect(r.ids).toHaveLength(5000)
    expect(new Set(r.ids).size).toBe(5000)
    expect((await db.collection(c).count()).total).toBe(5000)
    const last = await db.collection(c).doc(r.ids[4999]).get()
    expect(last.data[0]).toEqual({ _id: r.ids[4999], i: 4999, tag: 't1' })
    expect((await db.collection(c).where({ tag: 't3' }).count()).total).toBe(714)
  })

  test('a batch of 1,500 inside a transaction commits whole', async () => {
    const c = await newCollection(db, 'fwt')
    await db.runTransaction(async (tx: any) => {
      await tx.collection(c).add(Array.from({ length: 1500 }, (_x, i) => ({ _id: `d${i}`, i })))
    })
    expect((await db.collection(c).count()).total).toBe(1500)
  })

  test('one duplicate _id in a large batch writes none of it', async () => {
    const c = await newCollection(db, 'fwd')
    await db.collection(c).add({ _id: 'd1200', i: -1 })
    await expectCode(db.collection(c).add(Array.from({ length: 2000 }, (_x, i) => ({ _id: `d${i}`, i }))), 'DATABASE_DUPLICATE_WRITE')
    expect((await db.collection(c).count()).total).toBe(1)
  })
})

describe('update and remove without a query', () => {
  async function seeded(): Promise<string> {
    const c = await newCollection(db, 'fwq')
    await db.collection(c).add([{ _id: 'a', n: 1 }, { _id: 'b', n: 2 }])
    return c
  }
  const all = async (c: string) => (await db.collection(c).orderBy('_id', 'asc').get()).data

  test('collection().update() with no where() is refused, nothing changes', async () => {
    const c = await seeded()
    const e = await expectCode(db.collection(c).update({ n: _.inc(10) }), 'INVALID_PARAM')
    expect(e.message).toContain('必须指定查询条件')
    await expectCode(db.collection(c).updateAndReturn({ n: 0 }), 'INVALID_PARAM')
    expect(await all(c)).toEqual([{ _id: 'a', n: 1 }, { _id: 'b', n: 2 }])
  })

  test('collection().remove() with no where() is refused, nothing is deleted', async () => {
    const c = await seeded()
    const e = await expectCode(db.collection(c).remove(), 'INVALID_PARAM')
    expect(e.message).toContain('必须指定查询条件')
    expect(await all(c)).toHaveLength(2)
  })

  test('an explicit where({}) still means every document', async () => {
    const c = await seeded()
    expect((await db.collection(c).where({}).update({ n: _.inc(10) })).updated).toBe(2)
    expect(await all(c)).toEqual([{ _id: 'a', n: 11 }, { _id: 'b', n: 12 }])
    expect((await db.collection(c).where({}).remove()).deleted).toBe(2)
    expect(await all(c)).toEqual([])
  })
})

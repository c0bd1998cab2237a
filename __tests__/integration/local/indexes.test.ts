// Unique indexes (declared in database/collections.ts) and collections: a duplicate write fails with
// DATABASE_DUPLICATE_WRITE and writes nothing, whatever the path to it (add, batch add, update, where().update,
// set(), transaction); a missing collection is DATABASE_COLLECTION_NOT_EXIST for every action.
import { useTestCloud, expectCode, rejection, uniqueName, allDocs } from './support'

let db: any
let _: any
useTestCloud((t) => {
  db = t.db
  _ = db.command
})

const orders = () => db.collection('orders')
const byNo = async (orderNo: string) => (await orders().where({ orderNo }).get()).data

describe('unique index orders.orderNo', () => {
  beforeAll(async () => {
    await orders().add([{ _id: 'u1', orderNo: 'N1', v: 1 }, { _id: 'u2', orderNo: 'N2', v: 2 }])
  })

  test('inserting a duplicate fails and writes nothing', async () => {
    const e = await expectCode(orders().add({ orderNo: 'N1', v: 99 }), 'DATABASE_DUPLICATE_WRITE')
    expect(e.message).toMatch(/duplicate/i)
    expect(await byNo('N1')).toEqual([{ _id: 'u1', orderNo: 'N1', v: 1 }])
  })

  test('a batch with one duplicate writes none of the batch', async () => {
    const before = (await orders().count()).total
    await expectCode(orders().add([{ orderNo: 'N10' }, { orderNo: 'N11' }, { orderNo: 'N2' }]), 'DATABASE_DUPLICATE_WRITE')
    expect((await orders().count()).total).toBe(before)
    expect(await byNo('N10')).toEqual([])
    await expectCode(orders().add([{ orderNo: 'N12' }, { orderNo: 'N12' }]), 'DATABASE_DUPLICATE_WRITE')
    expect(await byNo('N12')).toEqual([])
  })

  test('a duplicate _id fails too', async () => {
    await expectCode(orders().add({ _id: 'u1', orderNo: 'N-other' }), 'DATABASE_DUPLICATE_WRITE')
    expect(await byNo('N-other')).toEqual([])
    expect((await orders().doc('u1').get()).data[0].v).toBe(1)
  })

  test('updating a document into a duplicate fails and leaves it unchanged', async () => {
    await expectCode(orders().doc('u2').update({ orderNo: 'N1', v: 3 }), 'DATABASE_DUPLICATE_WRITE')
    expect((await orders().doc('u2').get()).data).toEqual([{ _id: 'u2', orderNo: 'N2', v: 2 }])
    await expectCode(orders().where({ _id: 'u2' }).updateAndReturn({ orderNo: 'N1' }), 'DATABASE_DUPLICATE_WRITE')
    expect((await orders().doc('u2').get()).data).toEqual([{ _id: 'u2', orderNo: 'N2', v: 2 }])
  })

  test('set() replacing or creating into a duplicate fails', async () => {
    await expectCode(orders().doc('u2').set({ orderNo: 'N1' }), 'DATABASE_DUPLICATE_WRITE')
    expect((await orders().doc('u2').get()).data).toEqual([{ _id: 'u2', orderNo: 'N2', v: 2 }])
    await expectCode(orders().doc('u-new').set({ orderNo: 'N1' }), 'DATABASE_DUPLICATE_WRITE')
    expect((await orders().doc('u-new').get()).data).toEqual([])
  })

  test('where().update that would make two documents equal changes none of them', async () => {
    await orders().add([{ _id: 'm1', orderNo: 'M1', grp: 'g' }, { _id: 'm2', orderNo: 'M2', grp: 'g' }])
    await expectCode(orders().where({ grp: 'g' }).update({ orderNo: 'M-same' }), 'DATABASE_DUPLICATE_WRITE')
    expect((await orders().where({ grp: 'g' }).orderBy('_id', 'asc').get()).data.map((d: any) => d.orderNo)).toEqual(['M1', 'M2'])
  })

  test('a transaction whose commit would duplicate fails and writes nothing', async () => {
    const e = await rejection(db.runTransaction(async (tx: any) => {
      await tx.collection('orders').doc('u2').update({ v: 200 })
      await tx.collection('orders').add({ _id: 'tx-dup', orderNo: 'N1' })
    }))
    expect(e.code).toBe('DATABASE_DUPLICATE_WRITE')
    expect((await orders().doc('u2').get()).data[0].v).toBe(2)
    expect((await orders().doc('tx-dup').get()).data).toEqual([])
  })

  test('a value freed by an update or a remove can be used again', async () => {
    await orders().add([{ _id: 'f1', orderNo: 'FREE' }, { _id: 'f2', orderNo: 'GONE' }])
    await orders().doc('f1').update({ orderNo: 'FREE-old' })
    await orders().doc('f2').remove()
    const { ids } = await orders().add([{ orderNo: 'FREE' }, { orderNo: 'GONE' }])
    expect(ids).toHaveLength(2)
    expect((await byNo('FREE')).map((d: any) => d._id)).toEqual([ids[0]])
    expect((await byNo('GONE')).map((d: any) => d._id)).toEqual([ids[1]])
  })
})

test('customers.openid is unique too', async () => {
  await db.collection('customers').add({ _id: 'cu1', openid: 'o-same' })
  await expectCode(db.collection('customers').add({ _id: 'cu2', openid: 'o-same' }), 'DATABASE_DUPLICATE_WRITE')
  expect((await db.collection('customers').where({ openid: 'o-same' }).get()).data.map((d: any) => d._id)).toEqual(['cu1'])
})

test('an indexed field refuses an array (the local engine keeps indexed fields scalar)', async () => {
  await expectCode(orders().add({ _id: 'arr', status: ['a', 'b'] }), 'INVALID_PARAM')
  expect((await orders().doc('arr').get()).data).toEqual([])
  await orders().add({ _id: 'arr2', status: 'new' })
  await expectCode(orders().doc('arr2').update({ status: _.set(['x']) }), 'INVALID_PARAM')
  expect((await orders().doc('arr2').get()).data).toEqual([{ _id: 'arr2', status: 'new' }])
})

describe('collections', () => {
  test('createCollection makes a usable collection; a second time fails with DATABASE_COLLECTION_ALREADY_EXIST', async () => {
    const name = uniqueName('made')
    await db.createCollection(name)
    await db.collection(name).add({ a: 1 })
    expect((await allDocs(db, name)).map((d) => d.a)).toEqual([1])
    await expectCode(db.createCollection(name), 'DATABASE_COLLECTION_ALREADY_EXIST')
    await expectCode(db.createCollection('orders'), 'DATABASE_COLLECTION_ALREADY_EXIST')
    expect((await db.collection(name).count()).total).toBe(1)
  })

  test('an invalid collection name is refused', async () => {
    await expectCode(db.createCollection('../etc'), 'INVALID_PARAM')
    await expectCode(db.createCollection('a"; DROP TABLE x; --'), 'INVALID_PARAM')
  })

  test('every action on a missing collection fails with DATABASE_COLLECTION_NOT_EXIST', async () => {
    const c = () => db.collection('no_such_collection')
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['get', () => c().get()],
      ['where.get', () => c().where({ a: 1 }).get()],
      ['count', () => c().count()],
      ['add', () => c().add({ a: 1 })],
      ['doc.get', () => c().doc('x').get()],
      ['doc.set', () => c().doc('x').set({ a: 1 })],
      ['doc.update', () => c().doc('x').update({ a: 1 })],
      ['doc.remove', () => c().doc('x').remove()],
      ['where.update', () => c().where({ a: 1 }).update({ a: 2 })],
      ['where.remove', () => c().where({ a: 1 }).remove()],
      ['updateAndReturn', () => c().where({ a: 1 }).updateAndReturn({ a: 2 })],
      ['aggregate', () => c().aggregate().match({}).end()]
    ]
    for (const [name, call] of calls) {
      const e = await rejection(call())
      expect({ name, code: e.code }).toEqual({ name, code: 'DATABASE_COLLECTION_NOT_EXIST' })
    }
    // and nothing created it on the way
    await db.createCollection('no_such_collection')
    expect((await db.collection('no_such_collection').count()).total).toBe(0)
  })
})

// The older transaction protocol (getInTransaction / updateDocInTransaction / deleteDocInTransaction, sent by older
// SDKs) over the raw HTTP API: the same snapshot reads, conflicts at the write and CloudBase error codes.
import { useTestCloud, newCollection, postAdmin } from './support'

let db: any
let url: string
useTestCloud((t) => { db = t.db; url = t.url })

const call = async (action: string, params: object) => (await postAdmin(url, { action: `database.${action}`, ...params })).json

test('read, update with raw operators, delete and commit; a second transaction is refused at its write', async () => {
  const c = await newCollection(db, 'txl')
  await db.collection(c).add([{ _id: 'A', n: 1 }, { _id: 'B', n: 2 }])
  const { transactionId: t1 } = await call('startTransaction', {})
  const { transactionId: t2 } = await call('startTransaction', {})
  const got = await call('getInTransaction', { transactionId: t1, collectionName: c, _id: 'A' })
  expect(JSON.parse(got.data)).toEqual({ _id: 'A', n: { $numberInt: '1' } })
  const up = await call('updateDocInTransaction', { transactionId: t1, collectionName: c, _id: 'A', data: JSON.stringify({ $inc: { n: 10 } }) })
  expect(up.updated).toBe('1')
  const del = await call('deleteDocInTransaction', { transactionId: t1, collectionName: c, _id: 'B' })
  expect(del.deleted).toBe('1')
  const refused = await call('updateDocInTransaction', { transactionId: t2, collectionName: c, _id: 'A', data: JSON.stringify({ $set: { n: 0 } }) })
  expect(refused.code).toBe('DATABASE_TRANSACTION_CONFLICT')
  expect((await call('commitTransaction', { transactionId: t2 })).code).toBe('DATABASE_TRANSACTION_FAIL')
  expect((await call('commitTransaction', { transactionId: t1 })).code).toBeUndefined()
  const { data } = await db.collection(c).get()
  expect(data).toEqual([{ _id: 'A', n: 11 }])
})

// Ranges on _id, which the planner answers with the primary key (paging by an _id cursor reads one page): the answer
// is MongoDB's, with string bounds matching string ids only, by byte order, whatever other _id types the collection
// holds, alone or with other conditions, in both directions.
import { useTestCloud, newCollection, ids } from './support'

let db: any
let _: any
let coll: string
useTestCloud((t) => { db = t.db; _ = t.db.command })

const STRING_IDS = ['a', 'a0', 'ab', 'b', 'b-1', 'ba', 'c', 'Z', '中文', 'é']

beforeAll(async () => {
  coll = await newCollection(db, 'idr')
  await db.collection(coll).add([
    ...STRING_IDS.map((id, i) => ({ _id: id, even: i % 2 === 0 })),
    { _id: 5, even: true }, { _id: 100, even: false }
  ])
})

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b))
const sorted = [...STRING_IDS].sort(byteOrder)

it.each([
  ['$gt', 'b', (id: string) => byteOrder(id, 'b') > 0],
  ['$gte', 'b', (id: string) => byteOrder(id, 'b') >= 0],
  ['$lt', 'b', (id: string) => byteOrder(id, 'b') < 0],
  ['$lte', 'b', (id: string) => byteOrder(id, 'b') <= 0],
  ['$gt', '', () => true],
  ['$lt', 'a', (id: string) => byteOrder(id, 'a') < 0]
])('_id %s %j matches string ids only, in byte order', async (op, bound, keep) => {
  const cmd = { $gt: _.gt, $gte: _.gte, $lt: _.lt, $lte: _.lte }[op]!
  const r = await db.collection(coll).where({ _id: cmd(bound) }).orderBy('_id', 'asc').limit(100).get()
  expect(ids(r.data)).toEqual(sorted.filter(keep))
})

it('pages through by an _id cursor with another condition, each document once', async () => {
  const seen: string[] = []
  let after: string | null = null
  for (;;) {
    const where: Record<string, unknown> = after ? { even: true, _id: _.gt(after) } : { even: true }
    const r = await db.collection(coll).where(where).orderBy('_id', 'asc').limit(2).get()
    seen.push(...r.data.map((d: any) => String(d._id)))
    if (r.data.length < 2) break
    after = r.data[r.data.length - 1]._id
  }
  const evenStrings = STRING_IDS.filter((_id, i) => i % 2 === 0)
  // the number id 5 comes first in Mongo's order (numbers before strings) and is not > any string cursor
  expect(seen.filter((s) => s !== '5').sort(byteOrder)).toEqual([...evenStrings].sort(byteOrder))
  expect(new Set(seen).size).toBe(seen.length)
})

it('a range between two strings in an $and, and a number bound (left to the full filter)', async () => {
  const r = await db.collection(coll).where(_.and([{ _id: _.gte('a0') }, { _id: _.lt('c') }])).limit(100).get()
  expect(ids(r.data).sort(byteOrder)).toEqual(sorted.filter((id) => byteOrder(id, 'a0') >= 0 && byteOrder(id, 'c') < 0))
  const n = await db.collection(coll).where({ _id: _.gt(10) }).limit(100).get()
  expect(n.data.map((d: any) => d._id)).toEqual([100])
})

// Aggregation through collection.aggregate()...end(): match, group (with db.command.aggregate operators), sort,
// project, unwind, lookup between two collections, count, limit, skip, sample.
import { startTestCloud, newCollection, expectCode, type TestCloud } from './support'

// jest.config.js gives the integration project testTimeout: 60000, but Jest 29 ignores testTimeout inside a project
// ("Unknown option"), which leaves the 5 s default: set it here.
jest.setTimeout(60_000)

let t: TestCloud
let db: any
let _: any
let $: any
let orders = ''

const D = (s: string) => new Date(s)
const ORDERS = [
  { _id: 'o1', customerId: 'c1', amount: 100, status: 'done', createdAt: D('2024-01-05T00:00:00Z'), items: ['mop', 'glass'] },
  { _id: 'o2', customerId: 'c1', amount: 250, status: 'done', createdAt: D('2024-02-05T00:00:00Z'), items: ['deep'] },
  { _id: 'o3', customerId: 'c2', amount: 80, status: 'pending', createdAt: D('2024-02-10T00:00:00Z'), items: ['mop'] },
  { _id: 'o4', customerId: 'c3', amount: 300, status: 'done', createdAt: D('2024-03-01T00:00:00Z'), items: [] },
  { _id: 'o5', customerId: 'c2', amount: 120, status: 'cancelled', createdAt: D('2024-03-02T00:00:00Z'), items: ['glass', 'mop'] },
  { _id: 'o6', customerId: 'c9', amount: 60, status: 'done', createdAt: D('2024-03-03T00:00:00Z'), items: ['mop'] }
]
const CUSTOMERS = [
  { _id: 'c1', name: '李', openid: 'o-c1', stage: 'loyal' },
  { _id: 'c2', name: '王', openid: 'o-c2', stage: 'new' },
  { _id: 'c3', name: '张', openid: 'o-c3', stage: 'new' }
]

beforeAll(async () => {
  t = await startTestCloud()
  db = t.db
  _ = db.command
  $ = db.command.aggregate
  orders = 'orders'
  await db.collection(orders).add(ORDERS)
  await db.collection('customers').add(CUSTOMERS)
})
afterAll(async () => { await t?.close() })

test('match + group with sum/avg/max/min/count/push/addToSet + sort', async () => {
  const { data } = await db.collection(orders).aggregate()
    .match({ status: _.neq('cancelled') })
    .group({
      _id: '$customerId',
      total: $.sum('$amount'),
      avg: $.avg('$amount'),
      max: $.max('$amount'),
      min: $.min('$amount'),
      n: $.sum(1),
      ids: $.push('$_id'),
      statuses: $.addToSet('$status'),
      first: $.min('$createdAt')
    })
    .sort({ _id: 1 })
    .end()
  expect(data).toEqual([
    { _id: 'c1', total: 350, avg: 175, max: 250, min: 100, n: 2, ids: ['o1', 'o2'], statuses: ['done'], first: D('2024-01-05T00:00:00Z') },
    { _id: 'c2', total: 80, avg: 80, max: 80, min: 80, n: 1, ids: ['o3'], statuses: ['pending'], first: D('2024-02-10T00:00:00Z') },
    { _id: 'c3', total: 300, avg: 300, max: 300, min: 300, n: 1, ids: ['o4'], statuses: ['done'], first: D('2024-03-01T00:00:00Z') },
    { _id: 'c9', total: 60, avg: 60, max: 60, min: 60, n: 1, ids: ['o6'], statuses: ['done'], first: D('2024-03-03T00:00:00Z') }
  ])
})

test('group everything (_id null) after a date-range match on an indexed field', async () => {
  const { data } = await db.collection(orders).aggregate()
    .match({ createdAt: _.gte(D('2024-02-01T00:00:00Z')).and(_.lt(D('2024-03-02T00:00:00Z'))) })
    .group({ _id: null, revenue: $.sum('$amount'), count: $.sum(1) })
    .end()
  expect(data).toEqual([{ _id: null, revenue: 630, count: 3 }])
})

test('project: include, computed fields, exclude', async () => {
  const { data } = await db.collection(orders).aggregate()
    .match({ _id: _.in(['o1', 'o4']) })
    .project({ _id: 0, customerId: 1, yuan: $.divide(['$amount', 100]), label: $.concat(['$status', '-', '$customerId']), n: $.size('$items') })
    .sort({ yuan: -1 })
    .end()
  expect(data).toEqual([
    { customerId: 'c3', yuan: 3, label: 'done-c3', n: 0 },
    { customerId: 'c1', yuan: 1, label: 'done-c1', n: 2 }
  ])
  const excluded = await db.collection(orders).aggregate().match({ _id: 'o3' }).project({ items: 0, createdAt: 0 }).end()
  expect(excluded.data).toEqual([{ _id: 'o3', customerId: 'c2', amount: 80, status: 'pending' }])
})

test('unwind then group counts array elements', async () => {
  const { data } = await db.collection(orders).aggregate()
    .unwind('$items')
    .group({ _id: '$items', n: $.sum(1) })
    .sort({ n: -1, _id: 1 })
    .end()
  expect(data).toEqual([{ _id: 'mop', n: 4 }, { _id: 'glass', n: 2 }, { _id: 'deep', n: 1 }])
  const withEmpty = await db.collection(orders).aggregate()
    .match({ _id: _.in(['o1', 'o4']) })
    .unwind({ path: '$items', preserveNullAndEmptyArrays: true })
    .project({ items: 1 })
    .end()
  expect(withEmpty.data).toEqual([{ _id: 'o1', items: 'mop' }, { _id: 'o1', items: 'glass' }, { _id: 'o4' }])
})

test('lookup joins another collection', async () => {
  const { data } = await db.collection(orders).aggregate()
    .match({ status: 'done' })
    .lookup({ from: 'customers', localField: 'customerId', foreignField: '_id', as: 'customer' })
    .project({ _id: 1, customer: 1 })
    .sort({ _id: 1 })
    .end()
  expect(data).toEqual([
    { _id: 'o1', customer: [CUSTOMERS[0]] },
    { _id: 'o2', customer: [CUSTOMERS[0]] },
    { _id: 'o4', customer: [CUSTOMERS[2]] },
    { _id: 'o6', customer: [] }
  ])
})

test('lookup from the other side, then group', async () => {
  const { data } = await db.collection('customers').aggregate()
    .lookup({ from: orders, localField: '_id', foreignField: 'customerId', as: 'orders' })
    .project({ name: 1, spent: $.sum('$orders.amount'), orders: $.size('$orders') })
    .sort({ spent: -1 })
    .end()
  expect(data).toEqual([
    { _id: 'c1', name: '李', spent: 350, orders: 2 },
    { _id: 'c3', name: '张', spent: 300, orders: 1 },
    { _id: 'c2', name: '王', spent: 200, orders: 2 }
  ])
})

test('count', async () => {
  expect((await db.collection(orders).aggregate().match({ status: 'done' }).count('n').end()).data).toEqual([{ n: 4 }])
  expect((await db.collection(orders).aggregate().match({ status: 'nope' }).count('n').end()).data).toEqual([])
})

test('sort + skip + limit', async () => {
  const { data } = await db.collection(orders).aggregate().sort({ amount: -1 }).skip(1).limit(3).project({ amount: 1 }).end()
  expect(data).toEqual([{ _id: 'o2', amount: 250 }, { _id: 'o5', amount: 120 }, { _id: 'o1', amount: 100 }])
})

test('sample picks distinct documents of the collection', async () => {
  const { data } = await db.collection(orders).aggregate().sample({ size: 3 }).end()
  expect(data).toHaveLength(3)
  const ids = data.map((d: any) => d._id)
  expect(new Set(ids).size).toBe(3)
  for (const d of data) expect(d).toEqual(ORDERS.find((o) => o._id === d._id))
  const all = await db.collection(orders).aggregate().sample({ size: 100 }).end()
  expect(all.data.map((d: any) => d._id).sort()).toEqual(ORDERS.map((o) => o._id))
})

test('a match on an unindexed collection answers like the indexed one', async () => {
  const plain = await newCollection(db, 'agg_plain')
  await db.collection(plain).add(ORDERS)
  const run = (c: string) => db.collection(c).aggregate()
    .match({ createdAt: _.gt(D('2024-02-05T00:00:00Z')), customerId: _.in(['c2', 'c3']) })
    .group({ _id: '$status', total: $.sum('$amount') })
    .sort({ _id: 1 })
    .end()
  const expected = [{ _id: 'cancelled', total: 120 }, { _id: 'done', total: 300 }, { _id: 'pending', total: 80 }]
  expect((await run(orders)).data).toEqual(expected)
  expect((await run(plain)).data).toEqual(expected)
})

test('aggregating a missing collection fails with DATABASE_COLLECTION_NOT_EXIST', async () => {
  await expectCode(db.collection('no_such_collection').aggregate().match({ a: 1 }).end(), 'DATABASE_COLLECTION_NOT_EXIST')
})

test('an unknown stage, a bad $sample or a bad $count name is refused with INVALID_PARAM', async () => {
  await expectCode(db.collection(orders).options({ raw: true }).aggregate([{ $noSuchStage: {} }]).end(), 'INVALID_PARAM')
  await expectCode(db.collection(orders).options({ raw: true }).aggregate([{ $sample: { size: 'two' } }]).end(), 'INVALID_PARAM')
  await expectCode(db.collection(orders).aggregate().count('$bad').end(), 'INVALID_PARAM')
})

// Read options: multi-field orderBy (sorted by SQLite on indexed fields, by mingo otherwise: same answer), skip/limit
// paging, the default limit of 100 and the cap of 1000, field projection.
import { startTestCloud, newCollection, addAll, postAdmin, type TestCloud } from './support'

// jest.config.js gives the integration project testTimeout: 60000, but Jest 29 ignores testTimeout inside a project
// ("Unknown option"), which leaves the 5 s default: set it here.
jest.setTimeout(60_000)

let t: TestCloud
let db: any
let _: any
let plain = ''

const D = (s: string) => new Date(s)
// status, start, createdAt are indexed in 'orders'; tag is not
const DOCS = [
  { _id: 's1', status: 'b', start: 1, createdAt: D('2024-01-01T00:00:00Z'), tag: 'x' },
  { _id: 's2', status: 'a', start: 5, createdAt: D('1960-01-01T00:00:00Z'), tag: 'y' },
  { _id: 's3', status: 'b', start: 3, createdAt: D('2023-06-01T00:00:00Z'), tag: 'y' },
  { _id: 's4', start: 2, createdAt: D('2025-01-01T00:00:00Z'), tag: 'x' },
  { _id: 's5', status: 'a', start: 7, tag: 'x' },
  { _id: 's6', status: 'c', start: 3, createdAt: D('1969-12-31T23:59:59.999Z'), tag: 'y' },
  { _id: 's7', status: null, start: 4, createdAt: D('2000-01-01T00:00:00Z'), tag: 'z' }
]

beforeAll(async () => {
  t = await startTestCloud()
  db = t.db
  _ = db.command
  plain = await newCollection(db, 'sort_plain')
  await db.collection('orders').add(DOCS)
  await db.collection(plain).add(DOCS)
})
afterAll(async () => { await t?.close() })

const order = (list: any[]) => list.map((d) => d._id)

describe.each([['indexed (orders)', () => 'orders'], ['unindexed', () => plain]])('orderBy, %s', (_name, coll) => {
  test('two fields: status asc (null and missing first), start desc', async () => {
    const { data } = await db.collection(coll()).orderBy('status', 'asc').orderBy('start', 'desc').get()
    expect(order(data)).toEqual(['s7', 's4', 's5', 's2', 's3', 's1', 's6'])
  })

  test('two fields: status desc, start asc', async () => {
    const { data } = await db.collection(coll()).orderBy('status', 'desc').orderBy('start', 'asc').get()
    expect(order(data)).toEqual(['s6', 's1', 's3', 's2', 's5', 's4', 's7'])
  })

  test('dates in time order, before 1970 too; missing first', async () => {
    const asc = await db.collection(coll()).orderBy('createdAt', 'asc').get()
    expect(order(asc.data)).toEqual(['s5', 's2', 's6', 's7', 's3', 's1', 's4'])
    const desc = await db.collection(coll()).orderBy('createdAt', 'desc').get()
    expect(order(desc.data)).toEqual(['s4', 's1', 's3', 's7', 's6', 's2', 's5'])
  })

  test('an indexed and an unindexed field together', async () => {
    const { data } = await db.collection(coll()).orderBy('tag', 'desc').orderBy('start', 'asc').get()
    expect(order(data)).toEqual(['s7', 's3', 's6', 's2', 's1', 's4', 's5'])
  })

  test('where + orderBy + skip + limit pages through the same order', async () => {
    const all = order((await db.collection(coll()).where({ start: _.gte(2) }).orderBy('start', 'asc').orderBy('_id', 'desc').get()).data)
    expect(all).toEqual(['s4', 's6', 's3', 's7', 's2', 's5'])
    const pages: string[] = []
    for (let skip = 0; skip < 8; skip += 4) {
      const { data } = await db.collection(coll()).where({ start: _.gte(2) }).orderBy('start', 'asc').orderBy('_id', 'desc').skip(skip).limit(4).get()
      pages.push(...order(data))
    }
    expect(pages).toEqual(all)
    const last = await db.collection(coll()).where({ start: _.gte(2) }).orderBy('start', 'asc').orderBy('_id', 'desc').skip(6).get()
    expect(last.data).toEqual([])
  })

  test('a date range with a sort', async () => {
    const { data } = await db.collection(coll())
      .where({ createdAt: _.lt(D('2024-01-01T00:00:00Z')) })
      .orderBy('createdAt', 'desc').get()
    expect(order(data)).toEqual(['s3', 's7', 's6', 's2'])
  })
})

describe('limits', () => {
  let bulk = ''
  beforeAll(async () => {
    bulk = await newCollection(db, 'bulk')
    const ids = await addAll(db, bulk, Array.from({ length: 1100 }, (_x, i) => ({ i, even: i % 2 === 0 })))
    expect(ids).toHaveLength(1100)
  })

  test('count sees all 1100 documents', async () => {
    expect((await db.collection(bulk).count()).total).toBe(1100)
    expect((await db.collection(bulk).where({ even: true }).count()).total).toBe(550)
  })

  test('get() without limit returns the first 100', async () => {
    const { data } = await db.collection(bulk).get()
    expect(data).toHaveLength(100)
    expect(data.map((d: any) => d.i)).toEqual(Array.from({ length: 100 }, (_x, i) => i))
  })

  test('limit(1000) returns 1000, limit(5000) is capped at 1000', async () => {
    expect((await db.collection(bulk).limit(1000).get()).data).toHaveLength(1000)
    const capped = await db.collection(bulk).orderBy('i', 'desc').limit(5000).get()
    expect(capped.data).toHaveLength(1000)
    expect(capped.data[0].i).toBe(1099)
    expect(capped.data[999].i).toBe(100)
  })

  test('skip past the first 1000', async () => {
    const { data } = await db.collection(bulk).orderBy('i', 'asc').skip(1000).limit(1000).get()
    expect(data.map((d: any) => d.i)).toEqual(Array.from({ length: 100 }, (_x, i) => 1000 + i))
  })

  test('the server caps limit at 1000 and defaults it to 100 (raw protocol)', async () => {
    const big = await postAdmin(t.url, { action: 'database.getDocument', collectionName: bulk, limit: 5000 })
    expect(big.status).toBe(200)
    expect(big.json.data.list).toHaveLength(1000)
    expect(big.json.data.limit).toBe(1000)
    const dflt = await postAdmin(t.url, { action: 'database.getDocument', collectionName: bulk })
    expect(dflt.json.data.list).toHaveLength(100)
  })
})

describe('projection', () => {
  let c = ''
  beforeAll(async () => {
    c = await newCollection(db, 'proj')
    await db.collection(c).add({ _id: 'p', a: 1, b: 'two', profile: { name: 'Li', phone: '138' }, big: 'x'.repeat(1000) })
  })

  test('include fields (and _id)', async () => {
    const { data } = await db.collection(c).field({ a: true, profile: true }).get()
    expect(data).toEqual([{ _id: 'p', a: 1, profile: { name: 'Li', phone: '138' } }])
  })

  test('exclude fields', async () => {
    const { data } = await db.collection(c).field({ big: false, profile: 0 }).get()
    expect(data).toEqual([{ _id: 'p', a: 1, b: 'two' }])
  })

  test('a nested field, and _id excluded', async () => {
    const { data } = await db.collection(c).field({ 'profile.name': true, _id: false }).get()
    expect(data).toEqual([{ profile: { name: 'Li' } }])
  })

  test('doc().field()', async () => {
    const { data } = await db.collection(c).doc('p').field({ b: true }).get()
    expect(data).toEqual([{ _id: 'p', b: 'two' }])
  })

  test('projection with where, orderBy and an indexed sort', async () => {
    const { data } = await db.collection('orders').where({ start: _.gt(3) }).orderBy('start', 'asc').field({ start: true, _id: false }).get()
    expect(data).toEqual([{ start: 4 }, { start: 5 }, { start: 7 }])
  })
})

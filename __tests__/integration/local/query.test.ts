// Every query command of the SDK, answered the same way whether the planner can push the condition down to SQL or
// not. Each case runs on three layouts of the same six documents:
//   indexed    'orders', where status/start/createdAt/customerId are indexed  -> expression index (no array clause)
//   unindexed  a fresh collection with no index                             -> SQL with "or it is an array", then mingo
//   nested     the same fields under `n.` in a fresh collection             -> mingo only
import { startTestCloud, newCollection, ids, type TestCloud } from './support'

// jest.config.js gives the integration project testTimeout: 60000, but Jest 29 ignores testTimeout inside a project
// ("Unknown option"), which leaves the 5 s default: set it here.
jest.setTimeout(60_000)

let t: TestCloud
let db: any
let _: any

const D = (s: string) => new Date(s)

// status, start, createdAt, customerId are indexed in 'orders'; tags, lvl, vip, note, items never are.
const DOCS: Array<Record<string, any>> = [
  { _id: 'a', status: 'pending', start: 10, createdAt: D('2024-01-01T00:00:00Z'), customerId: 'c1', tags: ['red', 'big'], vip: true, lvl: 3, note: 'Hello World', items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 5 }] },
  { _id: 'b', status: 'done', start: 20, createdAt: D('2024-02-01T00:00:00Z'), customerId: 'c2', tags: ['blue'], vip: false, lvl: [1, 7], note: 'hello there', items: [{ sku: 'a', qty: 3 }] },
  { _id: 'c', status: 'pending', start: 30, createdAt: D('1965-06-01T00:00:00Z'), customerId: null, tags: [], vip: true, lvl: 8, note: 'Bye', items: [] },
  { _id: 'd', status: 'cancelled', start: 5, createdAt: D('2025-01-01T00:00:00Z'), tags: ['red'], lvl: [], note: null },
  { _id: 'e', start: 15.5, createdAt: D('2024-03-01T00:00:00Z'), customerId: 'c1', tags: ['green', 'red', 'blue'], vip: false, lvl: 5, note: 'HELLO', items: [{ sku: 'b', qty: 2 }] },
  { _id: 'f', status: 'done', start: -3, createdAt: D('2023-12-31T23:59:59.999Z'), customerId: 'c3', tags: ['big'], vip: true, lvl: [5, 9], note: 'x', items: [{ sku: 'c', qty: 10 }] }
]

type Wrap = (fields: Record<string, any>) => Record<string, any>
type Case = [string, (w: Wrap) => Record<string, any> | any, string[]]

// Expected answers are MongoDB's (what CloudBase gives), written out by hand.
const CASES: Case[] = [
  ['implicit eq on a string', (w) => w({ status: 'done' }), ['b', 'f']],
  ['eq', (w) => w({ status: _.eq('pending') }), ['a', 'c']],
  ['neq (missing matches)', (w) => w({ status: _.neq('done') }), ['a', 'c', 'd', 'e']],
  ['gt on numbers', (w) => w({ start: _.gt(10) }), ['b', 'c', 'e']],
  ['gte on numbers', (w) => w({ start: _.gte(10) }), ['a', 'b', 'c', 'e']],
  ['lt on numbers (negative)', (w) => w({ start: _.lt(10) }), ['d', 'f']],
  ['lte on numbers', (w) => w({ start: _.lte(10) }), ['a', 'd', 'f']],
  ['eq on a float', (w) => w({ start: 15.5 }), ['e']],
  ['a number does not equal its string', (w) => w({ start: '10' }), []],
  ['gt on strings', (w) => w({ status: _.gt('d') }), ['a', 'b', 'c', 'f']],
  ['in', (w) => w({ status: _.in(['done', 'cancelled']) }), ['b', 'd', 'f']],
  ['in with an empty list', (w) => w({ status: _.in([]) }), []],
  ['nin (missing matches)', (w) => w({ status: _.nin(['done', 'cancelled']) }), ['a', 'c', 'e']],
  ['and on one field', (w) => w({ start: _.gt(0).and(_.lt(20)) }), ['a', 'd', 'e']],
  ['_.and of two fields', (w) => _.and([w({ status: 'pending' }), w({ start: _.gt(15) })]), ['c']],
  ['two fields in one object', (w) => w({ status: 'pending', start: _.gt(15) }), ['c']],
  ['_.or across fields', (w) => _.or([w({ status: 'cancelled' }), w({ start: _.gte(30) })]), ['c', 'd']],
  ['or on one field', (w) => w({ start: _.lt(0).or(_.gt(25)) }), ['c', 'f']],
  ['_.or of indexed and unindexed fields', (w) => _.or([w({ customerId: 'c1' }), w({ tags: 'blue' })]), ['a', 'b', 'e']],
  ['_.nor', (w) => _.nor([w({ status: 'done' }), w({ start: _.lt(10) })]), ['a', 'c', 'e']],
  ['not(gt)', (w) => w({ start: _.not(_.gt(10)) }), ['a', 'd', 'f']],
  ['not(eq) (missing matches)', (w) => w({ status: _.not(_.eq('done')) }), ['a', 'c', 'd', 'e']],
  ['not(regex)', (w) => w({ status: _.not(/^d/) }), ['a', 'c', 'd', 'e']],
  ['exists(true) (null exists)', (w) => w({ customerId: _.exists(true) }), ['a', 'b', 'c', 'e', 'f']],
  ['exists(false)', (w) => w({ customerId: _.exists(false) }), ['d']],
  ['eq null matches null and missing', (w) => w({ customerId: null }), ['c', 'd']],
  ['neq null', (w) => w({ customerId: _.neq(null) }), ['a', 'b', 'e', 'f']],
  ['in with null', (w) => w({ customerId: _.in([null, 'c3']) }), ['c', 'd', 'f']],
  ['eq on a date', (w) => w({ createdAt: D('2024-02-01T00:00:00Z') }), ['b']],
  ['gt on dates', (w) => w({ createdAt: _.gt(D('2024-01-01T00:00:00Z')) }), ['b', 'd', 'e']],
  ['lt on dates (incl. before 1970)', (w) => w({ createdAt: _.lt(D('2024-01-01T00:00:00Z')) }), ['c', 'f']],
  ['date range to the millisecond', (w) => w({ createdAt: _.gte(D('2023-12-31T23:59:59.999Z')).and(_.lt(D('2024-02-01T00:00:00Z'))) }), ['a', 'f']],
  ['in on dates', (w) => w({ createdAt: _.in([D('2024-02-01T00:00:00Z'), D('1965-06-01T00:00:00Z')]) }), ['b', 'c']],
  ['a date is not a number', (w) => w({ createdAt: _.gt(0) }), []],
  ['eq true', (w) => w({ vip: true }), ['a', 'c', 'f']],
  ['eq false', (w) => w({ vip: false }), ['b', 'e']],
  ['neq true (missing matches)', (w) => w({ vip: _.neq(true) }), ['b', 'd', 'e']],
  ['exists(false) on a boolean', (w) => w({ vip: _.exists(false) }), ['d']],
  ['eq on an array element', (w) => w({ tags: 'red' }), ['a', 'd', 'e']],
  ['in on array elements', (w) => w({ tags: _.in(['blue', 'green']) }), ['b', 'e']],
  ['nin on array elements', (w) => w({ tags: _.nin(['red', 'blue']) }), ['c', 'f']],
  ['neq on array elements', (w) => w({ tags: _.neq('red') }), ['b', 'c', 'f']],
  ['gt on a field that is a number or an array', (w) => w({ lvl: _.gt(6) }), ['b', 'c', 'f']],
  ['lt on a field that is a number or an array', (w) => w({ lvl: _.lt(2) }), ['b']],
  ['size(1)', (w) => w({ tags: _.size(1) }), ['b', 'd', 'f']],
  ['size(0)', (w) => w({ tags: _.size(0) }), ['c']],
  ['mod', (w) => w({ start: _.mod(10, 0) }), ['a', 'b', 'c']],
  ['all', (w) => w({ tags: _.all(['red', 'big']) }), ['a']],
  ['all with one value', (w) => w({ tags: _.all(['red']) }), ['a', 'd', 'e']],
  ['elemMatch on objects', (w) => w({ items: _.elemMatch({ sku: 'a', qty: _.gt(2) }) }), ['b']],
  ['elemMatch on numbers', (w) => w({ lvl: _.elemMatch(_.gt(6)) }), ['b', 'f']],
  ['dotted path into an array of objects', (w) => w({ items: { sku: 'b' } }), ['a', 'e']],
  ['JS RegExp with a flag', (w) => w({ note: /^hello/i }), ['a', 'b', 'e']],
  ['JS RegExp, case sensitive', (w) => w({ note: /World$/ }), ['a']],
  ['db.RegExp with options', (w) => w({ note: db.RegExp({ regexp: '^hello', options: 'i' }) }), ['a', 'b', 'e']],
  ['db.RegExp on an indexed field', (w) => w({ status: db.RegExp({ regexp: '^p' }) }), ['a', 'c']],
  ['JS RegExp alternation on an indexed field', (w) => w({ status: /^(done|canc)/ }), ['b', 'd', 'f']],
  ['regex with a condition on another field', (w) => w({ note: /^h/i, start: _.gte(15) }), ['b', 'e']]
]

const variants: Array<{ name: string; coll: () => string; wrap: Wrap }> = []
let plain = ''
let nested = ''
variants.push({ name: 'indexed (orders)', coll: () => 'orders', wrap: (o) => o })
variants.push({ name: 'unindexed top-level', coll: () => plain, wrap: (o) => o })
variants.push({ name: 'nested (mingo only)', coll: () => nested, wrap: (o) => ({ n: o }) })

beforeAll(async () => {
  t = await startTestCloud()
  db = t.db
  _ = db.command
  plain = await newCollection(db, 'q_plain')
  nested = await newCollection(db, 'q_nested')
  await db.collection('orders').add(DOCS)
  await db.collection(plain).add(DOCS)
  await db.collection(nested).add(DOCS.map(({ _id, ...rest }) => ({ _id, n: rest })))
})
afterAll(async () => { await t?.close() })

describe.each(variants)('query commands, $name', ({ coll, wrap }) => {
  test.each(CASES)('%s', async (_name, build, expected) => {
    const query = build(wrap)
    const got = await db.collection(coll()).where(query).get()
    expect(ids(got.data)).toEqual([...expected].sort())
    const { total } = await db.collection(coll()).where(build(wrap)).count()
    expect(total).toBe(expected.length)
  })
})

test('documents come back intact: dates as Date, arrays, null, nested objects', async () => {
  const { data } = await db.collection('orders').doc('c').get()
  expect(data).toHaveLength(1)
  expect(data[0]).toEqual(DOCS[2])
  expect(data[0].createdAt).toBeInstanceOf(Date)
  const { data: [f] } = await db.collection(nested).doc('f').get()
  expect(f.n.createdAt.toISOString()).toBe('2023-12-31T23:59:59.999Z')
})

test('booleans on an indexed field (cleaners.active) answer like an unindexed one', async () => {
  const other = await newCollection(db, 'q_bool')
  const docs = [
    { _id: 'yes', active: true }, { _id: 'no', active: false }, { _id: 'one', active: 1 },
    { _id: 'zero', active: 0 }, { _id: 'nul', active: null }, { _id: 'none' }
  ]
  await db.collection('cleaners').add(docs)
  await db.collection(other).add(docs)
  const cases: Array<[any, string[]]> = [
    [{ active: true }, ['yes']],
    [{ active: false }, ['no']],
    [{ active: 1 }, ['one']],
    [{ active: 0 }, ['zero']],
    [{ active: _.in([true]) }, ['yes']],
    [{ active: _.in([false, null]) }, ['no', 'none', 'nul']],
    [{ active: _.neq(true) }, ['no', 'none', 'nul', 'one', 'zero']],
    [{ active: _.gt(false) }, ['yes']],
    [{ active: _.gte(0) }, ['one', 'zero']],
    [{ active: _.exists(false) }, ['none']]
  ]
  for (const coll of ['cleaners', other]) {
    for (const [where, expected] of cases) {
      const { data } = await db.collection(coll).where(where).get()
      expect({ coll, where, got: ids(data) }).toEqual({ coll, where, got: expected })
    }
  }
})

test('_id conditions: eq, in, neq, and a doc() that does not exist', async () => {
  expect(ids((await db.collection('orders').where({ _id: 'b' }).get()).data)).toEqual(['b'])
  expect(ids((await db.collection('orders').where({ _id: _.in(['a', 'f', 'zz']) }).get()).data)).toEqual(['a', 'f'])
  expect(ids((await db.collection(plain).where({ _id: _.neq('a'), status: 'pending' }).get()).data)).toEqual(['c'])
  expect((await db.collection('orders').doc('zz').get()).data).toEqual([])
})

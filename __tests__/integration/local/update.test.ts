// Every update command of the SDK, plain-object (nested) updates, set() upserts, updateAndReturn, where().update on
// many documents, removes, Date and db.serverDate().
import { startTestCloud, newCollection, ids, type TestCloud } from './support'

// jest.config.js gives the integration project testTimeout: 60000, but Jest 29 ignores testTimeout inside a project
// ("Unknown option"), which leaves the 5 s default: set it here.
jest.setTimeout(60_000)

let t: TestCloud
let db: any
let _: any
let coll: string

beforeAll(async () => {
  t = await startTestCloud()
  db = t.db
  _ = db.command
  coll = await newCollection(db, 'upd')
})
afterAll(async () => { await t?.close() })

/** Insert one document, apply one update through doc().update(), and return {updated, doc}. */
async function after(start: Record<string, any>, update: Record<string, any>) {
  const { id } = await db.collection(coll).add(start)
  const r = await db.collection(coll).doc(id).update(update)
  const { data } = await db.collection(coll).doc(id).get()
  const { _id, ...doc } = data[0]
  expect(_id).toBe(id)
  return { updated: r.updated, doc }
}

describe('field commands', () => {
  test('set replaces a sub-object, a plain object merges into it', async () => {
    const start = { profile: { name: 'Li', city: 'Beijing' }, n: 1 }
    expect(await after(start, { profile: _.set({ city: 'Shanghai' }) })).toEqual({ updated: 1, doc: { profile: { city: 'Shanghai' }, n: 1 } })
    expect(await after(start, { profile: { city: 'Shanghai' } })).toEqual({ updated: 1, doc: { profile: { name: 'Li', city: 'Shanghai' }, n: 1 } })
    expect(await after(start, { profile: { address: { zip: '100000' } } })).toEqual({
      updated: 1, doc: { profile: { name: 'Li', city: 'Beijing', address: { zip: '100000' } }, n: 1 }
    })
    expect(await after(start, { 'profile.name': 'Wang', extra: [1, { a: 2 }] })).toEqual({
      updated: 1, doc: { profile: { name: 'Wang', city: 'Beijing' }, n: 1, extra: [1, { a: 2 }] }
    })
  })

  test('remove deletes a field, nested or not', async () => {
    expect(await after({ a: 1, b: { c: 2, d: 3 } }, { a: _.remove(), b: { c: _.remove() } })).toEqual({ updated: 1, doc: { b: { d: 3 } } })
  })

  test('inc adds (also negative, also to a missing field, also nested)', async () => {
    expect(await after({ n: 5, m: { k: 1.5 } }, { n: _.inc(-7), m: { k: _.inc(1) }, fresh: _.inc(3) })).toEqual({
      updated: 1, doc: { n: -2, m: { k: 2.5 }, fresh: 3 }
    })
  })

  test('mul multiplies (a missing field becomes 0)', async () => {
    expect(await after({ n: 4 }, { n: _.mul(2.5), fresh: _.mul(9) })).toEqual({ updated: 1, doc: { n: 10, fresh: 0 } })
  })

  test('min and max keep the smaller / larger value', async () => {
    expect(await after({ lo: 5, hi: 5, a: 1, b: 9 }, { lo: _.min(3), hi: _.max(8), a: _.min(4), b: _.max(2) })).toEqual({
      updated: 1, doc: { lo: 3, hi: 8, a: 1, b: 9 }
    })
    const d1 = new Date('2024-01-01T00:00:00Z')
    const d2 = new Date('2025-01-01T00:00:00Z')
    const r = await after({ first: d2, last: d1 }, { first: _.min(d1), last: _.max(d2) })
    expect(r.doc).toEqual({ first: d1, last: d2 })
  })

  test('rename moves a field; onto itself or into itself it is refused and nothing is lost', async () => {
    expect(await after({ old: 'v', keep: 1 }, { old: _.rename('fresh') })).toEqual({ updated: 1, doc: { fresh: 'v', keep: 1 } })
    const { id } = await db.collection(coll).add({ a: { b: 1 }, keep: 1 })
    for (const to of ['a', 'a.c', '_id']) {
      const e = await db.collection(coll).doc(id).update({ a: _.rename(to) }).catch((x: any) => x)
      expect({ to, code: e.code }).toEqual({ to, code: 'INVALID_PARAM' })
    }
    expect((await db.collection(coll).doc(id).get()).data).toEqual([{ _id: id, a: { b: 1 }, keep: 1 }])
  })

  test('several commands in one update', async () => {
    expect(await after({ n: 1, tags: ['a'], gone: true }, { n: _.inc(1), tags: _.push('b'), gone: _.remove(), note: 'x' })).toEqual({
      updated: 1, doc: { n: 2, tags: ['a', 'b'], note: 'x' }
    })
  })
})

describe('array commands', () => {
  test('push one value, several values', async () => {
    expect((await after({ a: [1] }, { a: _.push(2) })).doc.a).toEqual([1, 2])
    expect((await after({ a: [1] }, { a: _.push([2, 3]) })).doc.a).toEqual([1, 2, 3])
    expect((await after({}, { a: _.push('x') })).doc.a).toEqual(['x'])
  })

  test('push with each + position', async () => {
    expect((await after({ a: [1, 4] }, { a: _.push({ each: [2, 3], position: 1 }) })).doc.a).toEqual([1, 2, 3, 4])
  })

  test('push with each + slice keeps the last / first n', async () => {
    expect((await after({ a: [1, 2, 3] }, { a: _.push({ each: [4, 5], slice: -3 }) })).doc.a).toEqual([3, 4, 5])
    expect((await after({ a: [1, 2, 3] }, { a: _.push({ each: [4], slice: 2 }) })).doc.a).toEqual([1, 2])
  })

  test('push with each + sort (values, and objects by a field) + slice', async () => {
    expect((await after({ a: [5, 1] }, { a: _.push({ each: [3, 9], sort: 1 }) })).doc.a).toEqual([1, 3, 5, 9])
    const scores = [{ s: 3 }, { s: 7 }]
    expect((await after({ a: scores }, { a: _.push({ each: [{ s: 5 }, { s: 1 }], sort: { s: -1 }, slice: 3 }) })).doc.a).toEqual([{ s: 7 }, { s: 5 }, { s: 3 }])
  })

  test('pop removes the last element, shift the first', async () => {
    expect((await after({ a: [1, 2, 3] }, { a: _.pop() })).doc.a).toEqual([1, 2])
    expect((await after({ a: [1, 2, 3] }, { a: _.shift() })).doc.a).toEqual([2, 3])
  })

  test('unshift puts values in front, in order', async () => {
    expect((await after({ a: [3] }, { a: _.unshift(1, 2) })).doc.a).toEqual([1, 2, 3])
    expect((await after({ a: [3] }, { a: _.unshift([0]) })).doc.a).toEqual([0, 3])
  })

  test('addToSet adds only what is missing', async () => {
    expect(await after({ a: ['x', 'y'] }, { a: _.addToSet('x') })).toEqual({ updated: 0, doc: { a: ['x', 'y'] } })
    expect((await after({ a: ['x'] }, { a: _.addToSet('z') })).doc.a).toEqual(['x', 'z'])
    expect((await after({ a: ['x'] }, { a: _.addToSet({ $each: ['x', 'w', 'w'] }) })).doc.a).toEqual(['x', 'w'])
  })

  test('pull removes matching values (by value and by condition)', async () => {
    expect((await after({ a: [1, 2, 1, 3] }, { a: _.pull(1) })).doc.a).toEqual([2, 3])
    expect((await after({ a: [1, 6, 2, 9] }, { a: _.pull(_.gt(5)) })).doc.a).toEqual([1, 2])
    expect((await after({ a: ['a', 'b', 'c'] }, { a: _.pull(_.in(['a', 'c'])) })).doc.a).toEqual(['b'])
    expect((await after({ a: [{ k: 1 }, { k: 2 }] }, { a: _.pull({ k: 2 }) })).doc.a).toEqual([{ k: 1 }])
  })

  test('pullAll removes every listed value', async () => {
    expect((await after({ a: [1, 2, 3, 2, 4] }, { a: _.pullAll([2, 4]) })).doc.a).toEqual([1, 3])
  })

  test('array element by index', async () => {
    expect((await after({ a: [1, 2, 3] }, { 'a.1': 20 })).doc.a).toEqual([1, 20, 3])
  })
})

describe('what an update reports', () => {
  test('an update that changes nothing reports updated 0, one on a missing doc too', async () => {
    expect(await after({ n: 1 }, { n: 1 })).toEqual({ updated: 0, doc: { n: 1 } })
    expect((await db.collection(coll).doc('no-such-doc').update({ n: 1 })).updated).toBe(0)
    expect((await db.collection(coll).doc('no-such-doc').get()).data).toEqual([])
  })

  test('a bad update command is refused and changes nothing', async () => {
    const { id } = await db.collection(coll).add({ n: 'text' })
    const e = await db.collection(coll).doc(id).update({ n: _.inc(1) }).catch((x: any) => x)
    expect(e.code).toBe('INVALID_PARAM')
    expect((await db.collection(coll).doc(id).get()).data[0].n).toBe('text')
  })
})

describe('where().update, updateAndReturn, set(), remove, count', () => {
  test('where().update changes every matching document', async () => {
    const c = await newCollection(db, 'multi')
    await db.collection(c).add([{ g: 1, v: 0 }, { g: 1, v: 0 }, { g: 2, v: 0 }, { g: 1, v: 5 }])
    const r = await db.collection(c).where({ g: 1 }).update({ v: _.inc(1), seen: true })
    expect(r.updated).toBe(3)
    const { data } = await db.collection(c).orderBy('v', 'asc').get()
    expect(data.map((d: any) => [d.g, d.v, d.seen])).toEqual([[2, 0, undefined], [1, 1, true], [1, 1, true], [1, 6, true]])
    expect((await db.collection(c).where({ g: 3 }).update({ v: 1 })).updated).toBe(0)
  })

  test('updateAndReturn gives the document after the update', async () => {
    const c = await newCollection(db, 'uar')
    await db.collection(c).add([{ _id: 'k', n: 1, tags: ['a'] }, { _id: 'other', n: 100 }])
    const r = await db.collection(c).where({ _id: 'k' }).updateAndReturn({ n: _.inc(2), tags: _.push('b') })
    expect(r.updated).toBe(1)
    expect(r.doc).toEqual({ _id: 'k', n: 3, tags: ['a', 'b'] })
    expect((await db.collection(c).doc('k').get()).data[0]).toEqual(r.doc)
    expect((await db.collection(c).doc('other').get()).data[0].n).toBe(100)
    const none = await db.collection(c).where({ _id: 'nobody' }).updateAndReturn({ n: 1 })
    expect(none.updated).toBe(0)
    expect(none.doc).toBeNull()
  })

  test('doc().set() creates the document when missing and replaces it when present', async () => {
    const c = await newCollection(db, 'setc')
    const created = await db.collection(c).doc('s1').set({ a: 1, b: { c: 2 } })
    expect(created.upsertedId).toBe('s1')
    expect((await db.collection(c).doc('s1').get()).data).toEqual([{ _id: 's1', a: 1, b: { c: 2 } }])
    const replaced = await db.collection(c).doc('s1').set({ z: true })
    expect(replaced.updated).toBe(1)
    expect(replaced.upsertedId).toBeUndefined()
    expect((await db.collection(c).doc('s1').get()).data).toEqual([{ _id: 's1', z: true }])
    expect((await db.collection(c).count()).total).toBe(1)
  })

  test('remove: doc().remove and where().remove of many', async () => {
    const c = await newCollection(db, 'rm')
    await db.collection(c).add([{ _id: 'r1', k: 1 }, { _id: 'r2', k: 1 }, { _id: 'r3', k: 2 }, { _id: 'r4', k: 1 }])
    expect((await db.collection(c).doc('r1').remove()).deleted).toBe(1)
    expect((await db.collection(c).doc('r1').remove()).deleted).toBe(0)
    expect((await db.collection(c).where({ k: 1 }).remove()).deleted).toBe(2)
    expect(ids((await db.collection(c).get()).data)).toEqual(['r3'])
    expect((await db.collection(c).where({ k: 9 }).remove()).deleted).toBe(0)
  })

  test('count with and without a condition', async () => {
    const c = await newCollection(db, 'cnt')
    await db.collection(c).add([{ k: 1 }, { k: 2 }, { k: 2 }, {}])
    expect((await db.collection(c).count()).total).toBe(4)
    expect((await db.collection(c).where({ k: 2 }).count()).total).toBe(2)
    expect((await db.collection(c).where({ k: _.exists(false) }).count()).total).toBe(1)
  })
})

describe('dates', () => {
  test('a Date round-trips to the millisecond, before 1970 too', async () => {
    const c = await newCollection(db, 'dates')
    const when = new Date('2024-05-06T07:08:09.123Z')
    const old = new Date('1950-01-02T03:04:05.678Z')
    const { id } = await db.collection(c).add({ when, old, list: [when] })
    const { data: [doc] } = await db.collection(c).doc(id).get()
    expect(doc.when).toBeInstanceOf(Date)
    expect(doc.when.getTime()).toBe(when.getTime())
    expect(doc.old.getTime()).toBe(old.getTime())
    expect(doc.list[0].getTime()).toBe(when.getTime())
  })

  test('db.serverDate() is the server time, in add, update and with an offset', async () => {
    const c = await newCollection(db, 'sdate')
    const before = Date.now()
    const { id } = await db.collection(c).add({ at: db.serverDate(), later: db.serverDate({ offset: 60 * 60 * 1000 }) })
    await db.collection(c).doc(id).update({ touched: db.serverDate(), nested: { at: db.serverDate() } })
    const afterMs = Date.now()
    const { data: [doc] } = await db.collection(c).doc(id).get()
    for (const d of [doc.at, doc.touched, doc.nested.at]) {
      expect(d).toBeInstanceOf(Date)
      expect(d.getTime()).toBeGreaterThanOrEqual(before - 2000)
      expect(d.getTime()).toBeLessThanOrEqual(afterMs + 2000)
    }
    expect(doc.later.getTime() - doc.at.getTime()).toBeGreaterThan(60 * 60 * 1000 - 2000)
    expect(doc.later.getTime() - doc.at.getTime()).toBeLessThan(60 * 60 * 1000 + 2000)
    // a serverDate in a query is resolved too
    expect((await db.collection(c).where({ at: _.lte(db.serverDate()) }).count()).total).toBe(1)
    expect((await db.collection(c).where({ at: _.gt(db.serverDate({ offset: 60000 })) }).count()).total).toBe(0)
  })
})

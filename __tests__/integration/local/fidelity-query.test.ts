// Query operators where the local CloudBase used to differ from MongoDB, through the real SDK: arrays of embedded
// documents ($elemMatch, $exists, $mod), $mod's arguments, $jsonSchema, and ObjectId values in any field. Expected
// answers are MongoDB's documented ones ("Query an Array of Embedded Documents", the $mod, $jsonSchema and $type pages).
import { useTestCloud, newCollection, postAdmin, rejection } from './support'

let db: any
let _: any
let url: string
let inv: string // MongoDB's "array of embedded documents" inventory, plus edge documents

useTestCloud((t) => { db = t.db; _ = db.command; url = t.url })
beforeAll(async () => {
  inv = await newCollection(db, 'fq')
  await db.collection(inv).add([
    { _id: 'journal', instock: [{ warehouse: 'A', qty: 5 }, { warehouse: 'C', qty: 15 }] },
    { _id: 'notebook', instock: [{ warehouse: 'C', qty: 5 }] },
    { _id: 'paper', instock: [{ warehouse: 'A', qty: 60 }, { warehouse: 'B', qty: 15 }] },
    { _id: 'planner', instock: [{ warehouse: 'A', qty: 40 }, { warehouse: 'B', qty: 5 }] },
    { _id: 'postcard', instock: [{ warehouse: 'B', qty: 15 }, { warehouse: 'C', qty: 35 }] },
    // edges: no element with qty, an empty array, an array inside the array, a null qty, a qty that is an array
    { _id: 'noqty', instock: [{ warehouse: 'A' }] },
    { _id: 'empty', instock: [] },
    { _id: 'nested', instock: [[{ warehouse: 'A', qty: 60 }]] },
    { _id: 'nullqty', instock: [{ warehouse: 'A', qty: null }] },
    { _id: 'multi', instock: [{ warehouse: 'D', qty: [1, 8] }] }
  ])
})

const ORIGINAL = ['journal', 'notebook', 'paper', 'planner', 'postcard']

/** The sorted _ids a raw MongoDB filter matches in a collection. */
async function find(filter: object, coll = inv): Promise<string[]> {
  const r = await db.collection(coll).options({ raw: true }).where(filter).limit(1000).get()
  return r.data.map((d: any) => String(d._id)).sort()
}

describe('arrays of embedded documents', () => {
  test('MongoDB reference queries on instock', async () => {
    expect(await find({ instock: { $elemMatch: { qty: 5, warehouse: 'A' } } })).toEqual(['journal'])
    expect(await find({ instock: { $elemMatch: { qty: { $gt: 10, $lte: 20 } } } })).toEqual(['journal', 'paper', 'postcard'])
    expect(await find({ _id: { $in: ORIGINAL }, 'instock.qty': { $gt: 10, $lte: 20 } })).toEqual(['journal', 'paper', 'planner', 'postcard'])
    expect(await find({ 'instock.qty': 5, 'instock.warehouse': 'A' })).toEqual(['journal', 'planner'])
    expect(await find({ _id: { $in: ORIGINAL }, 'instock.0.qty': { $lte: 20 } })).toEqual(['journal', 'notebook', 'postcard'])
  })

  test('$exists on a path through an array: some element has the field; arrays inside arrays are not entered', async () => {
    const withQty = [...ORIGINAL, 'multi', 'nullqty'].sort()
    expect(await find({ 'instock.qty': { $exists: true } })).toEqual(withQty)
    expect(await find({ 'instock.qty': { $exists: false } })).toEqual(['empty', 'nested', 'noqty'])
    const sdk = await db.collection(inv).where({ 'instock.qty': _.exists(false) }).get()
    expect(sdk.data.map((d: any) => d._id).sort()).toEqual(['empty', 'nested', 'noqty'])
  })

  test('$mod on a path through an array: numbers only (a null qty is not 0), nested arrays not entered', async () => {
    expect(await find({ 'instock.qty': { $mod: [20, 0] } })).toEqual(['paper', 'planner'])
    expect(await find({ 'instock.qty': { $mod: [2, 0] } })).toEqual(['multi', 'paper', 'planner'])
    const sdk = await db.collection(inv).where({ 'instock.qty': _.mod(20, 0) }).get()
    expect(sdk.data.map((d: any) => d._id).sort()).toEqual(['paper', 'planner'])
  })

  test('$elemMatch needs an array at the end of the path (qty itself), not values gathered across instock', async () => {
    expect(await find({ 'instock.qty': { $elemMatch: { $gte: 5 } } })).toEqual(['multi'])
    expect(await find({ instock: { $elemMatch: { qty: { $exists: false } } } })).toEqual(['noqty'])
  })
})

describe('$mod arguments (MongoDB reference)', () => {
  let c: string
  beforeAll(async () => {
    c = await newCollection(db, 'fmod')
    await db.collection(c).add([{ _id: '1', qty: 0 }, { _id: '2', qty: 5 }, { _id: '3', qty: 12 }, { _id: '4', qty: 12.9 }, { _id: '5', qty: '12' }])
  })

  test('divisor and remainder are truncated toward zero; so is the value; a negative divisor works', async () => {
    expect(await find({ qty: { $mod: [4, 0] } }, c)).toEqual(['1', '3', '4'])
    expect(await find({ qty: { $mod: [4.5, 0] } }, c)).toEqual(['1', '3', '4'])
    expect(await find({ qty: { $mod: [4.99, 0] } }, c)).toEqual(['1', '3', '4'])
    expect(await find({ qty: { $mod: [-4, 0] } }, c)).toEqual(['1', '3', '4'])
    expect(await find({ qty: { $mod: [4, 1] } }, c)).toEqual(['2'])
  })

  test.each([
    ['not enough elements', [4]], ['no elements', []], ['too many elements', [4, 1, 2]], ['a zero divisor', [0, 1]],
    ['a string divisor', ['4', 0]]
  ])('%s is an INVALID_PARAM', async (_name, args) => {
    const e = await rejection(find({ qty: { $mod: args } }, c))
    expect(e.code).toBe('INVALID_PARAM')
  })
})

describe('$jsonSchema in queries', () => {
  let c: string
  // MongoDB's reference schema; sizes are non-integers here because the SDK sends whole numbers as int32, as
  // CloudBase then stores them (bsonType "double" would not match 14)
  const schema = {
    required: ['item', 'qty', 'instock'],
    properties: {
      item: { bsonType: 'string' },
      qty: { bsonType: 'int' },
      size: { bsonType: 'object', required: ['uom'], properties: { uom: { bsonType: 'string' }, h: { bsonType: 'double' }, w: { bsonType: 'double' } } },
      instock: { bsonType: 'bool' }
    }
  }
  beforeAll(async () => {
    c = await newCollection(db, 'fjs')
    await db.collection(c).add([
      { _id: 'journal', item: 'journal', qty: 25, size: { h: 14.5, w: 21.5, uom: 'cm' }, instock: true },
      { _id: 'notebook', item: 'notebook', qty: 50, size: { h: 8.5, w: 11.5, uom: 'in' }, instock: true },
      { _id: 'paper', item: 'paper', qty: 100, size: { h: 8.5, w: 11.5, uom: 'in' }, instock: 1 },
      { _id: 'planner', item: 'planner', qty: 75, size: { h: 22.85, w: 30.5, uom: 'cm' }, instock: 1 },
      { _id: 'postcard', item: 'postcard', qty: 45, size: { h: 10.5, w: 15.25 }, instock: true },
      { _id: 'apple', item: 'apple', qty: 45, status: 'A', instock: true },
      { _id: 'pears', item: 'pears', qty: 50.5, status: 'A', instock: true }
    ])
  })

  test('matching and (with $nor) not matching documents', async () => {
    expect(await find({ $jsonSchema: schema }, c)).toEqual(['apple', 'journal', 'notebook'])
    expect(await find({ $nor: [{ $jsonSchema: schema }] }, c)).toEqual(['paper', 'pears', 'planner', 'postcard'])
  })

  test('JSON types, enum, ranges, lengths, patterns, items, additionalProperties, combinators', async () => {
    expect(await find({ $jsonSchema: { properties: { qty: { type: 'number', minimum: 50, exclusiveMinimum: true } } } }, c))
      .toEqual(['paper', 'pears', 'planner']) // 50 itself is excluded; a string or a missing qty is not constrained
    expect(await find({ $jsonSchema: { properties: { item: { enum: ['apple', 'pears'] } } } }, c)).toEqual(['apple', 'pears'])
    expect(await find({ $jsonSchema: { properties: { item: { minLength: 7, pattern: '^p' } } } }, c)).toEqual(['planner', 'postcard'])
    expect(await find({ $jsonSchema: { required: ['size'], properties: { size: { additionalProperties: false, properties: { h: {}, w: {} } } } } }, c)).toEqual(['postcard'])
    expect(await find({ $jsonSchema: { anyOf: [{ required: ['status'] }, { properties: { instock: { bsonType: 'int' } } }] } }, c)).toEqual(['apple', 'paper', 'pears', 'planner'])
    expect(await find({ $jsonSchema: { not: { required: ['size'] } } }, c)).toEqual(['apple', 'pears'])
    const objectItems = await find({ $jsonSchema: { properties: { instock: { type: 'array', items: { bsonType: 'object' } } } } }, inv)
    expect(objectItems).toHaveLength(9)
    expect(objectItems).not.toContain('nested') // its element is an array
  })

  test('unknown and unsupported keywords are refused', async () => {
    expect((await rejection(find({ $jsonSchema: { nope: 1 } }, c))).code).toBe('INVALID_PARAM')
    expect((await rejection(find({ $jsonSchema: { properties: { a: { format: 'email' } } } }, c))).code).toBe('INVALID_PARAM')
    expect((await rejection(find({ $jsonSchema: { properties: { a: { type: 'integer' } } } }, c))).code).toBe('INVALID_PARAM')
  })
})

describe('ObjectId in any field', () => {
  const HEX = ['65a000000000000000000001', '65a000000000000000000002', '65a000000000000000000003']
  let c: string
  beforeAll(async () => {
    c = await newCollection(db, 'foid')
    const oid = (i: number) => db.ObjectId({ id: HEX[i] })
    await db.collection(c).add([
      { _id: 'a', ref: oid(0), nested: { owner: oid(1) }, list: [oid(0), oid(2)] },
      { _id: 'b', ref: oid(1), nested: { owner: oid(1) }, list: [] },
      { _id: 'c', ref: HEX[0] } // the same hex as a string is another value
    ])
    await db.collection(c).doc('b').update({ later: oid(2) })
  })

  test('stored and returned as EJSON $oid, top level, nested, in arrays, and after an update', async () => {
    const r = await postAdmin(url, { action: 'database.getDocument', collectionName: c, query: '{"_id":"a"}' })
    expect(JSON.parse(r.json.data.list[0])).toEqual({
      _id: 'a', ref: { $oid: HEX[0] }, nested: { owner: { $oid: HEX[1] } }, list: [{ $oid: HEX[0] }, { $oid: HEX[2] }]
    })
    const b = await postAdmin(url, { action: 'database.getDocument', collectionName: c, query: '{"_id":"b"}' })
    expect(JSON.parse(b.json.data.list[0]).later).toEqual({ $oid: HEX[2] })
  })

  test('compares as ObjectId in queries: equality, $in, ranges, inside arrays, never equal to its hex string', async () => {
    const oid = (i: number) => db.ObjectId({ id: HEX[i] })
    const ids = async (q: object) => (await db.collection(c).where(q).get()).data.map((d: any) => d._id).sort()
    expect(await ids({ ref: oid(0) })).toEqual(['a'])
    expect(await ids({ ref: _.in([oid(0), oid(1)]) })).toEqual(['a', 'b'])
    expect(await ids({ ref: _.gt(oid(0)) })).toEqual(['b'])
    expect(await ids({ 'nested.owner': oid(1) })).toEqual(['a', 'b'])
    expect(await ids({ list: oid(2) })).toEqual(['a'])
    expect(await ids({ ref: HEX[0] })).toEqual(['c'])
    expect(await find({ ref: { $type: 'objectId' } }, c)).toEqual(['a', 'b'])
    expect(await find({ ref: { $type: 7 } }, c)).toEqual(['a', 'b'])
    expect(await find({ ref: { $type: 'string' } }, c)).toEqual(['c'])
  })

  test('aggregation sees ObjectIds: $type, $group keys, $toString, and they come back as ObjectId', async () => {
    const r = await db.collection(c).options({ raw: true }).aggregate([
      { $match: { _id: { $in: ['a', 'b'] } } },
      { $group: { _id: '$nested.owner', n: { $sum: 1 }, t: { $first: { $type: '$nested.owner' } } } },
      { $project: { n: 1, t: 1, s: { $toString: '$_id' } } }
    ]).end()
    expect(r.data).toHaveLength(1)
    const [g] = r.data
    expect({ n: g.n, t: g.t, s: g.s }).toEqual({ n: 2, t: 'objectId', s: HEX[1] })
    expect(g._id._bsontype).toMatch(/^ObjectI[dD]$/) // the SDK's own bson spells it ObjectID
    expect(g._id.toHexString()).toBe(HEX[1])
  })
})

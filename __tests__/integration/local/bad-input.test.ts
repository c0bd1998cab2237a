// Bad input on the CloudBase HTTP API (raw POST /admin, no SDK): every case gets a clear {requestId, code, message}
// with HTTP 200 (what the SDK turns into a TcbError), never a crash or a SYS_ERR; the server keeps answering; and
// nothing is written (the test collection is compared whole before and after).
import { startTestCloud, newCollection, allDocs, postAdmin, type TestCloud } from './support'
import { MAX_ADMIN_BODY } from '../../../local/http/admin'

// jest.config.js gives the integration project testTimeout: 60000, but Jest 29 ignores testTimeout inside a project
// ("Unknown option"), which leaves the 5 s default: set it here.
jest.setTimeout(60_000)

let t: TestCloud
let db: any
let c = ''

const SEED = [
  { _id: 'keep', n: 1, tags: ['a'], at: new Date('2024-01-01T00:00:00Z') },
  { _id: 'keep2', n: 2, profile: { city: 'Hangzhou' } }
]

beforeAll(async () => {
  t = await startTestCloud()
  db = t.db
  c = await newCollection(db, 'bad_input')
  await db.collection(c).add(SEED)
})
afterAll(async () => { await t?.close() })

/** Send the body, expect a refusal with this code, and check the collection did not change. */
async function refused(body: unknown, code: string, raw = false): Promise<string> {
  const before = await allDocs(db, c)
  expect(before).toHaveLength(SEED.length)
  const r = await postAdmin(t.url, body, raw)
  expect(r.status).toBe(200)
  expect(r.json).toEqual({ requestId: expect.any(String), code, message: expect.any(String) })
  expect(r.json.message.length).toBeGreaterThan(0)
  expect(await allDocs(db, c)).toEqual(before) // the server answers, and nothing was written
  return r.json.message
}

const get = (extra: object) => ({ action: 'database.getDocument', collectionName: c, ...extra })
const insert = (data: unknown) => ({ action: 'database.insertDocument', collectionName: c, data })
const modify = (extra: object) => ({ action: 'database.modifyDocument', collectionName: c, query: '{}', data: '{"$set":{"hacked":true}}', multi: true, merge: true, upsert: false, ...extra })
const remove = (extra: object) => ({ action: 'database.removeDocument', collectionName: c, query: '{}', multi: true, ...extra })

describe('the body itself', () => {
  test.each([
    ['malformed JSON', '{"action":"database.insertDocument","collectionName":"x","data":["{}"]'],
    ['empty body', ''],
    ['not JSON', 'action=database.insertDocument'],
    ['an array', '[{"action":"database.insertDocument","data":["{}"]}]'],
    ['a number', '42'],
    ['a string', '"database.insertDocument"'],
    ['null', 'null'],
    ['true', 'true']
  ])('%s -> INVALID_PARAM', async (_name, body) => {
    await refused(body, 'INVALID_PARAM', true)
  })

  test(`a body over ${MAX_ADMIN_BODY / 1024 / 1024} MB -> INVALID_PARAM, and the server still answers`, async () => {
    const huge = JSON.stringify(insert([JSON.stringify({ big: 'x'.repeat(MAX_ADMIN_BODY + 1024) })]))
    expect(huge.length).toBeGreaterThan(MAX_ADMIN_BODY)
    const message = await refused(huge, 'INVALID_PARAM', true)
    expect(message).toMatch(/large|过大/)
    expect((await db.collection(c).count()).total).toBe(SEED.length)
  })
})

describe('the action', () => {
  test.each([
    ['unknown action', { action: 'database.dropDatabase', collectionName: c }],
    ['no action', { collectionName: c }],
    ['empty action', { action: '' }],
    ['an action that is an object', { action: { name: 'database.getDocument' } }],
    ['__proto__', { action: '__proto__' }],
    ['constructor', { action: 'constructor' }],
    ['hasOwnProperty', { action: 'hasOwnProperty' }]
  ])('%s -> INVALID_ACTION', async (_name, body) => {
    await refused(body, 'INVALID_ACTION')
  })
})

describe('malformed EJSON and bad values', () => {
  test.each([
    ['query is not JSON', get({ query: '{"n":' })],
    ['query is an object, not an EJSON string', get({ query: { n: 1 } })],
    ['query is an array', get({ query: '[1]' })],
    ['query is a number', get({ query: '5' })],
    ['query with an invalid date', get({ query: '{"at":{"$date":"not a date"}}' })],
    ['query with an invalid regex', get({ query: '{"n":{"$regularExpression":{"pattern":"(","options":""}}}' })],
    ['query with an invalid $regex', get({ query: '{"n":{"$regex":"(["}}' })],
    ['query with an unknown operator', get({ query: '{"n":{"$foo":1}}' })],
    ['query with $where', get({ query: '{"$where":"this.n == 1"}' })],
    ['query with $in that is not a list', get({ query: '{"n":{"$in":5}}' })],
    ['query with an unknown $expr operator', get({ query: '{"$expr":{"$foo":["$n",1]}}' })],
    ['nesting deeper than the parser goes', get({ query: '{"a":'.repeat(20000) + '1' + '}'.repeat(20000) })],
    ['projection mixing include and exclude', get({ projection: '{"n":1,"tags":0}' })],
    ['order with a direction that is not 1/-1', get({ order: '{"n":"asc"}' })],
    ['remove with a malformed query', remove({ query: '{"_id":' })],
    ['remove with an unknown operator', remove({ query: '{"n":{"$foo":1}}' })],
    ['update with a malformed query', modify({ query: '{bad' })],
    ['update with malformed data', modify({ data: '{"$set":' })],
    ['update with data that is not an object', modify({ data: '[1,2]' })],
    ['update with an unknown operator', modify({ data: '{"$foo":{"n":1}}' })],
    ['update of _id', modify({ data: '{"$set":{"_id":"x"}}' })],
    ['$inc of a non-number', modify({ data: '{"$inc":{"tags":1}}' })],
    ['$inc by a string', modify({ data: '{"$inc":{"n":"1"}}' })],
    ['$rename onto itself', modify({ data: '{"$rename":{"n":"n"}}' })],
    ['a replacement with operators', modify({ data: '{"$set":{"n":1}}', merge: false, multi: false, query: '{"_id":"keep"}' })],
    ['a serverDate offset out of range', modify({ data: '{"$set":{"t":{"$tcb_server_date":{"offset":1e20}}}}' })],
    ['insert with malformed EJSON', insert(['{"a":'])],
    ['insert of a batch whose second document is malformed', insert(['{"ok":1}', '{"a":'])],
    ['insert of an invalid date', insert(['{"at":{"$date":"2024-13-45"}}'])],
    ['insert of a bad $numberLong', insert(['{"n":{"$numberLong":"12x"}}'])],
    ['insert of a bad $oid', insert(['{"o":{"$oid":"zz"}}'])],
    ['insert of a bad regex', insert(['{"r":{"$regularExpression":{"pattern":"(","options":""}}}'])],
    ['insert of a document that is not an object', insert(['5'])],
    ['insert of an object instead of an EJSON string', insert([{ a: 1 }])],
    ['insert of an _id that is an object', insert(['{"_id":{"x":1}}'])],
    ['insert of nothing', insert([])],
    ['update without a query (would touch every document)', modify({ query: undefined })],
    ['update with an empty query string', modify({ query: '' })],
    ['updateAndReturn without a query', { action: 'database.modifyAndReturnDoc', collectionName: c, data: '{"$set":{"hacked":true}}' }],
    ['remove without a query (would delete every document)', remove({ query: undefined })],
    ['aggregate with stages that are not a list', { action: 'database.aggregateDocuments', collectionName: c, stages: '[]' }],
    ['aggregate with a stage without a key', { action: 'database.aggregateDocuments', collectionName: c, stages: [{ stageValue: '{}' }] }],
    ['aggregate with a malformed stage value', { action: 'database.aggregateDocuments', collectionName: c, stages: [{ stageKey: '$match', stageValue: '{"n":' }] }],
    ['aggregate with an unknown stage', { action: 'database.aggregateDocuments', collectionName: c, stages: [{ stageKey: '$nope', stageValue: '{}' }] }]
  ])('%s -> INVALID_PARAM', async (_name, body) => {
    await refused(body, 'INVALID_PARAM')
  })

  test('an existing _id in a batch is a duplicate (and writes none of the batch)', async () => {
    await refused(insert(['{"_id":"fresh"}', '{"_id":"keep"}']), 'DATABASE_DUPLICATE_WRITE')
  })
})

describe('wrong types', () => {
  test.each([
    ['limit as a string', get({ limit: '10' })],
    ['limit negative', get({ limit: -1 })],
    ['limit not an integer', get({ limit: 1.5 })],
    ['offset as a string', get({ offset: '5' })],
    ['multi as a string (update)', modify({ multi: 'true' })],
    ['merge as a string', modify({ merge: 'false' })],
    ['upsert as a string', modify({ upsert: 'yes', query: '{"_id":"new-one"}' })],
    ['multi as a string (remove)', remove({ multi: 'true' })],
    ['multi as a number (remove)', remove({ multi: 1 })],
    ['collectionName missing', { action: 'database.insertDocument', data: ['{"a":1}'] }],
    ['collectionName a number', { action: 'database.getDocument', collectionName: 7 }],
    ['collection name that is not a name', { action: 'database.addCollection', collectionName: 'a/../../b' }],
    ['storage path outside the bucket', { action: 'storage.getUploadMetadata', path: '../../etc/passwd.png' }],
    ['storage file list that is not a list', { action: 'storage.batchGetDownloadUrl', file_list: 'cloud://x' }],
    ['wx requestData that is not JSON', { action: 'wx.api', apiName: 'cgi-bin/message/subscribe/send', requestData: '{"touser":' }]
  ])('%s -> INVALID_PARAM', async (_name, body) => {
    await refused(body, 'INVALID_PARAM')
  })

  test('a transaction id that does not exist -> DATABASE_TRANSACTION_FAIL', async () => {
    await refused({ ...insert(['{"a":1}']), transactionId: 'nope' }, 'DATABASE_TRANSACTION_FAIL')
    await refused(modify({ transactionId: 'nope' }), 'DATABASE_TRANSACTION_FAIL')
    await refused({ action: 'database.commitTransaction', transactionId: 12 }, 'DATABASE_TRANSACTION_FAIL')
  })

  test('a missing collection -> DATABASE_COLLECTION_NOT_EXIST', async () => {
    await refused({ ...insert(['{"a":1}']), collectionName: 'not_there' }, 'DATABASE_COLLECTION_NOT_EXIST')
  })
})

test('after all of that, the server answers normal requests and the data is as seeded', async () => {
  const { data } = await db.collection(c).orderBy('_id', 'asc').get()
  expect(data).toEqual(SEED)
  const { id } = await db.collection(c).add({ fine: true })
  expect((await db.collection(c).doc(id).get()).data).toEqual([{ _id: id, fine: true }])
})

// The local CloudBase checks its callers as CloudBase does: every POST /admin request must carry a TC3 signature made
// with the environment's keys (what @cloudbase/node-sdk sends). Wrong keys, no keys, a stale or future timestamp and
// a replayed request are refused for every API action, and nothing is written; the right keys work.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { signedHeaders } from '../../helpers/signing'
import { ACTIONS } from '../../../local/api'
import { MAX_SKEW_SEC } from '../../../local/security/signature'

jest.setTimeout(60_000)

let t: TestCloud
const COLL = 'customers'
beforeAll(async () => {
  t = await startTestCloud()
  await t.db.collection(COLL).add({ _id: 'c1', openid: 'o_secret_1', name: '张女士' })
})
afterAll(async () => { await t?.close() })

let seq = 0
const target = () => `${t.url}/admin?seqId=sec_${Date.now()}_${++seq}`

async function send(url: string, headers: Record<string, string>, params: unknown): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(params) })
  expect(res.status).toBe(200) // CloudBase answers errors as {code, message}, which the SDK turns into a TcbError
  return res.json()
}

const count = async () => (await t.db.collection(COLL).count()).total

/** An SDK app with other keys, pointed at the same server. */
function sdkWith(secretId: string, secretKey: string) {
  const tcb = require('@cloudbase/node-sdk')
  return tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, secretId, secretKey, timeout: 10_000 })
}

test('the real SDK with the right keys reads and writes', async () => {
  expect((await t.db.collection(COLL).doc('c1').get()).data[0].name).toBe('张女士')
})

test('the real SDK with wrong keys: reads, writes and function calls are refused (SIGN_PARAM_INVALID), nothing written', async () => {
  const before = await count()
  const wrongKey = sdkWith(t.cloud.keys.secretId, 'not-the-secret-key-at-all')
  const wrongId = sdkWith('AKIDsomebodyelse000', t.cloud.keys.secretKey)
  for (const app of [wrongKey, wrongId]) {
    const db = app.database()
    for (const call of [
      () => db.collection(COLL).get(),
      () => db.collection(COLL).add({ _id: 'evil', name: 'x' }),
      () => db.collection('settings').doc('secrets').get(),
      () => app.callFunction({ name: 'admin', data: { action: 'login' } })
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'SIGN_PARAM_INVALID' })
    }
  }
  expect(await count()).toBe(before)
})

test('no signature: every API action is refused before it runs', async () => {
  const before = await count()
  const actions = Object.keys(ACTIONS)
  expect(actions.length).toBeGreaterThan(10)
  for (const action of actions) {
    const r = await send(target(), { 'content-type': 'application/json' }, { action, collectionName: COLL, data: '[{"_id":"evil2"}]' })
    expect({ action, code: r.code }).toEqual({ action, code: 'SIGN_PARAM_INVALID' })
    expect(r.message).toMatch(/[\u4e00-\u9fff]/)
  }
  expect(await count()).toBe(before)
})

test('a correct signature whose timestamp is stale (or in the future) is refused', async () => {
  const params = { action: 'database.getDocument', collectionName: COLL, query: '{"_id":"c1"}' }
  const now = Math.floor(Date.now() / 1000)
  for (const timestamp of [now - MAX_SKEW_SEC - 60, now + MAX_SKEW_SEC + 60, now - 24 * 3600]) {
    const url = target()
    const r = await send(url, signedHeaders(url, params, { timestamp }), params)
    expect(r.code).toBe('SIGN_PARAM_INVALID')
  }
  const url = target()
  const fresh = await send(url, signedHeaders(url, params), params)
  expect(fresh.code).toBeUndefined()
  expect(fresh.data.list.length).toBe(1)
})

test('a replayed request is refused: the same signed write once, never twice', async () => {
  const params = { action: 'database.insertDocument', collectionName: COLL, data: ['{"name":"重放"}'] }
  const url = target()
  const headers = signedHeaders(url, params)
  const first = await send(url, headers, params)
  expect(first.code).toBeUndefined()
  const after = await count()
  const again = await send(url, headers, params)
  expect(again.code).toBe('SIGN_PARAM_INVALID')
  expect(again.message).toMatch(/重复/)
  expect(await count()).toBe(after)
})

test('a signed request whose body was changed on the way is refused', async () => {
  const params = { action: 'database.getDocument', collectionName: COLL, query: '{"_id":"c1"}' }
  const url = target()
  const headers = signedHeaders(url, params)
  const r = await send(url, headers, { ...params, query: '{}' })
  expect(r.code).toBe('SIGN_PARAM_INVALID')
})

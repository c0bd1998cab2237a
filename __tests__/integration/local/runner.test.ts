// The function runner and gateway: identity per invocation (never process-wide), the caller's identity carried into
// functions.invokeFunction, config.json timeouts, and one JSON log line per invocation.
import path from 'node:path'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { localLogin } from '../../helpers/api'

jest.setTimeout(30_000)

let t: TestCloud
const logs: Record<string, any>[] = []

beforeAll(async () => {
  t = await startTestCloud({ functionsDir: path.join(__dirname, 'fixtures/functions'), log: (l) => logs.push(l) })
})
afterAll(() => t.close())

/** The keys' holder signs in (so the answer names the openid it must see in the function) */
const signIn = (): Promise<{ token: string; openid: string }> => localLogin(t, 'household')

async function call(fn: string, token?: string, body: object = { action: 'x' }) {
  const r = await fetch(`${t.url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body)
  })
  return { status: r.status, body: await r.json() }
}

test('20 simultaneous calls from 20 households each see their own openid', async () => {
  const people = await Promise.all(Array.from({ length: 20 }, signIn))
  const answers = await Promise.all(people.map((p) => call('whoami', p.token)))
  expect(answers.map((a) => a.body.data.openid)).toEqual(people.map((p) => p.openid))
  expect((await call('whoami')).body.data.openid).toBeNull() // no session, no identity
})

test('a function calling another through the SDK passes the caller on', async () => {
  const [a, b] = await Promise.all([signIn(), signIn()])
  const [ra, rb] = await Promise.all([call('relay', a.token), call('relay', b.token)])
  expect(ra.body.data).toEqual({ caller: a.openid, callee: a.openid })
  expect(rb.body.data).toEqual({ caller: b.openid, callee: b.openid })
})

test('a function running past its config.json timeout answers 504 with a Chinese message', async () => {
  const r = await call('slow', undefined, { action: 'wait' })
  expect(r.status).toBe(504)
  expect(r.body).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务处理超时，请稍后重试' } })
  expect(logs.find((l) => l.function === 'slow')).toMatchObject({ action: 'wait', trigger: 'http', outcome: 'error:FUNCTIONS_TIME_LIMIT_EXCEEDED' })
})

test('every invocation logs one line with request id, function, action, duration and outcome', async () => {
  const before = logs.length
  await call('whoami', undefined, { action: 'ping' })
  const lines = logs.slice(before)
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatchObject({ function: 'whoami', action: 'ping', outcome: 'ok', trigger: 'http' })
  expect(lines[0].requestId).toMatch(/^[0-9a-f]{16}$/)
  expect(typeof lines[0].ms).toBe('number')
})

test('unknown functions and malformed bodies are refused at the gateway', async () => {
  expect(await call('nope')).toEqual({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message: '接口不存在: nope' } } })
  const r = await fetch(`${t.url}/api/whoami`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' })
  expect(r.status).toBe(400)
  expect((await r.json()).error.code).toBe('INVALID_ARGUMENT')
})

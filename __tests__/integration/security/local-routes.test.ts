// The local-only routes: the timers and moving the clock need the environment's keys (reading the clock does not),
// and are gone in production mode (JZ_MODE=production); sign-in gives a new random openid and never says which,
// and choosing an openid (impersonation) needs the keys.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, keyHeader, localLogin } from '../../helpers/api'
import { LOCAL_KEY_HEADER } from '../../../local/http/guard'

jest.setTimeout(60_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${t.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  return { status: res.status, body: await res.json() }
}

const WRONG = { [LOCAL_KEY_HEADER]: 'not-the-key' }

test('timers and moving the clock without the keys (or with wrong ones) are refused, and nothing moves or runs', async () => {
  const before = t.cloud.clock.offsetMs
  for (const headers of [{}, WRONG]) {
    for (const [path, body] of [['/api/_local/timers/nightly', {}], ['/api/_local/clock', { advanceBy: '+7d' }], ['/api/_local/clock', { reset: true }]] as const) {
      const r = await post(path, body, headers)
      expect({ path, status: r.status, code: r.body.error?.code }).toEqual({ path, status: 401, code: 'UNAUTHENTICATED' })
    }
    const list = await fetch(`${t.url}/api/_local/timers`, { headers })
    expect(list.status).toBe(401)
  }
  expect(t.cloud.clock.offsetMs).toBe(before)
  // reading the clock is open (the admin banner shows it); with the keys, it moves
  expect((await fetch(`${t.url}/api/_local/clock`)).status).toBe(200)
  const moved = await post('/api/_local/clock', { advanceBy: '+1h', runTimers: false }, keyHeader(t))
  expect(moved.status).toBe(200)
  expect(t.cloud.clock.offsetMs).toBe(before + 3600_000)
  await post('/api/_local/clock', { reset: true, runTimers: false }, keyHeader(t))
})

test('sign-in gives a new random openid each time and does not tell a browser which', async () => {
  const a = await post('/api/_local/login', { role: 'household' })
  const b = await post('/api/_local/login', { role: 'household' })
  expect(a.status).toBe(200)
  expect(a.body.data.token).not.toBe(b.body.data.token)
  expect(a.body.data).not.toHaveProperty('openid')
  const [sa, sb] = [t.cloud.sessions.find(a.body.data.token)!, t.cloud.sessions.find(b.body.data.token)!]
  expect(sa.openid).not.toBe(sb.openid)
  expect(JSON.stringify(a.body)).not.toContain(sa.openid)
})

test("impersonation: signing in as someone's openid without the keys is refused, and no session is made", async () => {
  const victim = await localLogin(t, 'household') // tests hold the keys: they see the openid
  await callFn(t, 'user', 'me', {}, victim.token)
  const sessions = t.cloud.docs.count('_local_sessions', undefined)
  for (const headers of [{}, WRONG]) {
    for (const role of ['household', 'cleaner']) {
      const r = await post('/api/_local/login', { role, openid: victim.openid }, headers)
      expect({ role, status: r.status, code: r.body.error?.code }).toEqual({ role, status: 403, code: 'PERMISSION_DENIED' })
      expect(r.body.error.message).toMatch(/测试|演示/)
    }
  }
  expect(t.cloud.docs.count('_local_sessions', undefined)).toBe(sessions)
  // with the keys (tests, the demo's seeding) an openid may be chosen, and the answer says it was
  const chosen = await post('/api/_local/login', { role: 'household', openid: 'o_chosen_for_test' }, keyHeader(t))
  expect(chosen.body.data).toMatchObject({ openid: 'o_chosen_for_test', openidChosen: true })
})

describe('production mode (JZ_MODE=production)', () => {
  let p: TestCloud
  beforeAll(async () => {
    process.env.JZ_MODE = 'production'
    try { p = await startTestCloud() } finally { delete process.env.JZ_MODE }
  })
  afterAll(async () => { await p?.close() })

  test('the timers and the clock are not there, even with the keys', async () => {
    for (const [method, path] of [['POST', '/api/_local/timers/nightly'], ['GET', '/api/_local/timers'], ['POST', '/api/_local/clock'], ['GET', '/api/_local/clock']]) {
      const res = await fetch(`${p.url}${path}`, { method, headers: { 'content-type': 'application/json', ...keyHeader(p) }, ...(method === 'POST' ? { body: '{"advanceBy":"+7d"}' } : {}) })
      expect({ path, method, status: res.status }).toEqual({ path, method, status: 404 })
    }
    expect(p.cloud.clock.offsetMs).toBe(0)
  })
})

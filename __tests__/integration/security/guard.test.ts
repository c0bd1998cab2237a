// What every request must pass (local/http/guard.ts): its Host must be the server's (DNS rebinding), a browser's
// Origin must be the server's own, and bodies on /admin and /api must be JSON (a page elsewhere can send text/plain
// without asking). The server listens on 127.0.0.1 unless told otherwise.
import http from 'node:http'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { signedHeaders } from '../../helpers/signing'

jest.setTimeout(60_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

/** A raw request (fetch will not let a test choose the Host header). */
function raw(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: t.cloud.port, method, path, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const ROUTES: Array<[string, string]> = [
  ['POST', '/admin'], ['POST', '/api/booking'], ['POST', '/api/_local/login'], ['GET', '/api/_local/clock'], ['GET', '/'],
  ['GET', '/_storage/files/uploads/x.jpg']
]

test('listens on 127.0.0.1 by default', () => {
  expect(new URL(t.url).hostname).toBe('127.0.0.1')
})

test('a foreign Host is refused on every route, even with a valid signature (DNS rebinding)', async () => {
  const params = { action: 'database.getDocument', collectionName: 'customers', query: '{}' }
  for (const host of ['evil.example', `evil.example:${t.cloud.port}`, '127.0.0.1:1']) {
    const url = `http://${host}/admin?seqId=host_${host}`
    const signed = signedHeaders(url, params)
    const admin = await raw('POST', `/admin?seqId=host_${host}`, { ...signed, host }, JSON.stringify(params))
    expect({ host, status: admin.status }).toEqual({ host, status: 421 })
    for (const [method, path] of ROUTES) {
      const r = await raw(method, path, { host, 'content-type': 'application/json' }, method === 'POST' ? '{"role":"household"}' : '')
      expect({ host, path, status: r.status }).toEqual({ host, path, status: 421 })
    }
  }
  // the same server by its own names answers
  expect((await raw('GET', '/api/_local/clock', { host: `localhost:${t.cloud.port}` })).status).toBe(200)
  expect((await raw('GET', '/api/_local/clock', { host: `127.0.0.1:${t.cloud.port}` })).status).toBe(200)
})

test('a browser request from another origin is refused on every route; the same origin is served', async () => {
  const host = `127.0.0.1:${t.cloud.port}`
  for (const origin of ['http://evil.example', `http://evil.example:${t.cloud.port}`, 'null', `https://${host}`]) {
    for (const [method, path] of ROUTES) {
      const r = await raw(method, path, { host, origin, 'content-type': 'application/json' }, method === 'POST' ? '{"role":"household"}' : '')
      expect({ origin, path, status: r.status }).toEqual({ origin, path, status: 403 })
    }
  }
  const same = await raw('POST', '/api/_local/login', { host, origin: `http://${host}`, 'content-type': 'application/json' }, '{"role":"household"}')
  expect(same.status).toBe(200)
  expect(JSON.parse(same.body).data.token).toMatch(/^[0-9a-f]{48}$/)
})

test('non-JSON bodies are refused on /admin and /api (text/plain, forms); nothing is signed in or written', async () => {
  const host = `127.0.0.1:${t.cloud.port}`
  const sessions = () => t.cloud.docs.count('_local_sessions', undefined)
  const before = sessions()
  for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    for (const path of ['/admin', '/api/user', '/api/_local/login', '/api/_local/upload?name=a.gif']) {
      const r = await raw('POST', path, { host, 'content-type': type }, '{"role":"household","action":"me"}')
      expect({ type, path, status: r.status }).toEqual({ type, path, status: 415 })
    }
  }
  // fetch's default for a string body is text/plain: refused the same way
  const r = await fetch(`${t.url}/api/_local/login`, { method: 'POST', body: '{"role":"household"}' })
  expect(r.status).toBe(415)
  expect((await r.json()).error.code).toBe('INVALID_ARGUMENT')
  expect(sessions()).toBe(before)
})

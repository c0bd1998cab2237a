// The H5 app's transport, for benchmarks: POST /api/<function> with {action, ...input}, JSON, and the household's
// `Authorization: Bearer <token>` from POST /api/_local/login (src/api/transport.ts, __tests__/helpers/api.ts).
// node:http with one keep-alive agent rather than fetch: the client's own CPU cost lands on the same event loop as
// the server when both run in one process, and this is the cheapest honest client (a browser keeps connections
// alive too). Also: a count of the requests and connections the in-process server receives.
import http from 'node:http'
import diagnostics from 'node:diagnostics_channel'

export interface ApiAnswer<T = any> {
  ok: boolean
  data: T
  error?: { code: string; message: string; details?: Record<string, unknown> }
}

export interface LocalSession { token: string; openid: string }

export class GatewayClient {
  private agent = new http.Agent({ keepAlive: true, maxSockets: 1024 })
  private host: string
  private port: number

  /** extra: headers sent on every request (the local key header for the timer routes, local/http/guard.ts) */
  constructor(readonly baseUrl: string, private extra: http.OutgoingHttpHeaders = {}) {
    const u = new URL(baseUrl)
    this.host = u.hostname
    this.port = Number(u.port)
  }

  /** POST a JSON body; resolves with the HTTP status and the parsed JSON answer. */
  post(path: string, body: unknown, token?: string): Promise<{ status: number; body: any }> {
    const payload = Buffer.from(JSON.stringify(body))
    const headers: http.OutgoingHttpHeaders = { ...this.extra, 'content-type': 'application/json', 'content-length': payload.length }
    if (token) headers.authorization = `Bearer ${token}`
    return new Promise((resolve, reject) => {
      const req = http.request({ host: this.host, port: this.port, path, method: 'POST', agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('error', reject)
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) })
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: answer is not JSON: ${text.slice(0, 100)}`))
          }
        })
      })
      req.on('error', reject)
      req.end(payload)
    })
  }

  /** One action of a function, the whole envelope. A non-200 status with an envelope is returned as it is. */
  async call<T = any>(fn: string, action: string, input: Record<string, unknown>, token?: string): Promise<ApiAnswer<T>> {
    const r = await this.post(`/api/${fn}`, { action, ...input }, token)
    if (!r.body || typeof r.body !== 'object' || !('ok' in r.body)) throw new Error(`HTTP ${r.status}: not an API envelope`)
    return r.body
  }

  /** Like call, but throws unless the answer is ok (the error names the code and the Chinese message). */
  async ok<T = any>(fn: string, action: string, input: Record<string, unknown>, token?: string): Promise<T> {
    const r = await this.call<T>(fn, action, input, token)
    if (!r.ok) throw new Error(`${fn}.${action}: ${r.error?.code} ${r.error?.message}`)
    return r.data
  }

  /** A household or cleaner session (what WeChat's login stands for on the local CloudBase). */
  async login(role: 'household' | 'cleaner'): Promise<LocalSession> {
    const r = await this.post('/api/_local/login', { role })
    if (!r.body?.ok) throw new Error(`local login failed: ${r.body?.error?.message ?? r.status}`)
    return { token: r.body.data.token, openid: r.body.data.openid }
  }

  close(): void {
    this.agent.destroy()
  }
}

export interface RequestCounts { gateway: number; sdk: number; other: number; connections: number }

/**
 * Counts what every http.Server in this process receives: requests to /api/* (the gateway), to /admin (the
 * CloudBase HTTP API the functions' SDK calls) and anything else, and new TCP connections. Only sees an in-process
 * server.
 */
export function countServerRequests(): { counts: RequestCounts; stop(): void } {
  const counts: RequestCounts = { gateway: 0, sdk: 0, other: 0, connections: 0 }
  const onRequest = (m: any) => {
    const url: string = m?.request?.url ?? ''
    if (url.startsWith('/admin')) counts.sdk++
    else if (url.startsWith('/api/')) counts.gateway++
    else counts.other++
  }
  const onSocket = () => { counts.connections++ }
  diagnostics.subscribe('http.server.request.start', onRequest)
  diagnostics.subscribe('net.server.socket', onSocket)
  return {
    counts,
    stop: () => {
      diagnostics.unsubscribe('http.server.request.start', onRequest)
      diagnostics.unsubscribe('net.server.socket', onSocket)
    }
  }
}

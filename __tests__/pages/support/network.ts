// The network boundary for page tests: the only thing mocked. Pages, src/api and the transport run for real; their
// Taro.request calls land here. A test answers function actions with `server.on('booking', 'catalog', input => data)`,
// refuses with `server.fail(...)`, and reads what was sent with `server.calls('booking', 'create')`.

export interface FakeError { code: string; message: string; details?: Record<string, unknown> }
type Handler = (input: any) => unknown | Promise<unknown>

/** Throw this from a handler to answer {ok: false, error}. */
export class Refusal extends Error {
  constructor(readonly body: FakeError) {
    super(body.message)
  }
}

export interface SentCall { fn: string; action: string; input: Record<string, any>; authorization?: string }

class FakeServer {
  private handlers = new Map<string, Handler>()
  private sent: SentCall[] = []
  private localRoutes = new Map<string, Handler>()

  reset(): void {
    this.handlers.clear()
    this.localRoutes.clear()
    this.sent = []
  }

  on(fn: string, action: string, handler: Handler | unknown): this {
    this.handlers.set(`${fn}.${action}`, typeof handler === 'function' ? (handler as Handler) : () => handler)
    return this
  }

  fail(fn: string, action: string, error: FakeError): this {
    return this.on(fn, action, () => { throw new Refusal(error) })
  }

  /** Answer a /api/_local/<route> call (H5-only helpers of the local CloudBase). */
  onLocal(route: string, handler: Handler | unknown): this {
    this.localRoutes.set(route, typeof handler === 'function' ? (handler as Handler) : () => handler)
    return this
  }

  calls(fn?: string, action?: string): SentCall[] {
    return this.sent.filter((c) => (!fn || c.fn === fn) && (!action || c.action === action))
  }

  /** What Taro.request resolves with for one request (statusCode + data), as the local gateway would answer. */
  async respond(url: string, data: any, header: Record<string, string> = {}): Promise<{ statusCode: number; data: unknown }> {
    const local = /^\/api\/_local\/(.+)$/.exec(url)
    if (local) {
      if (local[1] === 'login') return { statusCode: 200, data: { ok: true, data: { token: 'a'.repeat(48), openid: 'o_test', role: data?.role } } }
      const h = this.localRoutes.get(local[1])
      if (!h) return { statusCode: 404, data: { ok: false, error: { code: 'NOT_FOUND', message: `接口不存在: _local/${local[1]}` } } }
      return this.answer(() => h(data))
    }
    const m = /^\/api\/([\w-]+)$/.exec(url)
    if (!m) throw new Error(`page test: unexpected request to ${url}`)
    const { action, ...input } = data ?? {}
    this.sent.push({ fn: m[1], action, input, authorization: header.authorization })
    const h = this.handlers.get(`${m[1]}.${action}`)
    if (!h) throw new Error(`page test: no answer for ${m[1]}.${action} — add server.on('${m[1]}', '${action}', …)`)
    return this.answer(() => h(input))
  }

  private async answer(run: () => unknown): Promise<{ statusCode: number; data: unknown }> {
    try {
      return { statusCode: 200, data: { ok: true, data: await run() } }
    } catch (e) {
      if (e instanceof Refusal) return { statusCode: 200, data: { ok: false, error: e.body } }
      throw e
    }
  }
}

export const server = new FakeServer()

/** A promise the test resolves by hand: holds a response in flight (double taps, loading states). */
export function deferred<T = unknown>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej })
  return { promise, resolve, reject }
}

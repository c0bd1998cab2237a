// The local CloudBase: one process, one port, one data folder. startLocalCloud() is what `npm start` and the tests
// use. See local/README.md for what it covers.
import http from 'node:http'
import path from 'node:path'
import { COLLECTIONS } from '../database/collections'
import { LOCAL_COLLECTIONS } from './collections'
import { Store } from './engine/store'
import { Documents } from './engine/documents'
import { ReaderPool, DEFAULT_READERS, DEFAULT_QUERY_TIMEOUT_MS } from './engine/readers'
import { TransactionManager } from './engine/transactions'
import { FunctionRunner, type LogSink } from './runner/runner'
import { TimerScheduler } from './timers/scheduler'
import { LocalClock, useServerClock } from './clock'
import { WxOpenApi } from './wx/openapi'
import { FileStore } from './files/files'
import { Sessions } from './gateway/sessions'
import { handleAdmin } from './http/admin'
import { handleFunctionCall, failure } from './gateway/gateway'
import { handleLocal, handleStorage } from './http/local-routes'
import { serveStatic } from './http/static'
import { useLocalSecrets } from './security/secrets'
import { sendJson } from './http/body'
import { loadKeys, type LocalKeys } from './security/keys'
import { SignatureVerifier } from './security/signature'
import { allowedHosts, checkRequest, productionMode } from './http/guard'
import type { Services } from './api/types'

export interface LocalCloudOptions {
  port?: number
  host?: string
  dataDir: string
  /** built functions (build/functions); each <name>/index.js exporting main */
  functionsDir?: string
  /** the H5 build to host at / */
  staticDir?: string
  /** run timer triggers on schedule (default true; tests fire them by hand, or move the clock) */
  timers?: boolean
  log?: LogSink | false
  /** reader threads for queries (default 2, env LOCAL_READERS; 0 = every query on the event loop) */
  readers?: number
  /** time limit of a query in ms (default 5000, env LOCAL_QUERY_TIMEOUT_MS): past it, DATABASE_TIMEOUT */
  queryTimeoutMs?: number
  /** threads the cloud functions run in (default 1, env LOCAL_FUNCTION_THREADS; 0 = on the event loop) */
  functionThreads?: number
  /** more host:port names the server answers to besides its listening address (env LOCAL_PUBLIC_HOSTS, comma-separated) */
  publicHosts?: string[]
}

export interface LocalCloud {
  url: string
  port: number
  store: Store
  docs: Documents
  wx: WxOpenApi
  sessions: Sessions
  runner: FunctionRunner
  timers: TimerScheduler
  /** the local clock: move it with clock.advanceBy/set, then timers.catchUp(from), or POST /api/_local/clock */
  clock: LocalClock
  /** the environment's keys every POST /admin request is signed with (never printed) */
  keys: LocalKeys
  close(): Promise<void>
}

const ROOT = path.resolve(__dirname, '..')

export async function startLocalCloud(opts: LocalCloudOptions): Promise<LocalCloud> {
  const log: LogSink = opts.log === false ? () => undefined : opts.log ?? ((l) => process.stdout.write(JSON.stringify(l) + '\n'))
  const keys = loadKeys(opts.dataDir)
  const verifier = new SignatureVerifier(keys)
  const production = productionMode()
  let hosts = new Set<string>()
  const store = new Store(opts.dataDir, [...COLLECTIONS, ...LOCAL_COLLECTIONS])
  const readers = new ReaderPool(store, {
    size: opts.readers ?? envNumber('LOCAL_READERS') ?? DEFAULT_READERS,
    queryTimeoutMs: opts.queryTimeoutMs ?? envNumber('LOCAL_QUERY_TIMEOUT_MS') ?? DEFAULT_QUERY_TIMEOUT_MS
  })
  const docs = new Documents(store, readers)
  // the functions' signing and field keys: from <DATA_DIR>/secrets.json (or the operator's JZ_*), never the database
  useLocalSecrets(opts.dataDir, docs)
  const txs = new TransactionManager(store)
  const files = new FileStore(opts.dataDir)
  const wx = new WxOpenApi(docs)
  const sessions = new Sessions(docs)
  const clock = new LocalClock(opts.dataDir)
  useServerClock(clock)
  const runner = new FunctionRunner(opts.functionsDir ?? path.join(ROOT, 'build/functions'), log, clock, functionThreads(opts))
  const timers = new TimerScheduler(runner, log, clock)
  let baseUrl = ''

  const services: Services = {
    store, docs, txs, files,
    invoke: (name, event, env) => runner.invoke(name, event, env),
    invocationOf: (seqId) => runner.invocationOf(seqId),
    wxApi: (api, data, caller) => wx.call(api, data, caller),
    baseUrl: () => baseUrl
  }
  const local = { sessions, wx, timers, files, clock, keys, production, docs, baseUrl: () => baseUrl }

  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://local').pathname
    const route = async () => {
      const refusal = checkRequest(req, pathname, hosts)
      if (refusal) return sendJson(res, refusal.status, failure(refusal.code, refusal.message))
      if (pathname === '/admin' && req.method === 'POST') {
        return handleAdmin(req, res, services, log, (r, params) => {
          const v = verifier.verify({ method: r.method ?? 'POST', url: r.url ?? '/', headers: r.headers, params })
          return v.ok ? undefined : v.reason
        })
      }
      if (pathname.startsWith('/api/_local/')) return handleLocal(pathname.slice('/api/_local/'.length), req, res, local)
      if (pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return sendJson(res, 405, failure('INVALID_ARGUMENT', '只支持 POST'))
        return handleFunctionCall(pathname.slice('/api/'.length), req, res, runner, sessions)
      }
      if (pathname.startsWith('/_storage/')) return handleStorage(req, res, files)
      if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(req, res, opts.staticDir)
      sendJson(res, 404, failure('NOT_FOUND', '接口不存在'))
    }
    route().catch((e) => {
      log({ t: new Date().toISOString(), path: pathname, outcome: 'crash', error: (e as Error)?.stack })
      if (!res.headersSent) sendJson(res, 500, failure('INTERNAL', '服务暂时不可用'))
      else res.end()
    })
  })
  server.keepAliveTimeout = 65_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 8787, opts.host ?? '127.0.0.1', () => resolve())
  })
  const port = (server.address() as any).port as number
  const host = opts.host ?? '127.0.0.1'
  hosts = allowedHosts(host, port, opts.publicHosts ?? (process.env.LOCAL_PUBLIC_HOSTS ?? '').split(','))
  // functions reach the server by a name it answers to (0.0.0.0 is where it listens, not an address to call)
  baseUrl = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}`
  pointSdkAt(baseUrl, keys)
  timers.start(opts.timers !== false)

  return {
    url: baseUrl, port, store, docs, wx, sessions, runner, timers, clock, keys,
    close: async () => {
      timers.stop()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      txs.closeAll()
      await runner.close()
      await readers.close()
      store.close()
    }
  }
}

function functionThreads(opts: LocalCloudOptions): number {
  return Math.floor(opts.functionThreads ?? envNumber('LOCAL_FUNCTION_THREADS') ?? 1)
}

function envNumber(name: string): number | undefined {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return undefined
  const n = Number(raw)
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number: ${raw}`)
  return n
}

/**
 * The environment @cloudbase/node-sdk reads to reach this server instead of Tencent Cloud (see DESIGN §2), with the
 * keys it signs every request with (loadKeys(dataDir) in another process).
 */
export function sdkEnvironment(baseUrl: string, keys: LocalKeys): Record<string, string> {
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${baseUrl}/admin` }),
    TENCENTCLOUD_SECRETID: keys.secretId,
    TENCENTCLOUD_SECRETKEY: keys.secretKey,
    TENCENTCLOUD: 'true',
    // functions in this process follow the local clock (core/runtime/clock.ts); never set in production
    JZ_LOCAL_CLOUD: '1',
    SCF_NAMESPACE: 'local',
    SILENCE: 'true'
  }
}

function pointSdkAt(baseUrl: string, keys: LocalKeys): void {
  Object.assign(process.env, sdkEnvironment(baseUrl, keys))
}

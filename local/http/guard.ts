// What every request to the local CloudBase must pass before any route sees it (DNS rebinding and cross-site writes):
// the Host must be this server's, a browser's Origin must be this server's own, and a body on /admin or /api must be
// JSON (a browser page can send text/plain, form or multipart bodies cross-site without asking; JSON it cannot).
// Also the helpers for what only the keys' holder may do: the local key header and the production switch.
import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { LocalKeys } from '../security/keys'

/** Header carrying the environment's secretKey, for the local-only routes that need the keys (timers, clock, openid). */
export const LOCAL_KEY_HEADER = 'x-jz-local-key'

/** JZ_MODE=production: the product runs for real; the local clock and the timer triggers are not reachable by HTTP. */
export function productionMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.JZ_MODE === 'production'
}

export type Refusal = { status: number; code: string; message: string }

/**
 * host:port pairs this server answers to: the listening address (loopback names too when it listens on loopback or on
 * every address), plus `extra` (LOCAL_PUBLIC_HOSTS: 'jz.example.lan:8787,...') for a server opened with HOST.
 */
export function allowedHosts(host: string, port: number, extra: readonly string[] = []): Set<string> {
  const names = new Set<string>([host])
  if (['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'].includes(host)) for (const n of ['127.0.0.1', 'localhost', '::1']) names.add(n)
  names.delete('0.0.0.0')
  names.delete('::')
  const out = new Set<string>([...names].map((n) => `${n.includes(':') ? `[${n}]` : n.toLowerCase()}:${port}`))
  for (const e of extra) if (e.trim()) out.add(withPort(e.trim().toLowerCase()))
  return out
}

/** 'a.lan' -> 'a.lan:80'; 'a.lan:8787' and '[::1]:8787' unchanged */
function withPort(host: string): string {
  return /:\d+$/.test(host) && (!host.includes('[') || host.includes(']:')) ? host : `${host}:80`
}

const BODY_CHECKED = /^\/(admin$|api\/)/
const UPLOAD = '/api/_local/upload'
// the bodies a cross-site page may send without a preflight
const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']

export function checkRequest(req: IncomingMessage, pathname: string, hosts: ReadonlySet<string>): Refusal | undefined {
  const host = withPort((req.headers.host ?? '').toLowerCase())
  if (!req.headers.host || !hosts.has(host)) return { status: 421, code: 'PERMISSION_DENIED', message: '请求的主机名不正确' }
  const origin = req.headers.origin
  if (origin !== undefined && !sameOrigin(origin, hosts)) return { status: 403, code: 'PERMISSION_DENIED', message: '不接受来自其他网站的请求' }
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS' && BODY_CHECKED.test(pathname)) {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
    if (pathname === UPLOAD) {
      if (!type || SIMPLE_TYPES.includes(type)) return { status: 415, code: 'INVALID_ARGUMENT', message: '上传的内容类型不正确' }
    } else if (type !== 'application/json' && !(type === '' && bodyless(req))) {
      return { status: 415, code: 'INVALID_ARGUMENT', message: '请求内容必须是 JSON（Content-Type: application/json）' }
    }
  }
  return undefined
}

function bodyless(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] === undefined && (req.headers['content-length'] === undefined || req.headers['content-length'] === '0')
}

function sameOrigin(origin: string, hosts: ReadonlySet<string>): boolean {
  try {
    const u = new URL(origin)
    return u.protocol === 'http:' && hosts.has(u.port ? u.host : `${u.hostname}:80`)
  } catch {
    return false // 'null' and anything else that is not an origin
  }
}

/** Whether the request carries the environment's secretKey in LOCAL_KEY_HEADER (compared in constant time). */
export function hasLocalKey(req: IncomingMessage, keys: LocalKeys): boolean {
  const v = req.headers[LOCAL_KEY_HEADER]
  if (typeof v !== 'string' || !v) return false
  const a = crypto.createHash('sha256').update(v).digest()
  const b = crypto.createHash('sha256').update(keys.secretKey).digest()
  return crypto.timingSafeEqual(a, b)
}

// Verifies the TC3-HMAC-SHA256 signature that @cloudbase/node-sdk puts on every CloudBase API request
// (@cloudbase/signature-nodejs 2.x, called from the SDK's tcbapirequester getHeaders):
//   Authorization: TC3-HMAC-SHA256 Credential=<secretId>/<date>/tcb/tc3_request, SignedParams=..,
//                  SignedHeaders=a;b;c, Signature=<hex>
//   X-Timestamp: <unix seconds>   (the signed instant; the SDK sends X-Signature-Expires: 600)
// The canonical request is: method, '//host/path', the raw query, the signed headers (lower-cased, trimmed values),
// their names, and a SHA-256 over the body's top-level params sorted by key ('&key=value\r\n', falsy values left
// out, objects as JSON). A signature is good for MAX_SKEW_SEC around our wall clock (never the movable local clock:
// the SDK signs with the real time) and only once: each one is remembered until it could no longer be fresh.
import crypto from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { LocalKeys } from './keys'

export const MAX_SKEW_SEC = 300
const ALGORITHM = 'TC3-HMAC-SHA256'
const SERVICE = 'tcb'
/** headers a request must have signed: who it is for, what it carries, and when it was made */
const REQUIRED_SIGNED = ['host', 'content-type']

export interface SignedRequest {
  method: string
  /** the request target as received: '/admin?env=..&seqId=..' */
  url: string
  headers: IncomingHttpHeaders
  params: Record<string, unknown>
}

export type Verdict = { ok: true } | { ok: false; reason: string }

const sha256 = (s: string | Buffer) => crypto.createHash('sha256').update(s).digest('hex')
const hmac = (key: string | Buffer, s: string) => crypto.createHmac('sha256', key).update(s).digest()

function camSafe(s: string): string {
  return encodeURIComponent(s).replace(/!/g, '%21').replace(/'/g, '%27').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\*/g, '%2A')
}

/** The SDK's payload hash: formatKeyAndValue (lower-cased keys, JSON for non-strings, trimmed) then calcParamsHash. */
export function paramsHash(params: Record<string, unknown>): string {
  const kv: Record<string, string> = {}
  for (const key of Object.keys(params)) {
    const v = params[key]
    if (!key || v === undefined) continue
    kv[camSafe(key.toLowerCase().trim())] = (typeof v === 'string' ? v : JSON.stringify(v)).trim()
  }
  const hash = crypto.createHash('sha256')
  for (const key of Object.keys(kv).sort((l, r) => l.localeCompare(r))) {
    if (!kv[key]) continue
    hash.update(`&${key}=`)
    hash.update(kv[key])
    hash.update('\r\n')
  }
  return hash.digest('hex')
}

interface Authorization { secretId: string; date: string; signedHeaders: string[]; signature: string }

function parseAuthorization(header: string | undefined): Authorization | undefined {
  const m = /^TC3-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/tcb\/tc3_request,(?: SignedParams=[^,]*,)? SignedHeaders=([a-z0-9;_-]+), Signature=([0-9a-f]{64})$/.exec(header ?? '')
  if (!m) return undefined
  return { secretId: m[1], date: m[2], signedHeaders: m[3].split(';'), signature: m[4] }
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const v = headers[name]
  return (Array.isArray(v) ? v.join(',') : v ?? '').trim().toLowerCase()
}

export function expectedSignature(keys: LocalKeys, req: SignedRequest, method: string, timestamp: number, signedHeaders: string[]): string {
  const q = req.url.indexOf('?')
  const pathname = q < 0 ? req.url : req.url.slice(0, q)
  const query = q < 0 ? '' : req.url.slice(q + 1)
  const canonicalHeaders = signedHeaders.map((h) => `${h}:${headerValue(req.headers, h)}`).join('\n') + '\n'
  const canonicalRequest = `${method}\n//${headerValue(req.headers, 'host')}${pathname}\n${query}\n${canonicalHeaders}\n${signedHeaders.join(';')}\n${paramsHash(req.params)}`
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10)
  const scope = `${date}/${SERVICE}/tc3_request`
  const stringToSign = `${ALGORITHM}\n${timestamp}\n${scope}\n${sha256(canonicalRequest)}`
  const signing = hmac(hmac(hmac(`TC3${keys.secretKey}`, date), SERVICE), 'tc3_request')
  return crypto.createHmac('sha256', signing).update(stringToSign).digest('hex')
}

function equal(a: string, b: string): boolean {
  return a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b))
}

/** Checks signatures and remembers the good ones until they expire, so none is accepted twice. */
export class SignatureVerifier {
  private seen = new Map<string, number>()
  private lastSweep = 0

  constructor(private keys: LocalKeys, private wallSec: () => number = () => Math.floor(Date.now() / 1000)) {}

  verify(req: SignedRequest): Verdict {
    const auth = parseAuthorization(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined)
    if (!auth) return { ok: false, reason: '缺少签名或签名格式不正确' }
    if (!equal(auth.secretId, this.keys.secretId)) return { ok: false, reason: 'SecretId 不正确' }
    const tsText = headerValue(req.headers, 'x-timestamp')
    const timestamp = /^\d{1,12}$/.test(tsText) ? Number(tsText) : NaN
    const now = this.wallSec()
    if (!Number.isFinite(timestamp)) return { ok: false, reason: '缺少签名时间 (X-Timestamp)' }
    if (Math.abs(now - timestamp) > MAX_SKEW_SEC) return { ok: false, reason: '签名已过期或时间不同步' }
    if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== auth.date) return { ok: false, reason: '签名日期与时间不符' }
    const sorted = [...auth.signedHeaders].sort((l, r) => l.localeCompare(r))
    if (sorted.join(';') !== auth.signedHeaders.join(';') || new Set(sorted).size !== sorted.length) return { ok: false, reason: '签名头部不正确' }
    if (REQUIRED_SIGNED.some((h) => !auth.signedHeaders.includes(h))) return { ok: false, reason: '签名必须包含 host 与 content-type' }
    // the SDK signs the method as it names it ('post'); other signers use 'POST'
    const good = [req.method.toLowerCase(), req.method.toUpperCase()].some((m) => equal(expectedSignature(this.keys, req, m, timestamp, auth.signedHeaders), auth.signature))
    if (!good) return { ok: false, reason: '签名不正确' }
    this.sweep(now)
    if (this.seen.has(auth.signature)) return { ok: false, reason: '重复的请求（签名已使用过）' }
    this.seen.set(auth.signature, timestamp + MAX_SKEW_SEC)
    return { ok: true }
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 10) return
    this.lastSweep = now
    for (const [sig, until] of this.seen) if (until < now) this.seen.delete(sig)
  }
}

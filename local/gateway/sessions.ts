// Local sign-ins for households and cleaners: in production WeChat vouches for the openid; locally a session token
// stands in for that, and the gateway puts the openid into the invocation context as WX_OPENID.
import crypto from 'node:crypto'
import type { Documents } from '../engine/documents'

export type LocalRole = 'household' | 'cleaner'
export interface LocalSession { _id: string; role: LocalRole; openid: string; createdAt: Date; expiresAt: Date }

const TTL_MS = 30 * 24 * 3600 * 1000
const OPENID = /^[A-Za-z0-9_-]{6,64}$/

/** How long a session found in the store is kept in memory (the gateway looks one up on every call). */
const FOUND_TTL_MS = 10_000

export class Sessions {
  private found = new Map<string, { session: LocalSession; until: number }>()

  constructor(private docs: Documents) {}

  create(role: unknown, openid: unknown): LocalSession {
    if (role !== 'household' && role !== 'cleaner') throw new Error('role 必须是 household 或 cleaner')
    if (openid !== undefined && (typeof openid !== 'string' || !OPENID.test(openid))) throw new Error('openid 格式不正确')
    const now = new Date()
    const session: LocalSession = {
      _id: crypto.randomBytes(24).toString('hex'),
      role,
      openid: (openid as string | undefined) ?? `o_local_${crypto.randomBytes(9).toString('base64url')}`,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TTL_MS)
    }
    this.docs.insert('_local_sessions', [session])
    return session
  }

  find(token: string | undefined): LocalSession | undefined {
    if (!token || !/^[0-9a-f]{48}$/.test(token)) return undefined
    const now = Date.now()
    const hit = this.found.get(token)
    if (hit && now < hit.until) return hit.session.expiresAt.getTime() > now ? hit.session : undefined
    const [s] = this.docs.find('_local_sessions', { filter: { _id: token } }) as LocalSession[]
    if (!s) return undefined
    if (this.found.size >= 10_000) this.found.clear()
    this.found.set(token, { session: s, until: now + FOUND_TTL_MS })
    return s.expiresAt > new Date() ? s : undefined
  }
}

export function bearer(header: string | string[] | undefined): string | undefined {
  const h = Array.isArray(header) ? header[0] : header
  const m = /^Bearer\s+(\S+)$/i.exec(h ?? '')
  return m?.[1]
}

// Local sign-ins for households and cleaners: in production WeChat vouches for the openid; locally a session token
// stands in for that, and the gateway puts the openid into the invocation context as WX_OPENID.
import crypto from 'node:crypto'
import type { Documents } from '../engine/documents'

export type LocalRole = 'household' | 'cleaner'
export interface LocalSession { _id: string; role: LocalRole; openid: string; createdAt: Date; expiresAt: Date }

const TTL_MS = 30 * 24 * 3600 * 1000
const OPENID = /^[A-Za-z0-9_-]{6,64}$/

export class Sessions {
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
    const [s] = this.docs.find('_local_sessions', { filter: { _id: token } }) as LocalSession[]
    return s && s.expiresAt > new Date() ? s : undefined
  }
}

export function bearer(header: string | string[] | undefined): string | undefined {
  const h = Array.isArray(header) ? header[0] : header
  const m = /^Bearer\s+(\S+)$/i.exec(h ?? '')
  return m?.[1]
}

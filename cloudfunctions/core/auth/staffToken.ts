// Staff session tokens: base64url(JSON payload) + "." + HMAC-SHA256. The payload names the staff member, the role
// at sign-in, the expiry and the account's tokenVersion (bumped on sign-out or password change, which revokes all).
import crypto from 'node:crypto'
import type { StaffRole } from './staffRoles'

export interface StaffTokenPayload { sub: string; role: StaffRole; exp: number; ver: number }

export function signStaffToken(payload: StaffTokenPayload, secret: Buffer): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return `st.${body}.${mac(body, secret)}`
}

export function verifyStaffToken(token: string | undefined, secret: Buffer, now: Date): StaffTokenPayload | null {
  if (!token || !token.startsWith('st.')) return null
  const [, body, sig] = token.split('.')
  if (!body || !sig) return null
  const want = mac(body, secret)
  if (sig.length !== want.length || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(want))) return null
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as StaffTokenPayload
    return typeof p.sub === 'string' && typeof p.exp === 'number' && p.exp * 1000 > now.getTime() ? p : null
  } catch {
    return null
  }
}

function mac(body: string, secret: Buffer): string {
  return crypto.createHmac('sha256', secret).update(body).digest('base64url')
}

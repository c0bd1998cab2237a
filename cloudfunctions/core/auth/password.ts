// Staff passwords: scrypt with a per-password salt, compared in constant time.
import crypto from 'node:crypto'

const N = 16384
const KEYLEN = 32

export function hashPassword(password: string, salt = crypto.randomBytes(16)): string {
  const key = crypto.scryptSync(password, salt, KEYLEN, { N, r: 8, p: 1 })
  return `scrypt$${N}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const want = Buffer.from(key, 'base64url')
  const got = crypto.scryptSync(password, Buffer.from(salt, 'base64url'), want.length, { N: Number(n), r: 8, p: 1 })
  return crypto.timingSafeEqual(want, got)
}

/** A password staff may set: 8-64 characters with letters and digits. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8 || password.length > 64) return '密码长度需为 8-64 位'
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码需同时包含字母和数字'
  return null
}

// Staff passwords: scrypt with a per-password salt, compared in constant time. Policy: 10-64 characters and not one
// of the ~49k most common passwords of @zxcvbn-ts/language-common (compared in lower case).
import crypto from 'node:crypto'
import { dictionary } from '@zxcvbn-ts/language-common'

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

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 64

let common: Set<string> | undefined
/** The common passwords long enough to pass the length rule (the shorter ones fail it anyway). */
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).filter((p) => p.length >= PASSWORD_MIN).map((p) => p.toLowerCase()))
  return common
}

/** A password staff may set: 10-64 characters, not a common password. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return `密码长度需为 ${PASSWORD_MIN}-${PASSWORD_MAX} 位`
  if (commonPasswords().has(password.toLowerCase())) return '这个密码太常见，容易被猜中，请换一个'
  if (new Set(password).size < 4) return '密码过于简单（重复字符太多），请换一个'
  return null
}

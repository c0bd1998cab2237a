// Field encryption for personal data at rest (phone, ID number): AES-256-GCM, and a keyed hash for lookups by phone.
// A sealed value is `v2:<kid>:<iv>:<tag>:<ct>`; the key id says which key sealed it (see secrets.ts). `v1:<iv>:<tag>:<ct>`
// values, from before key ids, are still read: each known key is tried.
import crypto from 'node:crypto'
import type { DataKey } from './secrets'

const VERSION = 'v2'

export function encryptField(plain: string, key: DataKey): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key.key, iv)
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [VERSION, key.kid, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join(':')
}

function open(key: Buffer, iv: string, tag: string, ct: string): string {
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8')
}

/** The key id a sealed value names, or null for a v1 value (or something that is not a sealed value). */
export function sealedKeyId(sealed: string): string | null {
  const parts = sealed.split(':')
  return parts[0] === VERSION && parts.length === 5 ? parts[1] : null
}

export function decryptField(sealed: string, keys: DataKey[]): string {
  const parts = sealed.split(':')
  if (parts[0] === VERSION && parts.length === 5) {
    const [, kid, iv, tag, ct] = parts
    const key = keys.find((k) => k.kid === kid)
    if (!key) throw new Error(`no data key ${kid}`)
    return open(key.key, iv, tag, ct)
  }
  if (parts[0] === 'v1' && parts.length === 4) {
    const [, iv, tag, ct] = parts
    for (const k of keys) {
      try { return open(k.key, iv, tag, ct) } catch { /* another key sealed it */ }
    }
    throw new Error('no data key opens this v1 value')
  }
  throw new Error('unknown ciphertext format')
}

export function lookupHash(value: string, key: Buffer): string {
  return crypto.createHmac('sha256', key).update(`lookup:${value}`).digest('base64url')
}

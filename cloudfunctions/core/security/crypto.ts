// Field encryption for personal data at rest (phone, ID number): AES-256-GCM, and a keyed hash for lookups by phone.
import crypto from 'node:crypto'

const VERSION = 'v1'

export function encryptField(plain: string, key: Buffer): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv)
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join(':')
}

export function decryptField(sealed: string, key: Buffer): string {
  const [version, iv, tag, ct] = sealed.split(':')
  if (version !== VERSION || !iv || !tag || ct === undefined) throw new Error('unknown ciphertext format')
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8')
}

export function lookupHash(value: string, key: Buffer): string {
  return crypto.createHmac('sha256', key).update(`lookup:${value}`).digest('base64url')
}

// The two kinds of key the backend needs: one signs staff session tokens, the others encrypt personal data. They come
// only from the functions' environment, never from the database (anyone who reads the database must not hold them):
//   JZ_TOKEN_SECRET    64 hex chars
//   JZ_DATA_KEY        64 hex chars: the current field key (new values are sealed with it)
//   JZ_DATA_KEYS_OLD   optional, comma-separated 64-hex keys still accepted for decryption during a rotation
// Production declares them in cloudbaserc.json; the local CloudBase keeps them in <DATA_DIR>/secrets.json and sets
// them in its process (local/security/secrets.ts). Missing or malformed: INTERNAL, never a generated key.
import crypto from 'node:crypto'
import { internal } from '../contract/errors'

export interface DataKey {
  /** a short fingerprint of the key, written into every value it seals, so a rotation knows what to re-encrypt */
  kid: string
  key: Buffer
}

export interface Secrets {
  tokenSecret: Buffer
  /** the current data key */
  dataKey: DataKey
  /** every key that may decrypt: the current one first, then the old ones */
  dataKeys: DataKey[]
}

export const SECRET_ENV = ['JZ_TOKEN_SECRET', 'JZ_DATA_KEY', 'JZ_DATA_KEYS_OLD'] as const
type SecretEnv = Record<string, string | undefined>

const HEX_KEY = /^[0-9a-f]{64}$/i

/** The key id of a data key: 8 hex chars of a hash of it (reveals nothing usable about the key). */
export function keyId(key: Buffer): string {
  return crypto.createHash('sha256').update('jz-data-key-id:').update(key).digest('hex').slice(0, 8)
}

export function dataKeyOf(hex: string): DataKey {
  const key = Buffer.from(hex, 'hex')
  return { kid: keyId(key), key }
}

let cached: { from: string; secrets: Secrets } | undefined

/** The keys in force, from the environment; INTERNAL when they are missing or malformed. */
export function loadSecrets(env: SecretEnv = process.env): Secrets {
  const { JZ_TOKEN_SECRET: token = '', JZ_DATA_KEY: data = '', JZ_DATA_KEYS_OLD: old = '' } = env
  const from = `${token}|${data}|${old}`
  if (cached?.from === from) return cached.secrets
  const olds = old.split(',').map((s) => s.trim()).filter(Boolean)
  if (!HEX_KEY.test(token) || !HEX_KEY.test(data) || !olds.every((k) => HEX_KEY.test(k))) {
    // the message names the setting, never a value
    throw internal('服务端密钥未配置：请在云函数环境变量中设置 JZ_TOKEN_SECRET 与 JZ_DATA_KEY（各 64 位十六进制）')
  }
  const current = dataKeyOf(data)
  const dataKeys = [current, ...olds.map(dataKeyOf).filter((k) => k.kid !== current.kid)]
  const secrets: Secrets = { tokenSecret: Buffer.from(token, 'hex'), dataKey: current, dataKeys }
  cached = { from, secrets }
  return secrets
}

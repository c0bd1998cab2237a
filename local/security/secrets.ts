// The backend's own keys for the local CloudBase (staff-token signing key, field encryption keys): kept in
// <DATA_DIR>/secrets.json (mode 0600), never in the database, and handed to the in-process functions through
// process.env as production hands them through the functions' environment (cloudfunctions/core/security/secrets.ts).
// An operator's JZ_TOKEN_SECRET / JZ_DATA_KEY in the environment of `npm start` win over the file.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import type { Documents } from '../engine/documents'

export interface SecretsFile {
  tokenSecret: string
  /** hex keys, the current one first; the others only decrypt until the re-encrypt job has moved every value */
  dataKeys: string[]
}

const HEX_KEY = /^[0-9a-f]{64}$/i
// set beside the keys, so a second startLocalCloud in one process (tests) reads its own folder, not the first's keys
const MARK = 'JZ_SECRETS_FROM_LOCAL'

export function secretsFile(dataDir: string): string {
  return path.join(dataDir, 'secrets.json')
}

const newKey = () => crypto.randomBytes(32).toString('hex')

function valid(s: unknown): s is SecretsFile {
  const v = s as Partial<SecretsFile> | undefined
  return typeof v?.tokenSecret === 'string' && HEX_KEY.test(v.tokenSecret) && Array.isArray(v.dataKeys) &&
    v.dataKeys.length > 0 && v.dataKeys.every((k) => typeof k === 'string' && HEX_KEY.test(k))
}

export function readSecretsFile(dataDir: string): SecretsFile | null {
  const file = secretsFile(dataDir)
  let raw: string
  try {
    raw = fs.readFileSync(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
  const saved: unknown = JSON.parse(raw)
  if (!valid(saved)) throw new Error(`${file} 不是有效的密钥文件`)
  return saved
}

export function writeSecretsFile(dataDir: string, s: SecretsFile): void {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = secretsFile(dataDir)
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(s, null, 2), { mode: 0o600 })
  fs.renameSync(tmp, file)
}

/**
 * The folder's keys, created on first start. A folder from before this file kept its keys in settings/secrets: they
 * move into the file (their data key stays able to decrypt) and the document is deleted.
 */
export function loadLocalSecrets(dataDir: string, docs: Documents): SecretsFile {
  let s = readSecretsFile(dataDir)
  const legacy = docs.find('settings', { filter: { _id: 'secrets' } })[0] as { tokenSecret?: unknown; dataKey?: unknown } | undefined
  const legacyKey = typeof legacy?.dataKey === 'string' && HEX_KEY.test(legacy.dataKey) ? legacy.dataKey : null
  const legacyToken = typeof legacy?.tokenSecret === 'string' && HEX_KEY.test(legacy.tokenSecret) ? legacy.tokenSecret : null
  if (!s) {
    s = { tokenSecret: legacyToken ?? newKey(), dataKeys: [legacyKey ?? newKey()] }
    writeSecretsFile(dataDir, s)
  } else if (legacyKey && !s.dataKeys.includes(legacyKey)) {
    s = { ...s, dataKeys: [...s.dataKeys, legacyKey] }
    writeSecretsFile(dataDir, s)
  }
  if (legacy) docs.remove('settings', { _id: 'secrets' }, false)
  return s
}

/** What the functions read (core/security/secrets.ts). */
export function secretsEnvironment(s: SecretsFile): Record<string, string> {
  const [current, ...old] = s.dataKeys
  return { JZ_TOKEN_SECRET: s.tokenSecret, JZ_DATA_KEY: current, JZ_DATA_KEYS_OLD: old.join(','), [MARK]: '1' }
}

/** Sets the keys in this process: the operator's own JZ_* environment when given, else the folder's file. */
export function useLocalSecrets(dataDir: string, docs: Documents, env: NodeJS.ProcessEnv = process.env): void {
  const s = loadLocalSecrets(dataDir, docs)
  if (env[MARK] !== '1' && env.JZ_TOKEN_SECRET && env.JZ_DATA_KEY) return
  Object.assign(env, secretsEnvironment(s))
}

// The environment's keys (secretId / secretKey): every POST /admin request must be signed with them, as CloudBase
// requires. From TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY when both are set (so scripts and outside checks can
// use known keys), else generated once into <DATA_DIR>/keys.json (mode 0600). Never printed.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'

export interface LocalKeys {
  secretId: string
  secretKey: string
}

export function keysFile(dataDir: string): string {
  return path.join(dataDir, 'keys.json')
}

function valid(k: unknown): k is LocalKeys {
  const v = k as Partial<LocalKeys> | undefined
  return typeof v?.secretId === 'string' && v.secretId.length >= 8 && typeof v.secretKey === 'string' && v.secretKey.length >= 16
}

/** The keys in force for this data folder: the environment's, else the key file's (written on first use). */
export function loadKeys(dataDir: string, env: Record<string, string | undefined> = process.env): LocalKeys {
  const fromEnv = { secretId: env.TENCENTCLOUD_SECRETID ?? '', secretKey: env.TENCENTCLOUD_SECRETKEY ?? '' }
  if (fromEnv.secretId && fromEnv.secretKey) {
    if (!valid(fromEnv)) throw new Error('TENCENTCLOUD_SECRETID 至少 8 位、TENCENTCLOUD_SECRETKEY 至少 16 位')
    return fromEnv
  }
  const file = keysFile(dataDir)
  try {
    const saved: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
    if (valid(saved)) return { secretId: saved.secretId, secretKey: saved.secretKey }
    throw new Error(`${file} 不是有效的密钥文件（删除它可重新生成）`)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
  const keys: LocalKeys = {
    secretId: `AKIDlocal${crypto.randomBytes(12).toString('hex')}`,
    secretKey: crypto.randomBytes(24).toString('base64url')
  }
  fs.mkdirSync(dataDir, { recursive: true })
  // 'wx': two processes starting on one folder never both write; the loser reads the winner's keys
  try {
    fs.writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: 'wx' })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadKeys(dataDir, {})
    throw e
  }
  return keys
}

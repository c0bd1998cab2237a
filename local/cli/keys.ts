// npm run keys:rotate      a new current field-encryption key in <DATA_DIR>/secrets.json (the old ones stay, for
//                          decryption), then re-encrypts every sealed field under it
// npm run keys:reencrypt   only the re-encryption (resumes an interrupted one; a finished one moves nothing)
// Locally the server must be stopped (its process holds the keys it started with). With JZ_CLOUD_ENV set, the
// re-encryption runs against that real environment instead, through the SDK with the environment's
// TENCENTCLOUD_SECRETID/SECRETKEY and the new JZ_DATA_KEY + old JZ_DATA_KEYS_OLD (README, "Rotating the data key").
// The job runs in rounds of at most 15 s, as a cloud function invocation would (core/security/reencrypt.ts).
import crypto from 'node:crypto'
import { dataDir, runningServer } from './paths'
import { readSecretsFile, writeSecretsFile } from '../security/secrets'
import { startLocalCloud, type LocalCloud } from '../index'
import { reencryptAll, type ReencryptResult } from '../../cloudfunctions/core/security/reencrypt'
import type { Database } from '../../cloudfunctions/core/runtime/cloud'

export function rotateDataKey(dir: string): { kept: number } {
  const saved = readSecretsFile(dir)
  if (!saved) throw new Error(`${dir} 里没有 secrets.json：先运行一次 npm start`)
  writeSecretsFile(dir, { ...saved, dataKeys: [crypto.randomBytes(32).toString('hex'), ...saved.dataKeys] })
  return { kept: saved.dataKeys.length }
}

/** Runs the job round after round until every collection is done and a last round moved nothing. */
export async function reencryptUntilDone(db: Database, report: (r: ReencryptResult, round: number) => void = () => undefined): Promise<number> {
  let moved = 0
  for (let round = 1; ; round++) {
    const r = await reencryptAll({ db, now: new Date() })
    report(r, round)
    const acted = Object.values(r.collections).reduce((n, c) => n + c.acted, 0)
    moved += acted
    if (r.done && acted === 0) return moved
  }
}

async function main() {
  const command = process.argv[2]
  if (command !== 'rotate' && command !== 'reencrypt') throw new Error('用法: npm run keys:rotate | npm run keys:reencrypt')
  const remote = process.env.JZ_CLOUD_ENV
  let cloud: LocalCloud | undefined
  if (!remote) {
    if (runningServer()) throw new Error('本地 CloudBase 正在运行：先停止 npm start（它持有启动时的密钥），再轮换')
    if (command === 'rotate') console.log(`已生成新的数据密钥，旧密钥 ${rotateDataKey(dataDir()).kept} 把保留用于解密`)
    cloud = await startLocalCloud({ dataDir: dataDir(), port: 0, timers: false, log: false })
  } else if (command === 'rotate') {
    throw new Error('真实环境的密钥在云函数环境变量里轮换（见 README）；这里只能 keys:reencrypt')
  }
  try {
    // required after startLocalCloud pointed the SDK at the local server (or, remote, with the environment's keys)
    const tcb = require('@cloudbase/node-sdk')
    const app = tcb.init({ env: remote ?? tcb.SYMBOL_CURRENT_ENV, timeout: 30000 })
    const moved = await reencryptUntilDone(app.database(), (r, round) => {
      const parts = Object.entries(r.collections).map(([c, n]) => `${c} 读 ${n.scanned} 改 ${n.acted}`)
      console.log(`第 ${round} 轮（密钥 ${r.kid}）: ${parts.join('，')}${r.done ? '' : '，未完，继续'}`)
    })
    console.log(`完成：${moved} 条记录改用当前密钥加密`)
  } finally {
    await cloud?.close()
  }
}

if (require.main === module) main().catch((e) => { console.error(e.message); process.exit(1) })

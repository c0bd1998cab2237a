// npm start: build what is needed, start the local CloudBase with the H5 build, seed a demo on first run.
//   PORT (default 8787), HOST (default 127.0.0.1), DATA_DIR (default .data), SKIP_H5_BUILD=1 to serve whatever dist/h5
//   holds. The keys: TENCENTCLOUD_SECRETID/SECRETKEY when set, else <DATA_DIR>/keys.json (local/security/keys.ts).
import fs from 'node:fs'
import { buildFunctions } from './build-functions'
import { ensureH5Build, H5_DIR } from './build-h5'
import { startLocalCloud } from '../local'
import { dataDir, pidFile, runningServer } from '../local/cli/paths'
import { seedDemo } from '../local/seed/demo'

async function main() {
  const already = runningServer()
  if (already) throw new Error(`本地 CloudBase 已在运行: ${already.url} (pid ${already.pid})`)
  const t0 = Date.now()
  buildFunctions()
  console.log(`云函数已构建 (${Date.now() - t0} ms)`)
  if (process.env.SKIP_H5_BUILD !== '1' && !ensureH5Build(() => console.log('正在构建 H5 页面（首次约半分钟）...'))) {
    throw new Error('H5 构建失败（见上方输出）')
  }
  const port = Number(process.env.PORT ?? 8787)
  // 127.0.0.1 unless HOST says otherwise (HOST=0.0.0.0 opens it to the network; see local/README.md, Security)
  const cloud = await startLocalCloud({ port, host: process.env.HOST || undefined, dataDir: dataDir(), staticDir: H5_DIR })
  fs.writeFileSync(pidFile(), JSON.stringify({ pid: process.pid, url: cloud.url }))

  const tcb = require('@cloudbase/node-sdk')
  const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database()
  const seeded = await seedDemo(db)

  console.log(`
本地 CloudBase 已启动: ${cloud.url}
  家庭用户（H5）:  ${cloud.url}/
  阿姨端:         ${cloud.url}/#/cleaner/bind/index
  管理后台:       ${cloud.url}/#/admin/login/index
  数据目录:       ${dataDir()}    备份: npm run backup -- 文件路径`)
  if (seeded) {
    console.log('\n首次启动，已写入演示数据。员工账号（密码只显示这一次，请妥善保存）:')
    for (const s of seeded.staff) console.log(`  ${s.roleLabel}  用户名 ${s.username}  密码 ${s.password}`)
    console.log('\n阿姨邀请码（在阿姨端输入以绑定）:')
    for (const c of seeded.cleaners) console.log(`  ${c.name}  ${c.inviteCode}`)
  }
  console.log('\n按 Ctrl+C 停止。')

  let closing = false
  const shutdown = async () => {
    if (closing) return
    closing = true
    console.log('\n正在停止...')
    await cloud.close()
    fs.rmSync(pidFile(), { force: true })
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((e) => {
  console.error(e.message ?? e)
  process.exit(1)
})

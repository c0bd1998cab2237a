// npm run backup -- FILE: an online backup of the local CloudBase's database (SQLite backup API: consistent while the
// server keeps running) plus a copy of uploaded files beside it (FILE.files/).
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { dataDir, dbFile } from './paths'

async function main() {
  const target = process.argv[2]
  if (!target) throw new Error('用法: npm run backup -- <备份文件路径>')
  const source = dbFile()
  if (!fs.existsSync(source)) throw new Error(`没有找到数据库: ${source}（先运行 npm start）`)
  const out = path.resolve(target)
  if (fs.existsSync(out)) throw new Error(`备份文件已存在，不会覆盖: ${out}`)
  fs.mkdirSync(path.dirname(out), { recursive: true })
  const db = new Database(source, { readonly: true, fileMustExist: true })
  const started = Date.now()
  await db.backup(out)
  db.close()
  const files = path.join(dataDir(), 'files')
  if (fs.existsSync(files)) fs.cpSync(files, `${out}.files`, { recursive: true })
  const check = new Database(out, { readonly: true })
  const ok = (check.pragma('integrity_check', { simple: true }) as string) === 'ok'
  check.close()
  if (!ok) throw new Error('备份文件校验失败')
  // the keys stay out of the backup on purpose (whoever holds a backup must not hold them); restore keeps them in place
  console.log('注意：密钥文件（secrets.json、keys.json）不在备份里；换一台机器恢复时，请另行安全地复制它们')
  console.log(`备份完成: ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB, ${Date.now() - started} ms)${fs.existsSync(`${out}.files`) ? `，图片: ${out}.files/` : ''}`)
}

main().catch((e) => { console.error(e.message); process.exit(1) })

// npm run restore -- FILE: replaces the local CloudBase's database with a backup (and its FILE.files/ photos).
// Refuses while the server is running on this data folder, and checks the backup before touching anything.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { dataDir, dbFile, runningServer } from './paths'

function main() {
  const source = process.argv[2] ? path.resolve(process.argv[2]) : ''
  if (!source || !fs.existsSync(source)) throw new Error('用法: npm run restore -- <备份文件路径>（文件不存在）')
  const running = runningServer()
  if (running) throw new Error(`本地 CloudBase 正在运行 (pid ${running.pid})，请先停止它再恢复`)
  const check = new Database(source, { readonly: true, fileMustExist: true })
  const ok = (check.pragma('integrity_check', { simple: true }) as string) === 'ok'
  const hasCatalog = !!check.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_collections'").get()
  check.close()
  if (!ok || !hasCatalog) throw new Error('这不是一个有效的本地 CloudBase 备份文件')
  const target = dbFile()
  fs.mkdirSync(dataDir(), { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true })
  fs.copyFileSync(source, target)
  const files = path.join(dataDir(), 'files')
  if (fs.existsSync(`${source}.files`)) {
    fs.rmSync(files, { recursive: true, force: true })
    fs.cpSync(`${source}.files`, files, { recursive: true })
  }
  console.log(`已从 ${source} 恢复到 ${target}`)
}

try { main() } catch (e) { console.error((e as Error).message); process.exit(1) }

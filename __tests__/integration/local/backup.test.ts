// npm run backup / restore: an online backup while the server writes, restored into a fresh data folder.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { startTestCloud } from '../../helpers/localCloud'

jest.setTimeout(60_000)

const ROOT = path.resolve(__dirname, '../../..')
const cli = (script: string, dataDir: string, arg: string) =>
  spawnSync('npx', ['tsx', `local/cli/${script}.ts`, arg], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } })

test('a backup taken while the server runs restores every acknowledged document', async () => {
  const t = await startTestCloud()
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-backup-'))
  const file = path.join(work, 'backup.sqlite')
  try {
    const ids: string[] = []
    for (let i = 0; i < 50; i++) ids.push((await t.db.collection('orders').add({ orderNo: `B${i}`, requestKey: `k${i}`, n: i })).id)
    const backup = cli('backup', t.dataDir, file)
    expect(backup.status).toBe(0)
    expect(backup.stdout).toContain('备份完成')
    // refuses to overwrite an existing backup
    expect(cli('backup', t.dataDir, file).status).toBe(1)

    const target = path.join(work, 'restored')
    fs.mkdirSync(target)
    // a server holding the folder (npm start writes server.json with its pid) blocks a restore
    fs.writeFileSync(path.join(target, 'server.json'), JSON.stringify({ pid: process.pid, url: 'http://x' }))
    const refused = cli('restore', target, file)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('正在运行')
    fs.rmSync(path.join(target, 'server.json'))
    // not a backup at all
    fs.writeFileSync(path.join(work, 'junk.sqlite'), 'hello')
    expect(cli('restore', target, path.join(work, 'junk.sqlite')).status).toBe(1)

    expect(cli('restore', target, file).status).toBe(0)
    await t.close()
    const r = await startTestCloud({ dataDir: target })
    try {
      const found = await r.db.collection('orders').where({ _id: r.db.command.in(ids) }).limit(100).get()
      expect(found.data.map((d: any) => d._id).sort()).toEqual([...ids].sort())
      // the unique index came back with the data
      await expect(r.db.collection('orders').add({ orderNo: 'B1', requestKey: 'other' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    } finally {
      await r.close()
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
})

// Child-process side of `npm run bench:local -- --server-process`: runs startLocalCloud on its own event loop and
// answers the parent's seeding / cleanup commands (IPC, structured clone so Dates stay Dates).
import fs from 'node:fs'
import { startLocalCloud } from '../../local'

async function main(): Promise<void> {
  const dataDir = process.argv[2]
  if (!dataDir || !process.send) throw new Error('bench/lib/server.ts is started by bench/lib/backend.ts')
  const cloud = await startLocalCloud({ port: 0, dataDir, log: false, timers: false })
  const { store } = cloud
  process.on('message', async (m: any) => {
    let result: unknown
    try {
      switch (m.cmd) {
        case 'insert':
          store.atomically(() => { for (const d of m.args[1]) store.insertDoc(m.args[0], d) })
          break
        case 'delete':
          store.atomically(() => { for (const id of m.args[1]) store.deleteDoc(m.args[0], id) })
          break
        case 'checkpoint':
          store.db.pragma('wal_checkpoint(TRUNCATE)')
          result = fs.statSync(store.file).size
          break
        case 'close':
          await cloud.close()
          process.send!({ id: m.id, result: null }, () => process.exit(0))
          return
        default:
          throw new Error(`unknown command ${m.cmd}`)
      }
      process.send!({ id: m.id, result })
    } catch (e) {
      process.send!({ id: m.id, error: String((e as Error)?.stack ?? e) })
    }
  })
  process.on('disconnect', () => process.exit(0)) // the parent is gone
  process.send({ type: 'ready', url: cloud.url })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

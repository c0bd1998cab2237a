// Where the local CloudBase under test runs: in this process (the default: startLocalCloud here, the SDK and the
// server share one event loop), or in a child process (--server-process: the server gets its own event loop and, on
// a multi-core machine, its own core). Either way the benchmark seeds and cleans up through the store directly,
// never through HTTP.
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { startLocalCloud, sdkEnvironment, type LocalCloud } from '../../local'
import { loadKeys } from '../../local/security/keys'
import { readSecretsFile, secretsEnvironment } from '../../local/security/secrets'

export interface Backend {
  readonly url: string
  readonly mode: 'in-process' | 'server-process'
  insertDocs(coll: string, docs: object[]): Promise<void>
  deleteDocs(coll: string, ids: string[]): Promise<void>
  /** WAL checkpoint (TRUNCATE) and the database file's size in bytes */
  checkpoint(): Promise<number>
  close(): Promise<void>
}

export async function inProcess(dataDir: string): Promise<Backend> {
  const cloud: LocalCloud = await startLocalCloud({ port: 0, dataDir, log: false, timers: false })
  return {
    url: cloud.url,
    mode: 'in-process',
    insertDocs: async (coll, docs) => cloud.store.atomically(() => { for (const d of docs) cloud.store.insertDoc(coll, d as any) }),
    deleteDocs: async (coll, ids) => cloud.store.atomically(() => { for (const id of ids) cloud.store.deleteDoc(coll, id) }),
    checkpoint: async () => {
      cloud.store.db.pragma('wal_checkpoint(TRUNCATE)')
      return fs.statSync(cloud.store.file).size
    },
    close: () => cloud.close()
  }
}

/** The server in a child process (bench/lib/server.ts under tsx); commands go over IPC with structured clone. */
export async function serverProcess(dataDir: string): Promise<Backend> {
  const child: ChildProcess = fork(path.join(__dirname, 'server.ts'), [dataDir], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc']
  })
  let seq = 0
  const pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>()
  let ready!: (url: string) => void
  const started = new Promise<string>((resolve, reject) => {
    ready = resolve
    child.once('exit', (code) => reject(new Error(`bench server exited early (${code})`)))
  })
  child.on('message', (m: any) => {
    if (m.type === 'ready') return ready(m.url)
    const p = pending.get(m.id)
    if (!p) return
    pending.delete(m.id)
    if (m.error) p.reject(new Error(m.error))
    else p.resolve(m.result)
  })
  const call = (cmd: string, ...args: unknown[]) => new Promise<any>((resolve, reject) => {
    const id = ++seq
    pending.set(id, { resolve, reject })
    child.send({ id, cmd, args })
  })
  const url = await started
  // the child signs with the same keys: this environment's, or the key file it wrote into dataDir
  Object.assign(process.env, sdkEnvironment(url, loadKeys(dataDir)))
  // and the functions' own keys, which the child wrote to dataDir/secrets.json (this side seeds through core code)
  const secrets = readSecretsFile(dataDir)
  if (secrets) Object.assign(process.env, secretsEnvironment(secrets))
  return {
    url,
    mode: 'server-process',
    insertDocs: (coll, docs) => call('insert', coll, docs),
    deleteDocs: (coll, ids) => call('delete', coll, ids),
    checkpoint: () => call('checkpoint'),
    close: async () => {
      await call('close')
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())))
    }
  }
}

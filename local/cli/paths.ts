// Where the local CloudBase keeps its data (DATA_DIR, default .data/) and how to tell whether a server is using it.
import fs from 'node:fs'
import path from 'node:path'

export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || '.data')
}

export function dbFile(): string {
  return path.join(dataDir(), 'cloudbase.sqlite')
}

export function pidFile(): string {
  return path.join(dataDir(), 'server.json')
}

export function runningServer(): { pid: number; url: string } | undefined {
  try {
    const info = JSON.parse(fs.readFileSync(pidFile(), 'utf8'))
    process.kill(info.pid, 0) // throws when no such process
    return info
  } catch {
    return undefined
  }
}

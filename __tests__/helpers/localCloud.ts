// Starts a fresh local CloudBase (temporary data folder, any free port) for one test file, and gives the real
// @cloudbase/node-sdk pointed at it. No mock anywhere: tests talk HTTP to the same server `npm start` runs.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../../local'

export interface TestCloud {
  cloud: LocalCloud
  url: string
  dataDir: string
  app: any
  db: any
  close(): Promise<void>
}

export async function startTestCloud(opts: Partial<LocalCloudOptions> = {}): Promise<TestCloud> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'jz-cloud-'))
  const cloud = await startLocalCloud({ port: 0, timers: false, log: false, ...opts, dataDir })
  // required after startLocalCloud set the SDK's environment
  const tcb = require('@cloudbase/node-sdk')
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, timeout: 30000 })
  return {
    cloud, url: cloud.url, dataDir, app, db: app.database(),
    close: async () => {
      await cloud.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

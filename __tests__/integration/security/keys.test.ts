// The keys: from TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY when set, else generated on first start into
// <DATA_DIR>/keys.json (mode 0600) and kept across restarts; handed to the functions in this process; never logged.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestCloud } from '../../helpers/localCloud'
import { keysFile } from '../../../local/security/keys'

jest.setTimeout(60_000)

const ENV = ['TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY'] as const
let saved: Record<string, string | undefined>
beforeEach(() => {
  saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]))
  for (const k of ENV) delete process.env[k]
})
afterEach(() => {
  for (const k of ENV) if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k]
})

test('without keys in the environment: generated into keys.json (0600), the same after a restart, never in the logs', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-keys-'))
  const logs: string[] = []
  const first = await startTestCloud({ dataDir, log: (l) => logs.push(JSON.stringify(l)) })
  const keys = first.cloud.keys
  const file = keysFile(dataDir)
  expect(fs.statSync(file).mode & 0o777).toBe(0o600)
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(keys)
  expect(keys.secretKey.length).toBeGreaterThanOrEqual(32)
  // the functions in this process sign with them: a real call through the SDK works
  expect(process.env.TENCENTCLOUD_SECRETKEY).toBe(keys.secretKey)
  await first.db.collection('settings').add({ _id: 'k', v: 1 })
  await first.cloud.close()

  for (const k of ENV) delete process.env[k]
  const second = await startTestCloud({ dataDir, log: (l) => logs.push(JSON.stringify(l)) })
  try {
    expect(second.cloud.keys).toEqual(keys)
    expect((await second.db.collection('settings').doc('k').get()).data[0].v).toBe(1)
  } finally {
    await second.close()
  }
  expect(logs.join('\n')).not.toContain(keys.secretKey)
})

test('keys from the environment win, and no key file is written', async () => {
  process.env.TENCENTCLOUD_SECRETID = 'AKIDfromTheEnvironment'
  process.env.TENCENTCLOUD_SECRETKEY = 'a-known-secret-key-for-outside-checks'
  const t = await startTestCloud()
  try {
    expect(t.cloud.keys).toEqual({ secretId: 'AKIDfromTheEnvironment', secretKey: 'a-known-secret-key-for-outside-checks' })
    expect(fs.existsSync(keysFile(t.dataDir))).toBe(false)
    expect((await t.db.collection('settings').count()).total).toBeGreaterThanOrEqual(0)
  } finally {
    await t.close()
  }
})

// Function threads (local/runner/threads.ts): an invocation alone runs on the server's event loop; while others run,
// it goes to a function thread, with its own identity, the runner's environment, and errors answered as CloudBase
// answers them. A function reports where it ran.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'

jest.setTimeout(60_000)

let t: TestCloud
let functionsDir: string

beforeAll(async () => {
  functionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-thread-fns-'))
  const dir = path.join(functionsDir, 'where')
  fs.mkdirSync(dir)
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ timeout: 10 }))
  fs.writeFileSync(path.join(dir, 'index.js'), `
    const { isMainThread, threadId } = require('node:worker_threads')
    exports.main = async (event, context) => {
      if (event.fail) throw new Error('故意出错')
      await new Promise((r) => setTimeout(r, event.waitMs || 0))
      return { ok: true, data: { isMainThread, threadId, openid: JSON.parse(context.environment).WX_OPENID || null, probe: process.env.JZ_THREAD_PROBE || null } }
    }`)
  t = await startTestCloud({ functionsDir, functionThreads: 1 })
})

afterAll(async () => {
  await t?.close()
  fs.rmSync(functionsDir, { recursive: true, force: true })
})

const call = (event: Record<string, unknown>, env: Record<string, string> = {}) => t.cloud.runner.invoke('where', event, env) as Promise<any>

it('alone, an invocation runs on the event loop; beside others, in a function thread', async () => {
  expect((await call({})).data.isMainThread).toBe(true)
  const answers = await Promise.all(Array.from({ length: 8 }, () => call({ waitMs: 100 })))
  const where = answers.map((a) => a.data.isMainThread)
  expect(where.filter((m) => m)).toHaveLength(1) // the first found the loop free
  expect(where.filter((m) => !m)).toHaveLength(7)
  expect(new Set(answers.filter((a) => !a.data.isMainThread).map((a) => a.data.threadId)).size).toBe(1)
})

it('each invocation in a thread keeps its own identity and sees the environment as it is now', async () => {
  process.env.JZ_THREAD_PROBE = 'one'
  const first = await Promise.all(['o_a', 'o_b', 'o_c'].map((openid) => call({ waitMs: 50 }, { WX_OPENID: openid })))
  expect(first.map((a) => a.data.openid)).toEqual(['o_a', 'o_b', 'o_c'])
  expect(first.map((a) => a.data.probe)).toEqual(['one', 'one', 'one'])
  process.env.JZ_THREAD_PROBE = 'two'
  const second = await Promise.all([call({ waitMs: 50 }), call({ waitMs: 50 })])
  expect(second.every((a) => a.data.probe === 'two')).toBe(true)
  expect(second.some((a) => !a.data.isMainThread)).toBe(true)
  delete process.env.JZ_THREAD_PROBE
})

it('a function that throws in a thread is FUNCTIONS_EXECUTE_FAIL with its message, and the thread goes on', async () => {
  const [slow, failed] = await Promise.allSettled([call({ waitMs: 100 }), call({ fail: true })])
  expect(slow.status).toBe('fulfilled')
  expect(failed.status).toBe('rejected')
  expect((failed as PromiseRejectedResult).reason).toMatchObject({ code: 'FUNCTIONS_EXECUTE_FAIL' })
  expect((failed as PromiseRejectedResult).reason.message).toContain('故意出错')
  const after = await Promise.all([call({ waitMs: 50 }), call({ waitMs: 50 })])
  expect(after.every((a) => a.ok)).toBe(true)
})

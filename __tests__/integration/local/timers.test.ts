// Timer triggers from a function's config.json fire on schedule and never overlap themselves; a timer can also be
// fired by hand through POST /api/_local/timers/<fn>.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { keyHeader } from '../../helpers/api'

jest.setTimeout(30_000)

let t: TestCloud
let functionsDir: string
const logs: Record<string, unknown>[] = []
const runs = (): { start: number; end: number; event: any }[] => (globalThis as any).__timerRuns

beforeAll(async () => {
  functionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-timer-fns-'))
  const dir = path.join(functionsDir, 'ticker')
  fs.mkdirSync(dir)
  // every second, but each run takes 1.5 s: the scheduler must skip ticks rather than overlap
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ timeout: 10, triggers: [{ name: 'tick', type: 'timer', config: '* * * * * * *' }] }))
  fs.writeFileSync(path.join(dir, 'index.js'), `
    exports.main = async (event) => {
      const runs = (globalThis.__timerRuns = globalThis.__timerRuns || [])
      const run = { start: Date.now(), end: 0, event }
      runs.push(run)
      await new Promise((r) => setTimeout(r, 1500))
      run.end = Date.now()
      return { ok: true, data: { runs: runs.length } }
    }`)
  ;(globalThis as any).__timerRuns = []
  // the runs are read from the function's globals, so it must run on this event loop, never in a function thread
  t = await startTestCloud({ functionsDir, timers: true, log: (l) => logs.push(l), functionThreads: 0 })
})

afterAll(async () => {
  await t.close()
  fs.rmSync(functionsDir, { recursive: true, force: true })
})

test('a timer fires on schedule with a Timer event, and never while its previous run is still going', async () => {
  await new Promise((r) => setTimeout(r, 5200))
  const done = runs().filter((r) => r.end > 0)
  expect(done.length).toBeGreaterThanOrEqual(2)
  expect(runs()[0].event).toMatchObject({ Type: 'Timer', TriggerName: 'tick' })
  const ordered = [...runs()].sort((a, b) => a.start - b.start)
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i - 1].end) expect(ordered[i].start).toBeGreaterThanOrEqual(ordered[i - 1].end)
  }
  expect(logs.some((l) => l.outcome === 'skipped:still-running' && l.function === 'ticker')).toBe(true)
  expect(logs.some((l) => l.trigger === 'timer' && l.function === 'ticker' && l.outcome === 'ok')).toBe(true)
})

test('POST /api/_local/timers/<fn> fires one now; an unknown function is 404', async () => {
  const before = runs().length
  const r = await fetch(`${t.url}/api/_local/timers/ticker`, { method: 'POST', headers: keyHeader(t) })
  expect(r.status).toBe(200)
  expect((await r.json()).data).toMatchObject({ ok: true })
  expect(runs().length).toBeGreaterThan(before)
  const missing = await fetch(`${t.url}/api/_local/timers/nope`, { method: 'POST', headers: keyHeader(t) })
  expect(missing.status).toBe(404)
  expect((await missing.json()).error.code).toBe('NOT_FOUND')
})

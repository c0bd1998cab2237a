// Durability: a local CloudBase in a child process writes through the SDK and prints every acknowledged write; it is
// killed with SIGKILL mid-stream; a local CloudBase restarted on the same data folder must hold every acknowledged
// write, and SQLite must find the file intact.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestCloud, allDocs, type TestCloud } from './support'

// jest.config.js gives the integration project testTimeout: 60000, but Jest 29 ignores testTimeout inside a project
// ("Unknown option"), which leaves the 5 s default: set it here.
jest.setTimeout(60_000)

const ROOT = path.resolve(__dirname, '../../..')
const WRITER = path.join(__dirname, 'fixtures/durability-writer.ts')

let child: ChildProcess | undefined
let t: TestCloud | undefined
let dataDir = ''

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  if (t) await t.close() // removes dataDir
  else if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

interface Acks { ready: boolean; ids: string[]; incs: number; lines: number; stderr: string }

/** Run the writer until it has acknowledged enough, then SIGKILL it; resolves with what it acknowledged. */
function runAndKill(dir: string, enough: (a: Acks) => boolean, maxMs: number): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const acks: Acks = { ready: false, ids: [], incs: 0, lines: 0, stderr: '' }
    const proc = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    child = proc
    let buffered = ''
    let killed = false
    const kill = () => { if (!killed) { killed = true; proc.kill('SIGKILL') } }
    const timer = setTimeout(kill, maxMs)
    proc.stdout!.setEncoding('utf8')
    proc.stdout!.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop()! // an unfinished line is not an acknowledgement
      for (const line of lines) {
        acks.lines++
        if (line === 'ready') acks.ready = true
        else if (line === 'inc') acks.incs++
        else if (line.startsWith('id ') || line.startsWith('tx ')) acks.ids.push(line.slice(3))
        else if (line.startsWith('ids ')) acks.ids.push(...line.slice(4).split(','))
      }
      if (enough(acks)) kill()
    })
    proc.stderr!.on('data', (c) => { acks.stderr += c })
    proc.on('error', reject)
    // 'close' comes after the pipes are drained: every line written before the kill has been read
    proc.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (code ${code}): ${acks.stderr}`))
      else resolve(acks)
    })
  })
}

test('every acknowledged write survives SIGKILL, and the database file is intact', async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-durable-'))
  const acks = await runAndKill(dataDir, (a) => a.ids.length >= 3000 && a.incs >= 300, 20_000)
  expect(acks.ready).toBe(true)
  expect(acks.stderr).toBe('')
  expect(acks.ids.length).toBeGreaterThan(200) // it was killed mid-stream, not before it started
  expect(acks.incs).toBeGreaterThan(20)

  t = await startTestCloud({ dataDir })
  const integrity = t.cloud.store.db.pragma('integrity_check') as Array<{ integrity_check: string }>
  expect(integrity).toEqual([{ integrity_check: 'ok' }])

  const stored = new Set((await allDocs(t.db, 'durable')).map((d) => d._id))
  const missing = acks.ids.filter((id) => !stored.has(id))
  expect(missing).toEqual([])
  expect(new Set(acks.ids).size).toBe(acks.ids.length)

  // one increment at most was in flight when the process died
  const { data: [counter] } = await t.db.collection('job_state').doc('durable-counter').get()
  expect(counter.n).toBeGreaterThanOrEqual(acks.incs)
  expect(counter.n).toBeLessThanOrEqual(acks.incs + 1)

  // and the restarted server takes writes
  const { id } = await t.db.collection('durable').add({ after: 'restart' })
  expect((await t.db.collection('durable').doc(id).get()).data[0].after).toBe('restart')
})

// npm run bench:local [-- --huge] [--json FILE] [--duration MS] [--sizes 10000,100000] [--clients 1,16]
//                     [--only insert,get,...] [--server-process]
//
// Throughput and latency of the local CloudBase through the real @cloudbase/node-sdk (HTTP to an in-process
// startLocalCloud), for the document operations the product leans on, at several collection sizes and client
// counts, next to the same operations straight on better-sqlite3 (the floor). See bench/README.md.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { inProcess, serverProcess, type Backend } from './lib/backend'
import { toDisk } from '../local/engine/ejson'
import { Floor } from './lib/floor'
import { measure, type Budget, type Stats } from './lib/measure'
import { makeOrder, prng, diskText, ejsonIso, SERVICES, NO_SUCH_SERVICE, type OrderDoc } from './lib/orders'
import { fmtInt, fmtMs, fmtRatio, pad, padL } from './lib/format'
import { list, readArgs } from './lib/args'
import { measureGetDuringScan, DURING_SCAN_KEY, DURING_SCAN_LABEL, type DuringScanResult } from './lib/during-scan'

// ---------------------------------------------------------------- options

interface Options {
  sizes: number[]
  clients: number[]
  durationMs: number
  floorDurationMs: number
  only?: Set<string>
  json?: string
  serverProcess: boolean
  /** collection size for the get-during-scan cell */
  scanSize: number
}

const USAGE = `usage: npm run bench:local -- [--huge] [--json FILE] [--duration MS] [--sizes N,N] [--clients N,N]
                                [--only KEY,KEY] [--server-process]
  --huge            also 1,000,000 documents (or BENCH_HUGE=1)
  --json FILE       write all figures as JSON
  --duration MS     time per cell (default 2000; the floor gets half)
  --sizes N,N       collection sizes (default 10000,100000)
  --clients N,N     concurrent clients (default 1,16)
  --only KEY,KEY    operations: insert, get, idx-status, idx-customer, scan-hit, scan-miss, cond-update, transaction,
                    get-during-scan (get by id while full scans run, at 200,000 documents; 1,000,000 with --huge)
  --server-process  run the local CloudBase in a child process`

const FLAGS = new Set(['--huge', '--server-process', '--help'])
const VALUED = new Set(['--json', '--duration', '--sizes', '--clients', '--only'])

function parseOptions(argv: string[]): Options {
  const { has, val } = readArgs(argv, FLAGS, VALUED, USAGE)
  const huge = has('--huge') || process.env.BENCH_HUGE === '1'
  const sizes = val('--sizes') ? list(val('--sizes')!).map(Number) : huge ? [10_000, 100_000, 1_000_000] : [10_000, 100_000]
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error('--sizes: integers >= 100')
  const durationMs = Number(val('--duration') ?? 2000)
  if (!(durationMs >= 50)) throw new Error('--duration: milliseconds >= 50')
  const clients = val('--clients') ? list(val('--clients')!).map(Number) : [1, 16]
  if (!clients.length || clients.some((n) => !Number.isInteger(n) || n < 1 || n > 1024)) throw new Error('--clients: integers 1..1024')
  const only = val('--only') ? new Set(list(val('--only')!)) : undefined
  for (const k of only ?? []) if (k !== DURING_SCAN_KEY && !OPS.some((o) => o.key === k)) throw new Error(`--only: unknown operation ${k}\n${USAGE}`)
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    clients,
    durationMs,
    floorDurationMs: Math.max(200, Math.round(durationMs / 2)),
    only,
    json: val('--json'),
    serverProcess: has('--server-process'),
    scanSize: huge ? 1_000_000 : 200_000
  }
}

// ---------------------------------------------------------------- the operations

interface Ctx {
  backend: Backend
  db: any
  floor: Floor
  ids: string[]
  /** customerId of ids[i] */
  customers: string[]
  now: number
}

interface OpDef {
  key: string
  label: string
  /** one SDK operation; throws when the answer is not what it should be */
  sdk: (c: Ctx) => (i: number) => Promise<unknown>
  floor: (c: Ctx) => (i: number) => unknown
  /** insert only: untimed preparation and cleanup around each measurement */
  prepare?: (c: Ctx) => void
  cleanup?: (c: Ctx) => Promise<void>
}

const LIMIT = 20
const CAP = 1_000_000_000
const DAY = 86_400_000
const FUTURE_STATUSES = ['pending', 'confirmed', 'assigned']
const pickId = (c: Ctx) => c.ids[(Math.random() * c.ids.length) | 0]
const pickCustomer = (c: Ctx) => c.customers[(Math.random() * c.customers.length) | 0]
const pickService = () => `svc_${String((Math.random() * SERVICES) | 0).padStart(2, '0')}`
const pickStatus = () => FUTURE_STATUSES[(Math.random() * FUTURE_STATUSES.length) | 0]
/** "upcoming" window start: now minus 0..7 days */
const pickSince = (c: Ctx) => new Date(c.now - Math.floor(Math.random() * 8) * DAY)
const dateKey = (d: Date) => JSON.stringify({ $date: ejsonIso(d) })

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(`unexpected answer: ${what}`)
}

// documents to insert: 2,000 pre-generated templates (untimed); each insert takes the next one with fresh unique
// fields (_id, orderNo, requestKey), a cheap object spread. What was inserted is removed after each measurement.
const TEMPLATES = 2000
let templates: OrderDoc[] = []
let insertSerial = 0
let inserted: string[] = []
let floorInserted: string[] = []
function nextInsertDoc(): OrderDoc {
  const n = insertSerial++
  const t = templates[n % templates.length]
  return { ...t, _id: t._id.slice(0, 16) + n.toString(16).padStart(16, '0'), orderNo: `JZb${n}`, requestKey: `rk_b_${n}` }
}

const OPS: OpDef[] = [
  {
    key: 'insert',
    label: 'insert: add() 1 doc',
    prepare: (c) => {
      if (!templates.length) {
        const r = prng(7)
        templates = Array.from({ length: TEMPLATES }, (_, i) => makeOrder(i, r, c.now, 't'))
      }
    },
    sdk: (c) => {
      const orders = c.db.collection('orders')
      return async () => {
        const { _id, ...doc } = nextInsertDoc() // the server assigns the id, as in the product
        const r = await orders.add(doc)
        expect(typeof r.id === 'string', 'add() without id')
        inserted.push(r.id)
      }
    },
    floor: (c) => () => {
      const doc = nextInsertDoc()
      c.floor.insert(doc._id, diskText(doc))
      floorInserted.push(doc._id)
    },
    cleanup: async (c) => {
      await c.backend.deleteDocs('orders', inserted)
      c.floor.deleteMany(floorInserted)
      inserted = []
      floorInserted = []
    }
  },
  {
    key: 'get',
    label: 'get by id: doc(id).get()',
    sdk: (c) => {
      const orders = c.db.collection('orders')
      return async () => {
        const r = await orders.doc(pickId(c)).get()
        expect(r.data?.length === 1, 'doc not found')
      }
    },
    floor: (c) => () => expect(!!c.floor.get(pickId(c)), 'doc not found')
  },
  {
    key: 'idx-status',
    label: 'indexed: status=, start>=, limit 20',
    sdk: (c) => {
      const orders = c.db.collection('orders')
      const _ = c.db.command
      return async () => {
        const r = await orders.where({ status: pickStatus(), start: _.gte(pickSince(c)) }).limit(LIMIT).get()
        expect(r.data.length === LIMIT, `status query returned ${r.data.length}`)
      }
    },
    floor: (c) => () => {
      const rows = c.floor.byStatusStart(pickStatus(), dateKey(pickSince(c)), LIMIT)
      expect(rows.length === LIMIT, `status query returned ${rows.length}`)
    }
  },
  {
    key: 'idx-customer',
    label: 'indexed: customerId=, limit 20',
    sdk: (c) => {
      const orders = c.db.collection('orders')
      return async () => {
        const r = await orders.where({ customerId: pickCustomer(c) }).limit(LIMIT).get()
        expect(r.data.length > 0, 'customer query returned nothing')
      }
    },
    floor: (c) => () => expect(c.floor.byCustomer(pickCustomer(c), LIMIT).length > 0, 'customer query returned nothing')
  },
  {
    key: 'scan-hit',
    label: 'unindexed: serviceId= (2.5%), limit 20',
    sdk: (c) => {
      const orders = c.db.collection('orders')
      return async () => {
        const r = await orders.where({ serviceId: pickService() }).limit(LIMIT).get()
        expect(r.data.length === LIMIT, `service query returned ${r.data.length}`)
      }
    },
    floor: (c) => () => {
      const n = c.floor.byService(pickService(), LIMIT).length
      expect(n === LIMIT, `service query returned ${n}`)
    }
  },
  {
    key: 'scan-miss',
    label: 'unindexed: no match (full scan)',
    sdk: (c) => {
      const orders = c.db.collection('orders')
      return async () => {
        const r = await orders.where({ serviceId: NO_SUCH_SERVICE }).limit(LIMIT).get()
        expect(r.data.length === 0, 'full-scan query matched')
      }
    },
    floor: (c) => () => expect(c.floor.byService(NO_SUCH_SERVICE, LIMIT).length === 0, 'full-scan query matched')
  },
  {
    key: 'cond-update',
    label: 'conditional update: n<cap -> n+1',
    sdk: (c) => {
      const orders = c.db.collection('orders')
      const _ = c.db.command
      return async () => {
        const r = await orders.where({ _id: pickId(c), n: _.lt(CAP) }).update({ n: _.inc(1) })
        expect(r.updated === 1, `updated ${r.updated}`)
      }
    },
    floor: (c) => () => expect(c.floor.incIfBelow(pickId(c), CAP) === 1, 'not updated')
  },
  {
    key: 'transaction',
    label: 'transaction: read 2 + update 2',
    sdk: (c) => async () => {
      const [a, b] = twoIds(c)
      await c.db.runTransaction(async (t: any) => {
        txAttempts++
        const da = (await t.collection('orders').doc(a).get()).data
        const db = (await t.collection('orders').doc(b).get()).data
        await t.collection('orders').doc(a).update({ n: da.n + 1 })
        await t.collection('orders').doc(b).update({ n: db.n + 1 })
      })
      txCommits++
    },
    floor: (c) => () => {
      const [a, b] = twoIds(c)
      c.floor.transfer(a, b)
    }
  }
]

let txAttempts = 0
let txCommits = 0

function twoIds(c: Ctx): [string, string] {
  const a = pickId(c)
  let b = pickId(c)
  while (b === a) b = pickId(c)
  return [a, b]
}

// ---------------------------------------------------------------- seeding

const seedRng = prng(42)

/** Grow `orders` to `target` documents in both the engine (store.insertDoc, no HTTP) and the floor database. */
async function seedTo(c: Ctx, target: number): Promise<{ seconds: number; engineBytes: number }> {
  const t0 = performance.now()
  const CHUNK = 5000
  while (c.ids.length < target) {
    const n = Math.min(CHUNK, target - c.ids.length)
    const docs = Array.from({ length: n }, (_, k) => makeOrder(c.ids.length + k, seedRng, c.now))
    const floorRows: Array<[string, string]> = docs.map((d) => [d._id, diskText(d)])
    await c.backend.insertDocs('orders', docs)
    c.floor.insertMany(floorRows)
    for (const d of docs) { c.ids.push(d._id); c.customers.push(d.customerId) }
  }
  const engineBytes = await c.backend.checkpoint()
  c.floor.checkpoint()
  return { seconds: (performance.now() - t0) / 1000, engineBytes }
}

// ---------------------------------------------------------------- run

interface OpResult {
  key: string
  label: string
  sdk: Stats[]
  floor?: Stats
  /** SDK p50 with 1 client / floor p50 */
  overhead?: number
  note?: string
}

interface SizeResult {
  docs: number
  seedSeconds: number
  engineFileMB: number
  ops: OpResult[]
}

async function main(opts: Options): Promise<void> {
  const started = performance.now()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-bench-'))
  const backend = opts.serverProcess ? await serverProcess(dataDir) : await inProcess(dataDir)
  // required after the backend pointed the SDK's environment at the local server
  const tcb = require('@cloudbase/node-sdk')
  const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, timeout: 120_000 })
  const floor = new Floor(dataDir)
  const c: Ctx = { backend, db: app.database(), floor, ids: [], customers: [], now: Date.now() }

  // the floor must hold byte-identical documents, or the comparison is not like for like
  const probe = makeOrder(0, prng(1), c.now)
  if (toDisk(probe as any) !== diskText(probe)) throw new Error('bench/lib/orders diskText() differs from the engine\'s toDisk()')

  const ops = OPS.filter((o) => !opts.only || opts.only.has(o.key))
  const sdkBudget: Budget = { durationMs: opts.durationMs, maxOps: 50_000, warmupMs: 300, warmupOps: 200 }
  const floorBudget: Budget = { durationMs: opts.floorDurationMs, maxOps: 200_000, warmupMs: 150, warmupOps: 1000 }

  printHeader(opts, backend)
  const sizes: SizeResult[] = []
  let duringScan: DuringScanResult | undefined
  try {
    for (const size of opts.sizes) {
      const seeded = await seedTo(c, size)
      const seedSeconds = seeded.seconds
      const engineFileMB = seeded.engineBytes / 1048576
      const result: SizeResult = { docs: size, seedSeconds, engineFileMB, ops: [] }
      sizes.push(result)
      printSizeHeader(opts.clients, size, seedSeconds, engineFileMB, fs.statSync(path.join(dataDir, 'floor.sqlite')).size / 1048576)
      for (const op of ops) {
        const r: OpResult = { key: op.key, label: op.label, sdk: [] }
        for (const clients of opts.clients) {
          op.prepare?.(c)
          txAttempts = 0
          txCommits = 0
          r.sdk.push(await measure(op.sdk(c), clients, sdkBudget))
          if (op.key === 'transaction' && txCommits > 0) {
            r.note = [r.note, `${clients} client(s): ${(txAttempts / txCommits).toFixed(3)} attempts per committed transaction`].filter(Boolean).join('; ')
          }
          await op.cleanup?.(c)
        }
        op.prepare?.(c)
        r.floor = await measure(op.floor(c), 1, floorBudget)
        await op.cleanup?.(c)
        const one = r.sdk.find((s) => s.clients === 1)
        if (one && r.floor) r.overhead = one.p50 / r.floor.p50
        result.ops.push(r)
        printRow(r, opts.clients)
      }
      printNotes(result)
    }
    if (!opts.only || opts.only.has(DURING_SCAN_KEY)) {
      const seeded = await seedTo(c, opts.scanSize)
      duringScan = await measureGetDuringScan(c.db, c.ids.length, () => pickId(c), opts.clients, sdkBudget)
      printDuringScan(duringScan, opts.clients, seeded.seconds)
    }
  } finally {
    await backend.close()
    floor.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }

  const targets = evaluateTargets(sizes, duringScan)
  printTargets(targets)
  const totalSeconds = (performance.now() - started) / 1000
  console.log(`\ntotal time: ${totalSeconds.toFixed(1)} s (load average now ${loadavg()}: other work on the machine skews the figures)`)

  if (opts.json) {
    const out = {
      date: new Date().toISOString(),
      command: `npm run bench:local${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`,
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}`, loadavgAtEnd: os.loadavg() },
      mode: backend.mode,
      options: { ...opts, only: opts.only ? [...opts.only] : undefined },
      sizes,
      duringScan,
      targets,
      totalSeconds
    }
    fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true })
    fs.writeFileSync(opts.json, JSON.stringify(out, null, 2) + '\n')
    console.log(`results written to ${opts.json}`)
  }
}

// ---------------------------------------------------------------- targets

interface Target { what: string; measured: string; pass: boolean }

function evaluateTargets(sizes: SizeResult[], duringScan?: DuringScanResult): Target[] {
  const out: Target[] = []
  const stat = (s: SizeResult, key: string, clients: number) => s.ops.find((o) => o.key === key)?.sdk.find((x) => x.clients === clients)
  for (const s of sizes) {
    const docs = fmtInt(s.docs)
    const get1 = stat(s, 'get', 1)
    if (get1) out.push({ what: `get by id p50 <= 3 ms (${docs} docs, 1 client)`, measured: fmtMs(get1.p50), pass: get1.p50 <= 3 })
    if (s.docs >= 100_000) {
      for (const key of ['idx-status', 'idx-customer']) {
        const q = stat(s, key, 1)
        if (q) out.push({ what: `indexed query p50 <= 5 ms (${key}, ${docs} docs, 1 client)`, measured: fmtMs(q.p50), pass: q.p50 <= 5 })
      }
    }
    const ins = stat(s, 'insert', 16)
    if (ins) out.push({ what: `>= 1,000 inserts/s with 16 clients (${docs} docs)`, measured: `${fmtInt(ins.opsPerSec)}/s`, pass: ins.opsPerSec >= 1000 })
  }
  const during = duringScan?.gets.find((g) => g.clients === 1)
  if (duringScan && during) {
    out.push({ what: `get by id p99 < 10 ms during full scans (${fmtInt(duringScan.docs)} docs, 1 client)`, measured: fmtMs(during.p99), pass: during.p99 < 10 })
  }
  return out
}

// ---------------------------------------------------------------- printing

const W_LABEL = 40

const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ')

function printHeader(opts: Options, backend: Backend): void {
  const cpu = os.cpus()
  console.log(`local CloudBase benchmark  ${new Date().toISOString()}`)
  console.log(`node ${process.version}, ${cpu.length} x ${cpu[0]?.model ?? 'cpu'}, ${os.platform()} ${os.release()}, load average ${loadavg()}`)
  console.log(backend.mode === 'in-process'
    ? 'SDK: @cloudbase/node-sdk over HTTP to an in-process startLocalCloud (client and server share one event loop)'
    : 'SDK: @cloudbase/node-sdk over HTTP to startLocalCloud in a child process (--server-process: separate event loops)')
  console.log(`each cell: ${opts.durationMs} ms or 50,000 ops after a warm-up; floor: ${opts.floorDurationMs} ms on raw better-sqlite3, 1 client`)
  console.log(`latencies in ms; overhead = SDK p50 (1 client) / floor p50`)
}

function printSizeHeader(clients: number[], size: number, seedSeconds: number, engineMB: number, floorMB: number): void {
  console.log(`\n== orders: ${fmtInt(size)} documents  (seeded in ${seedSeconds.toFixed(1)} s; engine file ${engineMB.toFixed(0)} MB, floor file ${floorMB.toFixed(0)} MB)`)
  const groups = [...clients.map((n) => `SDK, ${n} client${n === 1 ? '' : 's'}`), 'raw SQLite floor']
  console.log(pad('', W_LABEL) + groups.map((g) => ' | ' + pad(g, 24)).join('') + ' | overhead')
  console.log(pad('operation', W_LABEL) + groups.map(() => ' | ' + padL('ops/s', 8) + padL('p50', 8) + padL('p99', 8)).join('') + ' | p50 x')
  console.log('-'.repeat(W_LABEL + groups.length * 27 + 11))
}

function cell(s: Stats | undefined): string {
  if (!s) return ' | ' + pad('', 24)
  return ' | ' + padL(fmtInt(s.opsPerSec), 8) + padL(fmtMs(s.p50), 8) + padL(fmtMs(s.p99), 8)
}

function printRow(r: OpResult, clients: number[]): void {
  const cells = clients.map((n) => cell(r.sdk.find((s) => s.clients === n))).join('') + cell(r.floor)
  console.log(pad(r.label, W_LABEL) + cells + ' | ' + padL(r.overhead === undefined ? '-' : fmtRatio(r.overhead), 8))
}

function printNotes(s: SizeResult): void {
  for (const r of s.ops) {
    for (const st of [...r.sdk, ...(r.floor ? [r.floor] : [])]) {
      if (st.errors) console.log(`  ! ${r.key} (${st.clients} client(s)${st === r.floor ? ', floor' : ''}): ${st.errors} of ${st.ops} failed, first: ${st.firstError}`)
    }
    if (r.note) console.log(`  ${r.key}: ${r.note}`)
  }
}

function printDuringScan(r: DuringScanResult, clients: number[], seedSeconds: number): void {
  console.log(`\n== ${DURING_SCAN_KEY}: ${fmtInt(r.docs)} documents (topped up in ${seedSeconds.toFixed(1)} s); one client scans without an index, back to back`)
  console.log(pad('', W_LABEL) + clients.map((n) => ' | ' + pad(`SDK, ${n} client${n === 1 ? '' : 's'}`, 24)).join(''))
  console.log(pad('operation', W_LABEL) + clients.map(() => ' | ' + padL('ops/s', 8) + padL('p50', 8) + padL('p99', 8)).join(''))
  console.log('-'.repeat(W_LABEL + clients.length * 27))
  console.log(pad('get by id, no scan (just before)', W_LABEL) + clients.map((n) => cell(r.baseline.find((s) => s.clients === n))).join(''))
  console.log(pad(DURING_SCAN_LABEL, W_LABEL) + clients.map((n) => cell(r.gets.find((s) => s.clients === n))).join(''))
  const s = r.scans
  console.log(`  meanwhile ${s.count} full scans, p50 ${fmtMs(s.p50)} ms, max ${fmtMs(s.max)} ms${s.errors ? `; ${s.errors} failed, first: ${s.firstError}` : ''}`)
  for (const g of r.gets) if (g.errors) console.log(`  ! get (${g.clients} client(s)): ${g.errors} of ${g.ops} failed, first: ${g.firstError}`)
}

function printTargets(targets: Target[]): void {
  if (!targets.length) return
  console.log('\n== targets (this machine)')
  for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'MISS'}  ${pad(t.what, 62)} measured ${t.measured}`)
}

let options: Options
try {
  options = parseOptions(process.argv.slice(2))
} catch (e) {
  console.error(`bench:local: ${(e as Error).message}`)
  process.exit(2)
}

main(options).then(
  () => process.exit(0), // the SDK's keep-alive agent may hold sockets open; nothing is left to finish
  (e) => { console.error(e); process.exit(1) }
)

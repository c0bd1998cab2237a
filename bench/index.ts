// npm run bench [-- --duration MS] [--clients 1,32] [--only create,list,detail] [--cleaners N] [--orders N]
//               [--server-process] [--json FILE] [--profile DIR]
//
// The booking path as the H5 app calls it: HTTP POST /api/booking with {action, ...input} and a household's Bearer
// token, through the local gateway, into the built booking function, whose SDK calls go back over HTTP to the
// local CloudBase. Measures create, list and detail with 1 and 32 concurrent households. See bench/README.md.
import fs from 'node:fs'
import inspector from 'node:inspector'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildFunctions, FUNCTIONS_OUT } from '../scripts/build-functions'
import { seedDemo } from '../local/seed/demo'
import { LOCAL_KEY_HEADER } from '../local/http/guard'
import { loadKeys } from '../local/security/keys'
import type { OrderDoc } from '../cloudfunctions/core/orders/orderDoc'
import { inProcess, serverProcess, type Backend } from './lib/backend'
import { measure, type Budget, type Stats } from './lib/measure'
import { fmtInt, fmtMs, pad, padL } from './lib/format'
import { list, readArgs } from './lib/args'
import { countServerRequests, GatewayClient, type RequestCounts } from './lib/gateway'
import { auditSlots, type SlotAudit } from './lib/slotAudit'
import {
  bookableServices, bookableSlots, capacityOf, createInput, historyOrders, household, seedCleaners,
  BENCH_CATEGORIES, type BookableService, type Household, type Slot
} from './lib/households'

// ---------------------------------------------------------------- options

interface Options {
  durationMs: number
  clients: number[]
  only?: Set<string>
  cleaners: number
  orders: number
  serverProcess: boolean
  json?: string
  profile?: string
}

const USAGE = `usage: npm run bench -- [--duration MS] [--clients N,N] [--only KEY,KEY] [--cleaners N] [--orders N]
                          [--server-process] [--json FILE] [--profile DIR]
  --duration MS     time per cell after a warm-up (default 2000)
  --clients N,N     concurrent households, each an async loop with one request in flight (default 1,32)
  --only KEY,KEY    actions: create, list, detail
  --cleaners N      cleaners seeded on top of the demo's 8, each with the four cleaning skills (default 48);
                    a booking reads them for its capacity (at most every 30 s per function instance)
  --orders N        orders per household that list and detail read (default 100)
  --server-process  run the local CloudBase (gateway, functions, database) in a child process
  --json FILE       also write every figure as JSON
  --profile DIR     CPU-profile each timed cell of this process (DIR/<action>-<clients>.cpuprofile; open in Chrome
                    DevTools); with --server-process the server is not profiled`

const ACTIONS = ['create', 'list', 'detail'] as const
type ActionKey = (typeof ACTIONS)[number]
const FLAGS = new Set(['--server-process', '--help'])
const VALUED = new Set(['--duration', '--clients', '--only', '--cleaners', '--orders', '--json', '--profile'])

function parseOptions(argv: string[]): Options {
  const { has, val } = readArgs(argv, FLAGS, VALUED, USAGE)
  const durationMs = Number(val('--duration') ?? 2000)
  if (!(durationMs >= 50)) throw new Error('--duration: milliseconds >= 50')
  const clients = val('--clients') ? list(val('--clients')!).map(Number) : [1, 32]
  if (!clients.length || clients.some((n) => !Number.isInteger(n) || n < 1 || n > 256)) throw new Error('--clients: integers 1..256')
  const only = val('--only') ? new Set(list(val('--only')!)) : undefined
  for (const k of only ?? []) if (!(ACTIONS as readonly string[]).includes(k)) throw new Error(`--only: unknown action ${k}\n${USAGE}`)
  const cleaners = Number(val('--cleaners') ?? 48)
  if (!Number.isInteger(cleaners) || cleaners < 0 || cleaners > 990) throw new Error('--cleaners: integer 0..990 (the booking reads at most 1,000)')
  const orders = Number(val('--orders') ?? 100)
  if (!Number.isInteger(orders) || orders < 21 || orders > 5000) throw new Error('--orders: integer 21..5000 (more than one page of 20)')
  return { durationMs, clients: [...new Set(clients)], only, cleaners, orders, serverProcess: has('--server-process'), json: val('--json'), profile: val('--profile') }
}

// ---------------------------------------------------------------- the world the requests run in

interface Reader extends Household { orderIds: string[] }

interface World {
  gw: GatewayClient
  /** households that book (one per client) */
  bookers: Household[]
  /** households with `orders` orders each, for list and detail (one per client) */
  readers: Reader[]
  /** every (service, slot) pair, booked round-robin */
  combos: { service: BookableService; slot: Slot }[]
  /** creates issued so far (probes, warm-ups, seeding, timed) */
  createSerial: number
  /** creates the data can take before some slot is full: combos x the smallest capacity */
  createCapacity: number
}

const LIMIT = 20

interface ActionDef {
  key: ActionKey
  label: string
  op: (w: World) => (i: number, client: number) => Promise<void>
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`wrong answer: ${what}`)
}

/** Any non-ok answer is an error: its code and message become the error text. */
async function okCall(w: World, action: string, input: Record<string, unknown>, token: string): Promise<any> {
  const r = await w.gw.call('booking', action, input, token)
  if (!r.ok) throw new Error(`${r.error?.code} ${r.error?.message}`)
  return r.data
}

const ACTION_DEFS: ActionDef[] = [
  {
    key: 'create',
    label: 'create: book (new requestKey)',
    op: (w) => async (_i, client) => {
      const n = w.createSerial++
      const { service, slot } = w.combos[n % w.combos.length]
      const h = w.bookers[client % w.bookers.length]
      const order = await okCall(w, 'create', createInput(h, service, slot, n), h.token)
      check(typeof order?.id === 'string' && order.status === 'pending_dispatch', `create answered ${JSON.stringify(order).slice(0, 120)}`)
    }
  },
  {
    key: 'list',
    label: `list: first page, limit ${LIMIT}`,
    op: (w) => async (_i, client) => {
      const h = w.readers[client % w.readers.length]
      const page = await okCall(w, 'list', { limit: LIMIT }, h.token)
      check(page?.list?.length === LIMIT && typeof page.nextCursor === 'string', `list returned ${page?.list?.length} orders`)
    }
  },
  {
    key: 'detail',
    label: 'detail: one order',
    op: (w) => async (_i, client) => {
      const h = w.readers[client % w.readers.length]
      const orderId = h.orderIds[(Math.random() * h.orderIds.length) | 0]
      const order = await okCall(w, 'detail', { orderId }, h.token)
      check(order?.id === orderId && Array.isArray(order.timeline), `detail answered ${JSON.stringify(order).slice(0, 120)}`)
    }
  }
]

async function setup(opts: Options, backend: Backend, db: any, gw: GatewayClient): Promise<World & { info: string[] }> {
  const t0 = performance.now()
  const now = new Date()
  const seeded = await seedDemo(db, now)
  if (!seeded) throw new Error('fresh data folder expected')
  await seedCleaners(db, opts.cleaners)
  const capacity = new Map<string, number>()
  for (const c of BENCH_CATEGORIES) capacity.set(c, await capacityOf(db, c))

  const households = Math.max(...opts.clients)
  const bookers: Household[] = []
  const readerHouseholds: Household[] = []
  for (let i = 0; i < households; i++) bookers.push(await household(gw))
  for (let i = 0; i < households; i++) readerHouseholds.push(await household(gw))

  const services = await bookableServices(gw, bookers[0].token)
  if (services.length !== BENCH_CATEGORIES.length) throw new Error(`catalog: expected a service in each of ${BENCH_CATEGORIES.join(', ')}`)
  const slots = bookableSlots(now)
  // interleave categories and slots so that consecutive bookings hit different counters
  const combos = slots.flatMap((slot) => services.map((service) => ({ service, slot })))
  const minCapacity = Math.min(...services.map((s) => capacity.get(s.category) ?? 0))
  const w: World = { gw, bookers, readers: [], combos, createSerial: 0, createCapacity: combos.length * minCapacity }

  // each reading household books once for real, then gets a history copied from that order
  const cleaners = (await db.collection('cleaners').where({ active: true }).field({ _id: true, name: true }).limit(1000).get()).data
  let historyDocs = 0
  for (const h of readerHouseholds) {
    const n = w.createSerial++
    const { service, slot } = combos[n % combos.length]
    const order = await gw.ok('booking', 'create', createInput(h, service, slot, n), h.token)
    const real: OrderDoc = (await db.collection('orders').where({ _id: order.id }).get()).data[0]
    if (!(real?.start instanceof Date)) throw new Error('expected the SDK to answer Dates')
    const history = historyOrders(real, opts.orders - 1, now, cleaners)
    await backend.insertDocs('orders', history)
    historyDocs += history.length
    await db.collection('customers').where({ _id: real.customerId }).update({ orderCount: db.command.inc(history.length) })
    w.readers.push({ ...h, orderIds: [order.id, ...history.map((d) => d._id)] })
  }
  const engineBytes = await backend.checkpoint()
  const seconds = (performance.now() - t0) / 1000
  const info = [
    `data: demo seed + ${opts.cleaners} cleaners (slot capacity ${[...capacity].map(([c, n]) => `${c} ${n}`).join(', ')}); ` +
      `${services.length} services x ${slots.length} bookable slots (${new Set(slots.map((s) => s.date)).size} dates x 3 windows) = ${combos.length} counters, room for ${fmtInt(w.createCapacity)} bookings`,
    `households: ${households} booking, ${households} reading with ${opts.orders} orders each (1 booked through the gateway + ${opts.orders - 1} copies in the store: ${fmtInt(historyDocs)} in all); ` +
      `set up in ${seconds.toFixed(1)} s, database ${(engineBytes / 1048576).toFixed(1)} MB`
  ]
  return { ...w, info }
}

// ---------------------------------------------------------------- run

interface ActionResult {
  key: ActionKey
  label: string
  cells: Stats[]
  /** per call, counted over PROBE sequential calls (in-process only) */
  perCall?: RequestCounts
  /** per call in each cell, warm-up included (in-process only) */
  perCallByCell?: Array<RequestCounts & { clients: number }>
  capped?: string
}

const PROBE = 20

function perCall(now: RequestCounts, before: RequestCounts, calls: number): RequestCounts {
  const d = (k: keyof RequestCounts) => (now[k] - before[k]) / Math.max(1, calls)
  return { gateway: d('gateway'), sdk: d('sdk'), other: d('other'), connections: d('connections') }
}

async function main(opts: Options): Promise<void> {
  const started = performance.now()
  printHeader(opts)

  const tb = performance.now()
  const built = buildFunctions(FUNCTIONS_OUT, ['booking', 'user'])
  console.log(`built ${built.join(', ')} into build/functions in ${Math.round(performance.now() - tb)} ms`)

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-bench-booking-'))
  const backend = opts.serverProcess ? await serverProcess(dataDir) : await inProcess(dataDir)
  // required after the backend pointed the SDK's environment at the local server
  const tcb = require('@cloudbase/node-sdk')
  const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, timeout: 120_000 }).database()
  // the keys' holder: sign-ins answer the openid (local/http/guard.ts)
  const gw = new GatewayClient(backend.url, { [LOCAL_KEY_HEADER]: loadKeys(dataDir).secretKey })
  const counter = opts.serverProcess ? undefined : countServerRequests()

  const results: ActionResult[] = []
  let world: Awaited<ReturnType<typeof setup>> | undefined
  let audit: SlotAudit | undefined
  try {
    world = await setup(opts, backend, db, gw)
    for (const line of world.info) console.log(line)
    console.log(`each cell: ${opts.durationMs} ms or 50,000 requests after a ${WARMUP_MS} ms warm-up; latencies in ms`)
    printTableHeader(opts.clients)

    for (const def of ACTION_DEFS.filter((a) => !opts.only || opts.only.has(a.key))) {
      const r: ActionResult = { key: def.key, label: def.label, cells: [] }
      const op = def.op(world)
      // a few sequential calls: untimed, and (in-process) how many requests one call makes
      const before = counter && { ...counter.counts }
      for (let i = 0; i < PROBE; i++) await op(i, 0)
      if (counter && before) r.perCall = perCall(counter.counts, before, PROBE)
      for (const clients of opts.clients) {
        const budget: Budget = { durationMs: opts.durationMs, maxOps: 50_000, warmupMs: WARMUP_MS, warmupOps: 200 }
        if (def.key === 'create') {
          // never run a slot full: stop at the capacity left (with one round of slack for the round-robin)
          const left = world.createCapacity - world.createSerial - world.combos.length - budget.warmupOps
          budget.maxOps = Math.max(1, Math.min(budget.maxOps, left))
        }
        let calls = 0
        const counted = (i: number, client: number) => { calls++; return op(i, client) }
        const before = counter && { ...counter.counts }
        const stats = opts.profile
          ? await profiled(path.join(opts.profile, `${def.key}-${clients}.cpuprofile`), () => measure(counted, clients, budget))
          : await measure(counted, clients, budget)
        if (counter && before) (r.perCallByCell ??= []).push({ clients, ...perCall(counter.counts, before, calls) })
        if (def.key === 'create' && stats.ops >= budget.maxOps && budget.maxOps < 50_000) {
          r.capped = `${clients} client(s): stopped at ${fmtInt(budget.maxOps)} requests, the room left in the slots; add --cleaners`
        }
        r.cells.push(stats)
      }
      results.push(r)
      printRow(r, opts.clients)
    }
    printNotes(results, opts.serverProcess)
    if (results.some((r) => r.key === 'create')) {
      audit = await auditSlots(db)
      printAudit(audit)
    }
    printTargets(results, audit)
  } finally {
    counter?.stop()
    gw.close()
    await backend.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }

  const totalSeconds = (performance.now() - started) / 1000
  console.log(`\ntotal time: ${totalSeconds.toFixed(1)} s (load average now ${loadavg()}: other work on the machine skews the figures)`)

  if (opts.json) {
    const out = {
      date: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`,
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}`, loadavgAtEnd: os.loadavg() },
      mode: backend.mode,
      options: { ...opts, only: opts.only ? [...opts.only] : undefined },
      data: world?.info,
      results,
      slots: audit,
      totalSeconds
    }
    fs.mkdirSync(path.dirname(path.resolve(opts.json)), { recursive: true })
    fs.writeFileSync(opts.json, JSON.stringify(out, null, 2) + '\n')
    console.log(`results written to ${opts.json}`)
  }
}

const WARMUP_MS = 300

/** Runs `f` under the V8 CPU profiler of this process and writes the profile (warm-up included). */
async function profiled<T>(file: string, f: () => Promise<T>): Promise<T> {
  const session = new inspector.Session()
  session.connect()
  const post = (method: string, params?: object) => new Promise<any>((resolve, reject) =>
    session.post(method, params ?? {}, (err, r) => (err ? reject(err) : resolve(r))))
  await post('Profiler.enable')
  await post('Profiler.setSamplingInterval', { interval: 200 })
  await post('Profiler.start')
  try {
    return await f()
  } finally {
    const { profile } = await post('Profiler.stop')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    fs.writeFileSync(file, JSON.stringify(profile))
    session.disconnect()
  }
}

// ---------------------------------------------------------------- printing

const W_LABEL = 32
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ')

function printHeader(opts: Options): void {
  const cpu = os.cpus()
  console.log(`booking benchmark (through the gateway)  ${new Date().toISOString()}`)
  console.log(`node ${process.version}, ${cpu.length} x ${cpu[0]?.model ?? 'cpu'}, ${os.platform()} ${os.release()}, load average ${loadavg()}`)
  console.log('path: POST /api/booking {action, ...} + Bearer household token -> gateway -> booking function -> SDK over HTTP -> local CloudBase')
  console.log(opts.serverProcess
    ? 'mode: --server-process (gateway, functions and database in a child process; the clients here)'
    : 'mode: in-process (clients, gateway, functions, their SDK and the database share one event loop)')
}

function printTableHeader(clients: number[]): void {
  const groups = clients.map((n) => `${n} client${n === 1 ? '' : 's'}`)
  console.log('')
  console.log(pad('', W_LABEL) + groups.map((g) => ' | ' + pad(g, 24)).join('') + ' | errors | SDK req | CPU ms')
  console.log(pad('action', W_LABEL) + groups.map(() => ' | ' + padL('req/s', 8) + padL('p50', 8) + padL('p99', 8)).join('') + ' |        | per call| per call')
  console.log('-'.repeat(W_LABEL + groups.length * 27 + 29))
}

function printRow(r: ActionResult, clients: number[]): void {
  const cells = clients.map((n) => {
    const s = r.cells.find((c) => c.clients === n)
    return ' | ' + (s ? padL(fmtInt(s.opsPerSec), 8) + padL(fmtMs(s.p50), 8) + padL(fmtMs(s.p99), 8) : pad('', 24))
  }).join('')
  const errors = r.cells.reduce((a, s) => a + s.errors, 0)
  const sdk = r.perCall ? r.perCall.sdk.toFixed(1) : '-'
  const one = r.cells.find((c) => c.clients === 1) ?? r.cells[0]
  console.log(pad(r.label, W_LABEL) + cells + ' | ' + padL(fmtInt(errors), 6) + ' | ' + padL(sdk, 7) + ' | ' + padL(one ? one.cpuMsPerOp.toFixed(2) : '-', 7))
}

function printNotes(results: ActionResult[], serverProcess: boolean): void {
  console.log('')
  console.log(serverProcess
    ? 'SDK req per call: not counted with --server-process; CPU ms per call: this process only (the clients), first column.'
    : 'SDK req per call: HTTP requests the function made to the CloudBase API per call (20 sequential calls); CPU ms per\n' +
      'call: CPU time of the whole process (clients + gateway + function + its SDK + database) per request, first column.')
  for (const r of results) {
    for (const s of r.cells) {
      if (s.errors) console.log(`  ! ${r.key} (${s.clients} client(s)): ${s.errors} of ${s.ops} failed, first: ${s.firstError}`)
    }
    for (const c of r.perCallByCell ?? []) {
      if (c.connections >= 0.05) console.log(`  ${r.key} (${c.clients} client(s)): ${c.connections.toFixed(2)} new TCP connections to the server per call`)
    }
    if (r.capped) console.log(`  ${r.key}: ${r.capped}`)
  }
  const errors = results.reduce((a, r) => a + r.cells.reduce((b, s) => b + s.errors, 0), 0)
  console.log(errors ? `  ${errors} error(s): see above` : '  errors: 0 (every answer ok and checked)')
}

function printAudit(a: SlotAudit): void {
  const ok = !a.oversold.length && !a.mismatched.length
  console.log(`\n== slots after the run: ${fmtInt(a.counters)} counters, ${fmtInt(a.units)} units booked, ${fmtInt(a.orders)} gateway orders hold a unit; fullest ${a.fullest}`)
  console.log(ok ? '  no slot oversold (booked <= capacity everywhere) and every counter equals the orders holding it' : '  ! SLOT COUNTERS WRONG')
  for (const line of a.oversold.slice(0, 10)) console.log(`  ! oversold ${line}`)
  for (const line of a.mismatched.slice(0, 10)) console.log(`  ! counter and orders differ: ${line}`)
  if (!ok) process.exitCode = 1
}

/** The booking path's targets on this 2-core machine (bench/README.md), PASS or MISS with the measured value. */
function printTargets(results: ActionResult[], audit: SlotAudit | undefined): void {
  const create = results.find((r) => r.key === 'create')
  if (!create) return
  const one = create.cells.find((c) => c.clients === 1)
  const many = create.cells.find((c) => c.clients === 32)
  const rows: Array<[boolean, string, string]> = []
  if (one) rows.push([one.p50 <= 5, 'create p50 <= 5 ms (1 client)', `${fmtMs(one.p50)} ms`])
  if (many) {
    rows.push([many.opsPerSec >= 300, 'create >= 300 req/s (32 clients)', `${fmtInt(many.opsPerSec)}/s`])
    rows.push([many.p99 <= 50, 'create p99 <= 50 ms (32 clients)', `${fmtMs(many.p99)} ms`])
  }
  if (audit) rows.push([!audit.oversold.length && !audit.mismatched.length, 'no slot oversold, counters = orders', `${audit.oversold.length} oversold, ${audit.mismatched.length} differ`])
  console.log('\n== targets (this machine)')
  for (const [pass, what, measured] of rows) console.log(`  ${pass ? 'PASS' : 'MISS'}  ${pad(what, 40)} measured ${measured}`)
}

let options: Options
try {
  options = parseOptions(process.argv.slice(2))
} catch (e) {
  console.error(`bench: ${(e as Error).message}`)
  process.exit(2)
}

main(options).then(
  () => process.exit(process.exitCode ?? 0), // the SDK's keep-alive agent may hold sockets open; nothing is left to finish
  (e) => { console.error(e); process.exit(1) }
)

// Closed-loop load: `clients` async loops in this process, each awaiting one operation at a time, until a time or
// operation budget runs out. Latency is wall time per operation (performance.now), so with the SDK and the local
// server in one process it includes both sides and any queueing on the shared event loop.
import { performance } from 'node:perf_hooks'

export interface Budget {
  /** stop starting new operations after this long (ms) */
  durationMs: number
  /** ... or after this many operations in all, whichever comes first */
  maxOps: number
  /** untimed warm-up before measuring: this long (ms) or this many operations, whichever first */
  warmupMs: number
  warmupOps: number
}

export interface Stats {
  clients: number
  ops: number
  errors: number
  firstError?: string
  seconds: number
  opsPerSec: number
  p50: number
  p99: number
  mean: number
  max: number
  /** CPU time (user + system) of this process per operation, ms: less sensitive than wall time to other load */
  cpuMsPerOp: number
}

/** op(i, client) runs one operation; i counts across all clients. */
export type Op = (i: number, client: number) => Promise<unknown> | unknown

async function loop(op: Op, clients: number, durationMs: number, maxOps: number, lat: number[] | null): Promise<{ ops: number; errors: number; firstError?: string; seconds: number }> {
  let next = 0
  let errors = 0
  let firstError: string | undefined
  const t0 = performance.now()
  const deadline = t0 + durationMs
  const worker = async (client: number) => {
    while (next < maxOps && performance.now() < deadline) {
      const i = next++
      const s = performance.now()
      try {
        await op(i, client)
      } catch (e) {
        errors++
        if (!firstError) firstError = String((e as any)?.message ?? (e as any)?.code ?? e).slice(0, 200)
      }
      if (lat) lat.push(performance.now() - s)
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, c) => worker(c)))
  return { ops: next, errors, firstError, seconds: (performance.now() - t0) / 1000 }
}

export async function measure(op: Op, clients: number, budget: Budget): Promise<Stats> {
  if (budget.warmupOps > 0 && budget.warmupMs > 0) await loop(op, clients, budget.warmupMs, budget.warmupOps, null)
  if (global.gc) global.gc()
  const lat: number[] = []
  const cpu0 = process.cpuUsage()
  const r = await loop(op, clients, budget.durationMs, budget.maxOps, lat)
  const cpu = process.cpuUsage(cpu0)
  lat.sort((a, b) => a - b)
  const pct = (p: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.max(0, Math.ceil(p * lat.length) - 1))] : NaN)
  return {
    clients,
    ops: r.ops,
    errors: r.errors,
    firstError: r.firstError,
    seconds: r.seconds,
    opsPerSec: r.ops / r.seconds,
    p50: pct(0.5),
    p99: pct(0.99),
    mean: lat.reduce((a, b) => a + b, 0) / (lat.length || 1),
    max: lat[lat.length - 1] ?? NaN,
    cpuMsPerOp: (cpu.user + cpu.system) / 1000 / (r.ops || 1)
  }
}

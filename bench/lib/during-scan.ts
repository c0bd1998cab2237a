// The "no request freezes the others" cell of bench:local: one client runs unindexed full scans back to back
// (`where({serviceId: <none>}).get()`, every document read), and meanwhile other clients read single documents by
// id. With query evaluation on the event loop every get waits for the scan in progress; with reader threads it
// should not notice it.
import { performance } from 'node:perf_hooks'
import { measure, type Budget, type Stats } from './measure'
import { NO_SUCH_SERVICE } from './orders'

export const DURING_SCAN_KEY = 'get-during-scan'
export const DURING_SCAN_LABEL = 'get by id while a full scan runs'

export interface DuringScanResult {
  docs: number
  /** get by id while the scans run, one entry per client count */
  gets: Stats[]
  /** the same gets just before, with no scan: what the machine gives at the moment (it is shared) */
  baseline: Stats[]
  /** the scans that ran meanwhile */
  scans: { count: number; errors: number; firstError?: string; p50: number; max: number }
}

/** `db` is an SDK database; `pickId` a random existing order id. */
export async function measureGetDuringScan(db: any, docs: number, pickId: () => string, clients: number[], budget: Budget): Promise<DuringScanResult> {
  const orders = db.collection('orders')
  const get = async () => {
    const r = await orders.doc(pickId()).get()
    if (r.data?.length !== 1) throw new Error('unexpected answer: doc not found')
  }
  const baseline: Stats[] = []
  for (const n of clients) baseline.push(await measure(get, n, budget))
  let running = true
  const scanLat: number[] = []
  let scanErrors = 0
  let firstError: string | undefined
  const scanner = (async () => {
    while (running) {
      const t0 = performance.now()
      try {
        const r = await orders.where({ serviceId: NO_SUCH_SERVICE }).limit(20).get()
        if (r.data.length !== 0) throw new Error('full-scan query matched')
      } catch (e) {
        scanErrors++
        if (!firstError) firstError = String((e as any)?.message ?? e).slice(0, 200)
      }
      scanLat.push(performance.now() - t0)
    }
  })()
  // let the first scan reach the server before the gets start
  await new Promise((r) => setTimeout(r, 20))
  const gets: Stats[] = []
  try {
    for (const n of clients) {
      gets.push(await measure(get, n, budget))
    }
  } finally {
    running = false
    await scanner
  }
  scanLat.sort((a, b) => a - b)
  return {
    docs,
    gets,
    baseline,
    scans: { count: scanLat.length, errors: scanErrors, firstError, p50: scanLat[Math.floor(scanLat.length / 2)] ?? NaN, max: scanLat[scanLat.length - 1] ?? NaN }
  }
}

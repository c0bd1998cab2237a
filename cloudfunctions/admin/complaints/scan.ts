// Every work order matching a query, read in pages of 1000 by _id (a query returns at most 1000 documents), for the
// dashboard's KPIs over a period. Not for the queue or the sla-watch: those read their page or what is due through an
// index (queueRank, sla.nextDueAt).
import type { Database } from '../../core/runtime/cloud'
import { COLL } from '../../core/data/collections'
import type { ComplaintDoc } from '../../core/complaints'

const BATCH = 1000
/** A bound on one request's work: more matching work orders than this are left out (by _id order). */
export const MAX_SCANNED = 10_000

export async function scanWorkOrders(db: Database, where: Record<string, unknown>): Promise<ComplaintDoc[]> {
  const _ = db.command
  const out: ComplaintDoc[] = []
  let after: string | null = null
  while (out.length < MAX_SCANNED) {
    const cond: Record<string, unknown> | ReturnType<typeof _.and> = after ? _.and([where, { _id: _.gt(after) }]) : where
    const r: { data: ComplaintDoc[] } = await db.collection(COLL.complaints).where(cond).orderBy('_id', 'asc').limit(BATCH).get()
    out.push(...r.data)
    if (r.data.length < BATCH) break
    after = r.data[r.data.length - 1]._id
  }
  return out
}

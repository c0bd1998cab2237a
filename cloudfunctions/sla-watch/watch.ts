// The sla-watch run. It reads only the work orders that are due: `sla.nextDueAt < now` through the index, in order of
// (nextDueAt, _id), chunked and resumable (core/jobs/due.ts, job_state/sla-watch, 15 s budget). Each one's new
// breaches are recorded and escalate one level each (core/complaints recordBreaches, which also stamps the next due
// instant, so it leaves the due range), conditional on the work order's version: two runs at once escalate exactly
// once and a second run changes nothing. A due work order with nothing to record (its stored instant was stale) is
// stamped again. Before that, once ever, the work orders written before `nextDueAt` existed are stamped (backfill).
import type { HandlerContext } from '../core/runtime'
import { COLL } from '../core/data/collections'
import { DEFAULT_BUDGET_MS, runInChunks, type JobState } from '../core/jobs/chunked'
import { runDueInChunks } from '../core/jobs/due'
import { complaintSettings, recordBreaches, restampDueIndex, type ComplaintDoc, type ComplaintSettings } from '../core/complaints'

export const SLA_WATCH_JOB = 'sla-watch'
export const SLA_BACKFILL_JOB = 'sla-watch:backfill'
export const SLA_WATCH_BUDGET_MS = DEFAULT_BUDGET_MS
/** The backfill's share of a run; the due work orders get the rest. */
export const SLA_BACKFILL_BUDGET_MS = 5_000

export interface SlaWatchResult {
  /** due work orders read */
  scanned: number
  escalated: number
  skipped: number
  /** older work orders stamped with nextDueAt / queueRank by the backfill in this run */
  backfilled: number
  done: boolean
}

// what restampDueIndex reads: the state, not the timeline
const STAMP_FIELDS = { _id: true, severity: true, sla: true, step: true, ticketNo: true, version: true, queueRank: true }
const BACKFILL_BATCH = 500

/**
 * Stamps every work order written before nextDueAt / queueRank existed; once it has finished, a run only reads its
 * marker. It pages through all work orders by ticket number (unique and indexed, so each page is an index range;
 * never a query for the missing field, which no index answers) and skips those already stamped.
 */
async function backfill(ctx: HandlerContext, settings: ComplaintSettings, clock: () => number): Promise<{ stamped: number; done: boolean }> {
  const state: JobState | undefined = (await ctx.db.collection(COLL.jobState).where({ _id: SLA_BACKFILL_JOB }).limit(1).get()).data[0]
  if (state?.done) return { stamped: 0, done: true }
  const r = await runInChunks<ComplaintDoc>(ctx, {
    job: SLA_BACKFILL_JOB,
    collection: COLL.complaints,
    where: {},
    fields: STAMP_FIELDS,
    pageBy: 'ticketNo',
    batch: BACKFILL_BATCH,
    budgetMs: SLA_BACKFILL_BUDGET_MS,
    clock,
    handle: async (wo) => wo.queueRank === undefined && restampDueIndex(ctx, wo, settings.sla)
  })
  return { stamped: r.acted, done: r.done }
}

export async function watchSla(ctx: HandlerContext, clock: () => number = Date.now): Promise<SlaWatchResult> {
  const started = clock()
  const settings = await complaintSettings(ctx.db)
  const filled = await backfill(ctx, settings, clock)
  const r = await runDueInChunks<ComplaintDoc>(ctx, {
    job: SLA_WATCH_JOB,
    collection: COLL.complaints,
    field: 'sla.nextDueAt',
    budgetMs: SLA_WATCH_BUDGET_MS - (clock() - started),
    clock,
    handle: async (wo) => {
      if (await recordBreaches(ctx, wo, settings)) return true
      await restampDueIndex(ctx, wo, settings.sla)
      return false
    }
  })
  return { scanned: r.scanned, escalated: r.acted, skipped: r.skipped, backfilled: filled.stamped, done: r.done && filled.done }
}

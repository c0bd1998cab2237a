// The sla-watch run: every open work order (status != closed), chunked by _id (job_state/sla-watch, 50 s budget), is
// checked against its SLA clocks; new breaches are recorded and escalate one level each (core/complaints
// recordBreaches), conditional on the work order's version, so two runs at once escalate exactly once and a second
// run changes nothing. Escalated work orders carry escalatedAt / alerts, which the desk sorts first.
import type { HandlerContext } from '../core/runtime'
import { COLL } from '../core/data/collections'
import { runInChunks } from '../core/jobs/chunked'
import { complaintSettings, recordBreaches, type ComplaintDoc } from '../core/complaints'

export const SLA_WATCH_JOB = 'sla-watch'
export const SLA_WATCH_BUDGET_MS = 50_000

export interface SlaWatchResult {
  scanned: number
  escalated: number
  skipped: number
  done: boolean
}

export async function watchSla(ctx: HandlerContext): Promise<SlaWatchResult> {
  const settings = await complaintSettings(ctx.db)
  const r = await runInChunks<ComplaintDoc>(ctx, {
    job: SLA_WATCH_JOB,
    collection: COLL.complaints,
    where: { status: ctx._.neq('closed') },
    budgetMs: SLA_WATCH_BUDGET_MS,
    handle: (wo) => recordBreaches(ctx, wo, settings)
  })
  return { scanned: r.scanned, escalated: r.acted, skipped: r.skipped, done: r.done }
}

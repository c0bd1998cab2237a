// The push timer's run: first the claims cut off mid-send (sending > 5 minutes) become failed, never resent; then every
// queued message that is due is delivered (core/push deliverMessage), chunked by _id and time-boxed so the run ends
// well inside the function's 60 s (job_state/push keeps the cursor). Each delivery claims its message conditionally,
// so two runs at once, or a redone batch, never send a message twice.
import type { HandlerContext } from '../core/runtime'
import { COLL } from '../core/data/collections'
import { businessSettings, pushPolicy } from '../core/data/settings'
import { runInChunks } from '../core/jobs/chunked'
import { attemptDelivery, failStuckSending, type MessageDoc } from '../core/push'

export const PUSH_JOB = 'push'
/** Every minute, timeout 60 s: stop starting batches after 40 s. */
export const PUSH_BUDGET_MS = 15_000

export interface PushRunResult {
  scanned: number
  sent: number
  noQuota: number
  failed: number
  suppressed: number
  held: number
  skipped: number
  stuckFailed: number
  done: boolean
}

export async function deliverDue(ctx: HandlerContext): Promise<PushRunResult> {
  const stuckFailed = await failStuckSending(ctx)
  const policy = pushPolicy(await businessSettings(ctx.db))
  const counts = { sent: 0, noQuota: 0, failed: 0, suppressed: 0, held: 0 }
  const r = await runInChunks<MessageDoc>(ctx, {
    job: PUSH_JOB,
    collection: COLL.messages,
    where: { status: 'queued', notBefore: ctx._.lte(ctx.now) },
    budgetMs: PUSH_BUDGET_MS,
    handle: async (msg) => {
      const { message, acted } = await attemptDelivery(ctx, msg, policy)
      if (!acted) {
        if (message.status === 'queued') counts.held++
        return false
      }
      if (message.status === 'sent') counts.sent++
      else if (message.status === 'no_quota') counts.noQuota++
      else if (message.status === 'failed') counts.failed++
      else if (message.status === 'suppressed') counts.suppressed++
      return true
    }
  })
  return { scanned: r.scanned, ...counts, skipped: r.skipped, stuckFailed, done: r.done }
}

// The nightly auto-confirm: an order awaiting confirmation 48 h after the cleaner checked out confirms itself
// (rules/orderStatus autoConfirmCutoff), through the same completeOrder as the household's own confirmation.
// Chunked and resumable (core/jobs/chunked.ts); completeOrder's move is conditional on the status, so an order
// another run (or the household) confirmed first is skipped, never confirmed twice.
import type { HandlerContext } from '../core/runtime'
import { COLL } from '../core/data/collections'
import { autoConfirmCutoff, isAutoConfirmDue } from '../core/rules/orderStatus'
import { completeOrder } from '../core/orders/complete'
import { runInChunks } from '../core/jobs/chunked'
import type { OrderDoc } from '../core/orders/orderDoc'

export const AUTO_CONFIRM_JOB = 'nightly:autoConfirm'
/** Stop starting batches after 15 s, so one invocation stays within 20 s (the function may run 60). */
export const AUTO_CONFIRM_BUDGET_MS = 15_000

export interface AutoConfirmResult {
  scanned: number
  confirmed: number
  skipped: number
  done: boolean
}

export async function autoConfirm(ctx: HandlerContext): Promise<AutoConfirmResult> {
  const r = await runInChunks<OrderDoc>(ctx, {
    job: AUTO_CONFIRM_JOB,
    collection: COLL.orders,
    where: { status: 'awaiting_confirmation', 'checkOut.at': ctx._.lte(autoConfirmCutoff(ctx.now)) },
    budgetMs: AUTO_CONFIRM_BUDGET_MS,
    handle: async (order) => {
      if (!isAutoConfirmDue(order, ctx.now)) return false
      await completeOrder(ctx, order, { kind: 'system', name: '系统' })
      return true
    }
  })
  return { scanned: r.scanned, confirmed: r.acted, skipped: r.skipped, done: r.done }
}

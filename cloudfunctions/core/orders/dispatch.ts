// Dispatching an order to a cleaner, race-safe.
//
// The danger: two staff members dispatch the same cleaner to two overlapping orders at the same moment. Each checks
// her schedule, each sees it free, each writes its own order: she is double-booked. A conditional update on the
// order cannot stop this, because the two writes touch different orders.
//
// The design: every dispatch runs in one CloudBase transaction (db.runTransaction) that
//   1. reads the order: it must still be as the staff member saw it (pending_dispatch to assign, or dispatched to
//      the cleaner she saw, to reassign; otherwise CONFLICT: someone else dispatched it meanwhile),
//   2. reads the cleaner's document and her overlapping jobs, and checks the rules (active, skill, leave, no clash),
//   3. bumps the cleaner's `scheduleVersion` and writes the order (status, cleanerId, timeline) and the audit entry.
// Reads are from the transaction's snapshot; a write to a document another open transaction already wrote, or that
// changed since this one read it, is refused at the write with DATABASE_TRANSACTION_CONFLICT (CloudBase's and the
// local engine's behaviour), and commit checks once more. Two dispatches to one cleaner both write her document, so
// they can never both commit: the first writer wins, the second conflicts and runTransaction runs it again on a
// fresh snapshot, where it now sees the first order and refuses with
// CONFLICT naming it. The overlap query itself cannot see orders inserted after its snapshot (no predicate locks);
// that is why the cleaner document is the lock: whatever adds a job to her schedule writes it too. Leave and
// deactivation go through the same version (core/cleaners/schedule.ts), so they cannot slip past a dispatch either.
// A household cancelling the order meanwhile changes the order document, which conflicts the same way. The audit
// entry is written inside the transaction, so a retried or refused attempt leaves none behind. Writers that move a
// job in her schedule outside this file should claim her with `claimCleaner` inside their own transaction.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { auditEntry, type AuditActor } from '../data/audit'
import { conflict, notFound, precondition } from '../contract/errors'
import type { OrderStatus } from '../contract/order'
import type { ServiceCategoryId } from '../contract/catalog'
import { assertDispatchable } from '../rules/dispatch'
import { assertStaffDispatchable } from '../rules/staffOrder'
import type { TimeSpan } from '../rules/time'
import { jobsOverlapping } from '../cleaners/schedule'
import { timelineEntry, type Actor } from './lifecycle'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

export interface DispatchableOrder extends TimeSpan {
  _id: string
  orderNo: string
  status: OrderStatus
  cleanerId?: string | null
  service: { category: ServiceCategoryId }
}

/** A transaction's conflict that outlived runTransaction's retries. */
export function isTransactionConflict(e: unknown): boolean {
  return (e as any)?.code === 'DATABASE_TRANSACTION_CONFLICT'
}

/**
 * Inside a transaction: check that `cleaner` can take `job` and claim her schedule (bump scheduleVersion), so that
 * no other transaction claiming her can commit alongside this one. Returns her document as read.
 */
export async function claimCleaner(tx: any, _: any, cleanerId: string, job: DispatchableOrder, now: Date): Promise<any> {
  const cleaner = (await tx.collection(COLL.cleaners).doc(cleanerId).get()).data
  if (!cleaner) throw notFound('阿姨不存在')
  const jobs = await jobsOverlapping(tx, _, cleanerId, job)
  assertDispatchable(cleaner, { _id: job._id, category: job.service.category, start: job.start, end: job.end }, jobs)
  await tx.collection(COLL.cleaners).doc(cleanerId).update({ scheduleVersion: _.inc(1), updatedAt: now })
  return cleaner
}

export interface DispatchResult {
  reassigned: boolean
  previousCleanerId: string | null
}

/** What the staff member saw when deciding: the order's status and cleaner. */
export interface SeenAssignment {
  status: OrderStatus
  cleanerId?: string | null
}

/**
 * Assign (pending_dispatch -> dispatched) or reassign (dispatched -> dispatched, another cleaner). When the order's
 * assignment is no longer what the staff member `seen` (someone else dispatched it meanwhile), CONFLICT rather than
 * silently turning an assign into a reassign.
 */
export async function dispatchOrder(ctx: Ctx, orderId: string, cleanerId: string, staff: AuditActor, seen: SeenAssignment): Promise<DispatchResult> {
  const _ = ctx.db.command
  const by: Actor = { kind: 'staff', id: staff._id, name: staff.name }
  try {
    return await ctx.db.runTransaction(async (tx: any) => {
      const order: DispatchableOrder | null = (await tx.collection(COLL.orders).doc(orderId).get()).data
      if (!order) throw notFound('订单不存在')
      if (order.status !== seen.status || (order.cleanerId ?? null) !== (seen.cleanerId ?? null)) {
        throw conflict('订单刚刚被其他人派单或改动了，请刷新后重试', { status: order.status })
      }
      assertStaffDispatchable(order)
      const reassigned = order.status === 'dispatched'
      if (reassigned && order.cleanerId === cleanerId) throw precondition('订单已经派给这位阿姨了')
      const cleaner = await claimCleaner(tx, _, cleanerId, order, ctx.now)
      const entry = timelineEntry(ctx, reassigned ? 'reassigned' : 'dispatched', by, `阿姨：${cleaner.name}`)
      await tx.collection(COLL.orders).doc(order._id).update({
        status: 'dispatched', cleanerId, dispatchedAt: ctx.now, updatedAt: ctx.now, timeline: _.push([entry])
      })
      const previousCleanerId = reassigned ? order.cleanerId ?? null : null
      await tx.collection(COLL.auditLogs).add(auditEntry(staff, reassigned ? 'orders.reassign' : 'orders.dispatch', order._id,
        { orderNo: order.orderNo, cleanerId, cleanerName: cleaner.name, previousCleanerId }, ctx.now))
      return { reassigned, previousCleanerId }
    })
  } catch (e) {
    if (isTransactionConflict(e)) throw conflict('有人同时在给这位阿姨或这个订单派单，请刷新后重试')
    throw e
  }
}

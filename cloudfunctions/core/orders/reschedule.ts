// Rescheduling an order. The household asks (booking.reschedule); staff decide on a dispatched order
// (admin orders.approveReschedule). The new slot is always taken when asked, so approval never fails on capacity.
//
// Contract for callers:
//   rescheduleOrder(ctx, order, to, reason, by)
//       Policy already checked by the caller (rules/bookingPolicy assertReschedule, assertNoPendingReschedule).
//       Takes the new slot (CONFLICT when full). pending_dispatch: the order moves now, the old slot is released,
//       an 'applied' entry is recorded. dispatched: a 'pending' entry holds the new slot; the order stays.
//       Returns the entry. CONFLICT (nothing kept) when the order changed since it was read.
//   applyReschedule(ctx, order, request, {by, note?})
//       `request` is an entry of order.reschedules (matched by id) with status 'pending'. The order moves to the
//       request's slot (already held) and releases its old slot. Its cleaner stays when she is still free then
//       (rules/dispatch dispatchRefusal: skill, leave, overlapping jobs), claimed in the same transaction as the order
//       write (core/orders/dispatch.ts protocol); otherwise the order goes back to pending_dispatch without a
//       cleaner. Returns {cleanerKept} (true when there was none).
//       FAILED_PRECONDITION when the request was already decided, the new time has begun, or the order is no longer
//       pending_dispatch/dispatched; CONFLICT when the order (or the cleaner's schedule) changed meanwhile.
//   rejectReschedule(ctx, order, request, {by, note?})
//       Marks the pending request rejected and releases the slot it held. Same errors as above.
//   rescheduleGuard(ctx, order)
//       Conditions that hold while the order's slot and pending request are as read: for any other write that
//       releases slots (cancelOrder uses it), so a decision and that write cannot both release the same unit.
import crypto from 'node:crypto'
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { conflict, precondition } from '../contract/errors'
import { ORDER_STATUS_LABELS, type TimeWindowId } from '../contract/order'
import { dispatchRefusal } from '../rules/dispatch'
import {
  assertDecidable, findPendingReschedule, rescheduleIndex, rescheduleNeedsApproval, rescheduleRequest,
  type RescheduleRequest, type SlotRef
} from '../rules/reschedule'
import { jobEnd } from '../rules/units'
import { describeSlot } from '../rules/windows'
import { assertTransition } from '../rules/orderStatus'
import { timelineEntry, type Actor } from './lifecycle'
import { jobsOverlapping } from '../cleaners/schedule'
import { isTransactionConflict } from './dispatch'
import { releaseSlot, takeSlot } from './slots'
import type { OrderDoc } from './orderDoc'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

export interface RescheduleDecision { by: Actor; note?: string }

const CHANGED = '订单刚刚发生了变化，请刷新后重试'

export function rescheduleGuard(ctx: Ctx, order: OrderDoc): Record<string, unknown> {
  const pending = findPendingReschedule(order)
  return pending
    ? { slotKey: order.slotKey, [`reschedules.${pending.index}.status`]: 'pending' }
    : { slotKey: order.slotKey, 'reschedules.status': ctx.db.command.neq('pending') }
}

export function slotRefOf(order: Pick<OrderDoc, 'date' | 'window' | 'start' | 'end'>): SlotRef {
  return { date: order.date, window: order.window, start: order.start, end: order.end }
}

function moveNote(from: SlotRef, to: SlotRef, reason?: string): string {
  return `${describeSlot(from.date, from.window)} 改至 ${describeSlot(to.date, to.window)}${reason ? `：${reason}` : ''}`
}

export async function rescheduleOrder(
  ctx: Ctx, order: OrderDoc, to: { date: string; window: TimeWindowId; start: Date }, reason: string, by: Actor
): Promise<RescheduleRequest> {
  const target: SlotRef = { ...to, end: jobEnd(to.start, order.service, order.quantity) }
  const from = slotRefOf(order)
  const needsApproval = rescheduleNeedsApproval(order)
  const slotKey = await takeSlot(ctx, order.service.category, to.date, to.window)
  const id = crypto.randomBytes(6).toString('hex')
  const request = rescheduleRequest({ id, from, to: target, reason, slotKey, at: ctx.now, by, needsApproval })
  const _ = ctx.db.command
  const type = needsApproval ? 'reschedule_requested' : 'rescheduled'
  const entry = timelineEntry(ctx, type, by, moveNote(from, target, reason))
  const moveNow = needsApproval ? {} : { date: target.date, window: target.window, start: target.start, end: target.end, slotKey }
  try {
    const r = await ctx.db.collection(COLL.orders)
      .where({ ...rescheduleGuard(ctx, order), _id: order._id, status: order.status })
      .update({ ...moveNow, reschedules: _.push([request]), timeline: _.push([entry]), updatedAt: ctx.now })
    if (r.updated !== 1) throw conflict(CHANGED)
  } catch (e) {
    await releaseSlot(ctx, slotKey)
    throw e
  }
  if (!needsApproval) await releaseSlot(ctx, order.slotKey)
  return request
}

/**
 * Inside the transaction: whether the order's cleaner can still do the job at the new time. When she can, her
 * schedule is claimed (scheduleVersion bumped) so a dispatch to her running at the same moment cannot commit too
 * (the protocol of core/orders/dispatch.ts).
 */
async function keepCleaner(tx: any, _: any, order: OrderDoc, to: SlotRef, now: Date): Promise<boolean> {
  const cleaner = order.cleanerId ? (await tx.collection(COLL.cleaners).doc(order.cleanerId).get()).data : null
  if (!cleaner) return false
  const jobs = await jobsOverlapping(tx, _, cleaner._id, to)
  const job = { _id: order._id, start: to.start, end: to.end, category: order.service.category }
  if (dispatchRefusal(cleaner, job, jobs)) return false
  await tx.collection(COLL.cleaners).doc(cleaner._id).update({ scheduleVersion: _.inc(1), updatedAt: now })
  return true
}

/** The order is still as the caller read it: same status, slot, cleaner, and the request still waiting. */
function unchanged(current: OrderDoc | null, seen: OrderDoc, index: number): current is OrderDoc {
  return !!current && current.status === seen.status && current.slotKey === seen.slotKey &&
    (current.cleanerId ?? null) === (seen.cleanerId ?? null) && current.reschedules?.[index]?.status === 'pending'
}

function decisionFields(index: number, status: 'approved' | 'rejected', d: RescheduleDecision, now: Date): Record<string, unknown> {
  const at = `reschedules.${index}`
  const fields: Record<string, unknown> = { [`${at}.status`]: status, [`${at}.decidedAt`]: now, [`${at}.decidedBy`]: d.by }
  if (d.note) fields[`${at}.note`] = d.note
  return fields
}

export async function applyReschedule(
  ctx: Ctx, order: OrderDoc, request: Pick<RescheduleRequest, 'id'>, decision: RescheduleDecision
): Promise<{ cleanerKept: boolean }> {
  const index = rescheduleIndex(order, request.id)
  const pending = order.reschedules[index]
  assertDecidable(pending, true, ctx.now)
  if (order.status !== 'pending_dispatch' && order.status !== 'dispatched') {
    throw precondition(`订单当前为「${ORDER_STATUS_LABELS[order.status]}」，不能再改约，请驳回该申请`)
  }
  const _ = ctx.db.command
  let cleanerKept = true
  try {
    await ctx.db.runTransaction(async (tx: any) => {
      const current: OrderDoc | null = (await tx.collection(COLL.orders).doc(order._id).get()).data
      if (!unchanged(current, order, index)) throw conflict(CHANGED)
      cleanerKept = current.cleanerId ? await keepCleaner(tx, _, current, pending.to, ctx.now) : true
      const unassign = !cleanerKept
      if (unassign) assertTransition(current.status, 'pending_dispatch')
      const entries = [timelineEntry(ctx, 'reschedule_approved', decision.by, moveNote(pending.from, pending.to, decision.note))]
      if (unassign) entries.push(timelineEntry(ctx, 'unassigned', decision.by, '原服务人员新时段无法服务，将重新派单'))
      await tx.collection(COLL.orders).doc(order._id).update({
        date: pending.to.date, window: pending.to.window, start: pending.to.start, end: pending.to.end,
        slotKey: pending.slotKey,
        ...decisionFields(index, 'approved', decision, ctx.now),
        ...(unassign ? { status: 'pending_dispatch', cleanerId: null } : {}),
        timeline: _.push(entries),
        updatedAt: ctx.now
      })
    })
  } catch (e) {
    if (isTransactionConflict(e)) throw conflict(CHANGED)
    throw e
  }
  await releaseSlot(ctx, order.slotKey)
  return { cleanerKept }
}

export async function rejectReschedule(
  ctx: Ctx, order: OrderDoc, request: Pick<RescheduleRequest, 'id'>, decision: RescheduleDecision
): Promise<void> {
  const index = rescheduleIndex(order, request.id)
  const pending = order.reschedules[index]
  assertDecidable(pending, false, ctx.now)
  const _ = ctx.db.command
  const r = await ctx.db.collection(COLL.orders)
    .where({ _id: order._id, [`reschedules.${index}.status`]: 'pending' })
    .update({
      ...decisionFields(index, 'rejected', decision, ctx.now),
      timeline: _.push([timelineEntry(ctx, 'reschedule_rejected', decision.by, decision.note)]),
      updatedAt: ctx.now
    })
  if (r.updated !== 1) throw conflict(CHANGED)
  await releaseSlot(ctx, pending.slotKey)
}

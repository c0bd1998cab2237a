// The two stored, indexed facts derived from a work order's state: `sla.nextDueAt` (what the sla-watch reads) and
// `queueRank` (the desk queue's order). Every write that changes the state writes them with it (file, applyAction,
// recordBreaches); `restampDueIndex` repairs a work order whose stored ones are missing or stale (the sla-watch's
// backfill of older documents, and a due work order that turned out to have nothing to record).
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { slaNextDueAt } from '../rules/complaints/nextDue'
import { queueRank } from '../rules/complaints/queueOrder'
import type { SlaSettings } from '../rules/complaints/sla'
import { slaStateOf, type ComplaintDoc } from './complaintDoc'

type Ctx = Pick<HandlerContext, 'db'>

type IndexedState = Pick<ComplaintDoc, 'severity' | 'sla' | 'step'>

/** The next due instant as stored: null once closed (the watch leaves closed work orders alone). */
export function nextDueOf(wo: IndexedState, settings: SlaSettings): Date | null {
  return wo.step === 'closed' ? null : slaNextDueAt(slaStateOf(wo), settings)
}

/** The queue rank of a work order whose `sla.nextDueAt` is already the one to store. */
export function queueRankOf(wo: Pick<ComplaintDoc, 'step' | 'sla' | 'ticketNo'>): string {
  return queueRank({
    step: wo.step,
    breached: (wo.sla.breached ?? []).length > 0,
    nextDueAt: wo.sla.nextDueAt ?? null,
    receivedAt: wo.sla.receivedAt,
    ticketNo: wo.ticketNo
  })
}

export interface DueIndex {
  nextDueAt: Date | null
  queueRank: string
}

export function dueIndexOf(wo: IndexedState & Pick<ComplaintDoc, 'ticketNo'>, settings: SlaSettings): DueIndex {
  const nextDueAt = nextDueOf(wo, settings)
  return { nextDueAt, queueRank: queueRankOf({ ...wo, sla: { ...wo.sla, nextDueAt } }) }
}

const sameInstant = (a: Date | null | undefined, b: Date | null) =>
  a === undefined ? false : (a?.getTime() ?? null) === (b?.getTime() ?? null)

/**
 * Writes the derived fields when the stored ones are missing or differ; true when it wrote. Conditional on the
 * version read and without bumping it: the fields follow from that version's state, and a write that moved the state
 * on stamps its own (so losing the race here leaves nothing wrong behind).
 */
export async function restampDueIndex(ctx: Ctx, wo: ComplaintDoc, settings: SlaSettings): Promise<boolean> {
  const index = dueIndexOf(wo, settings)
  if (sameInstant(wo.sla.nextDueAt, index.nextDueAt) && wo.queueRank === index.queueRank) return false
  const r = await ctx.db.collection(COLL.complaints).where({ _id: wo._id, version: wo.version }).update({
    'sla.nextDueAt': index.nextDueAt,
    queueRank: index.queueRank
  })
  return r.updated === 1
}

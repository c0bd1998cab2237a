// Reading work orders: by id (staff, timers), as the household's own (another household's is NOT_FOUND, exactly like
// a missing one), and the household's earlier complaints (severity's repeat rule, the desk's history).
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { findOne } from '../data/db'
import { conflict, notFound } from '../contract/errors'
import type { ComplaintDoc } from './complaintDoc'

type Ctx = Pick<HandlerContext, 'db'>

export const COMPLAINT_NOT_FOUND = '投诉工单不存在'
export const VERSION_CONFLICT = '工单刚刚被他人更新，请刷新后重试'

export function versionConflict(complaintId: string) {
  return conflict(VERSION_CONFLICT, { complaintId })
}

export async function findWorkOrder(ctx: Ctx, complaintId: string): Promise<ComplaintDoc | undefined> {
  if (typeof complaintId !== 'string' || !complaintId) return undefined
  return findOne<ComplaintDoc>(ctx.db, COLL.complaints, { _id: complaintId })
}

/** The work order, or NOT_FOUND. */
export async function loadWorkOrder(ctx: Ctx, complaintId: string): Promise<ComplaintDoc> {
  const wo = await findWorkOrder(ctx, complaintId)
  if (!wo) throw notFound(COMPLAINT_NOT_FOUND, { complaintId })
  return wo
}

/** The household's own work order; another household's is NOT_FOUND with the same message. */
export async function householdWorkOrder(ctx: Ctx, customerId: string | undefined, complaintId: string): Promise<ComplaintDoc> {
  const wo = customerId ? await findOne<ComplaintDoc>(ctx.db, COLL.complaints, { _id: complaintId, customerId }) : undefined
  if (!wo) throw notFound(COMPLAINT_NOT_FOUND)
  return wo
}

/** The household's complaints filed since `since` (newest first, at most `limit`), without `excludeId`. */
export async function complaintsOfHousehold(ctx: Pick<HandlerContext, 'db' | '_'>, customerId: string, opts: { since?: Date; excludeId?: string; limit?: number } = {}): Promise<ComplaintDoc[]> {
  const where: Record<string, unknown> = { customerId }
  if (opts.since) where.createdAt = ctx._.gte(opts.since)
  const r = await ctx.db.collection(COLL.complaints).where(where).orderBy('createdAt', 'desc').limit(opts.limit ?? 100).get()
  return (r.data as ComplaintDoc[]).filter((c) => c._id !== opts.excludeId)
}

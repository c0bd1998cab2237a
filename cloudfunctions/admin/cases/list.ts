// cases.list: the case library (典型案例) for the printable 《顾客之声》 page: closed work orders a supervisor
// marked, newest first (the latest 200). No personal data: what happened, what we did, and the lesson.
import type { Database } from '../../core/runtime/cloud'
import { z } from '../../core/runtime'
import { COLL } from '../../core/data/collections'
import type { CaseView } from '../../core/contract/api/complaintsDesk'
import type { CaseWorkOrder } from '../../core/complaints/caseStudy'
import type { OrderDoc } from '../../core/orders/orderDoc'
import { staffAction } from '../staffAction'
import { actorLabel, workOrderHead } from '../complaints/view'

const LATEST = 200

async function serviceNames(db: Database, orderIds: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(orderIds)]
  if (!unique.length) return new Map()
  const r = await db.collection(COLL.orders).where({ _id: db.command.in(unique) }).limit(unique.length).get()
  return new Map((r.data as OrderDoc[]).map((o) => [o._id, o.service?.name ?? '']))
}

function caseView(wo: CaseWorkOrder, serviceName: string | null): CaseView {
  const study = wo.caseStudy!
  return {
    ...workOrderHead(wo),
    title: study.title,
    lesson: study.lesson,
    serviceName,
    description: wo.description,
    resolution: wo.resolution?.text ?? null,
    compensation: (wo.compensations ?? []).filter((c) => c.status === 'granted').map((c) => c.description),
    satisfied: wo.confirmation ? wo.confirmation.satisfied : null,
    rating: wo.confirmation?.rating ?? null,
    createdAt: wo.createdAt.toISOString(),
    closedAt: wo.closedAt ? wo.closedAt.toISOString() : null,
    markedBy: actorLabel(study.markedBy),
    markedAt: study.markedAt.toISOString()
  }
}

export const list = staffAction('agent', z.object({}).strict(), async (_input, ctx): Promise<CaseView[]> => {
  const r = await ctx.db.collection(COLL.complaints).where({ isCase: true }).orderBy('closedAt', 'desc').limit(LATEST).get()
  const cases = (r.data as CaseWorkOrder[]).filter((wo) => wo.caseStudy)
  const names = await serviceNames(ctx.db, cases.flatMap((wo) => (wo.orderId ? [wo.orderId] : [])))
  return cases.map((wo) => caseView(wo, wo.orderId ? names.get(wo.orderId) ?? null : null))
})

// The case library (典型案例, printed as 《顾客之声》): a closed work order marked by a supervisor with a title and the
// lesson learnt. Stored on the work order (`isCase` for the library's query, `caseStudy` for the text) and, like every
// other write to a work order, conditional on its version (CONFLICT when it changed meanwhile). The marking is kept in
// the timeline as an internal note.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { precondition } from '../contract/errors'
import type { ComplaintDoc, WorkOrderActor } from './complaintDoc'
import { newEvent } from './timeline'
import { versionConflict } from './load'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'now'>

export interface CaseStudy {
  title: string
  lesson: string
  markedBy: WorkOrderActor
  markedAt: Date
}

/** A work order with its place in the case library (fields written only by this module). */
export type CaseWorkOrder = ComplaintDoc & { isCase?: boolean; caseStudy?: CaseStudy | null }

/** Marks a closed work order as a typical case (study), or takes it out of the library (null). */
export async function markCaseStudy(ctx: Ctx, wo: CaseWorkOrder, study: { title: string; lesson: string } | null, actor: WorkOrderActor): Promise<CaseWorkOrder> {
  if (wo.step !== 'closed') throw precondition('只有已结案的工单才能收入典型案例', { complaintId: wo._id, step: wo.step })
  const caseStudy: CaseStudy | null = study ? { ...study, markedBy: actor, markedAt: ctx.now } : null
  const event = newEvent('note', ctx.now, actor, {
    text: study ? `收入典型案例《${study.title}》` : '移出典型案例',
    details: { caseStudy: !!study }
  })
  const _ = ctx._
  const r = await ctx.db.collection(COLL.complaints).where({ _id: wo._id, version: wo.version }).update({
    isCase: !!study,
    caseStudy: caseStudy ? _.set(caseStudy) : null,
    timeline: _.push([event]),
    lastEventAt: ctx.now,
    updatedAt: ctx.now,
    version: _.inc(1)
  })
  if (r.updated !== 1) throw versionConflict(wo._id)
  return { ...wo, isCase: !!study, caseStudy, timeline: [...wo.timeline, event], lastEventAt: ctx.now, updatedAt: ctx.now, version: wo.version + 1 }
}

// Recording SLA breaches (the sla-watch timer): the clocks past their deadline with no breach on record are recorded
// (never erased: the update only appends), each lifts the work order one level (rules/complaints/levels stamps the
// escalation on the breach), with internal 'sla_breached' + 'level_changed' events and a desk alert (escalatedAt,
// alerts). The write is conditional on the version read, so two runs at once record and escalate exactly once.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { SLA_CLOCK_LABELS, COMPLAINT_LEVEL_LABELS } from '../contract/complaint'
import { appendBreaches, newBreaches } from '../rules/complaints/sla'
import { escalateForBreaches } from '../rules/complaints/levels'
import { wxTime } from '../rules/push'
import { slaStateOf, type ComplaintDoc } from './complaintDoc'
import type { ComplaintSettings } from './settings'
import { newEvent } from './timeline'
import { versionConflict } from './load'
import { dueIndexOf } from './dueIndex'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'now'>

/** Records the new breaches of one open work order; false when there is none. CONFLICT when another run was first. */
export async function recordBreaches(ctx: Ctx, wo: ComplaintDoc, settings: Pick<ComplaintSettings, 'sla'>): Promise<boolean> {
  if (wo.status === 'closed') return false
  const found = newBreaches(slaStateOf(wo), ctx.now, settings.sla)
  if (!found.length) return false
  const { level, breaches } = escalateForBreaches(wo.level, found)
  const system = { kind: 'system' as const }
  const events = breaches.flatMap((b) => {
    const breached = newEvent('sla_breached', ctx.now, system, {
      text: `${SLA_CLOCK_LABELS[b.clock]}超时（时限 ${wxTime(b.dueAt)}）`,
      details: { clock: b.clock, dueAt: b.dueAt }
    })
    if (b.levelFrom === b.levelTo) return [breached]
    const raised = newEvent('level_changed', ctx.now, system, {
      from: b.levelFrom,
      to: b.levelTo,
      text: `超时自动升级：${COMPLAINT_LEVEL_LABELS[b.levelFrom]} → ${COMPLAINT_LEVEL_LABELS[b.levelTo]}`
    })
    return [breached, raised]
  })
  const _ = ctx._
  const all = appendBreaches(wo.sla.breached ?? [], breaches)
  // the recorded clocks are watched no more: the next due instant moves to the other clock, or to none
  const index = dueIndexOf({ ...wo, sla: { ...wo.sla, breached: all } }, settings.sla)
  const r = await ctx.db.collection(COLL.complaints).where({ _id: wo._id, version: wo.version }).update({
    'sla.breached': _.push(all.slice((wo.sla.breached ?? []).length)),
    'sla.nextDueAt': index.nextDueAt,
    queueRank: index.queueRank,
    level,
    escalatedAt: ctx.now,
    alerts: _.inc(1),
    timeline: _.push(events),
    lastEventAt: ctx.now,
    updatedAt: ctx.now,
    version: _.inc(1)
  })
  if (r.updated !== 1) throw versionConflict(wo._id)
  return true
}

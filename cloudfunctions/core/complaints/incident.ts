// Incident linking (rules/complaints/incident.ts decides): after a complaint is filed, the recent complaints about the
// same cleaner (7 days) or the same district on the same Shanghai day are read; when 3+ households are involved every
// member is linked to one incident (incidentId), raised to L3, alerted, and gets an internal 'incident_linked' event.
// The incident id is derived from its oldest member (`inc_<complaintId>`), so two complaints filed at the same time
// link to the same incident; an existing incident is extended and others the members belonged to are merged into it.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { DAY_MS, shanghaiDate, shanghaiInstant } from '../rules/time'
import { detectIncident, type IncidentComplaint, type IncidentVerdict } from '../rules/complaints/incident'
import { higherLevel, INCIDENT_LEVEL } from '../rules/complaints/levels'
import type { ComplaintDoc } from './complaintDoc'
import { newEvent } from './timeline'
import { loadWorkOrder } from './load'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'now'>

const RECENT_LIMIT = 200
const LINK_ATTEMPTS = 5
export const INCIDENT_TAG = '群体事件'

function asIncidentComplaint(c: ComplaintDoc): IncidentComplaint {
  return { id: c._id, customerId: c.customerId, cleanerId: c.cleanerId, area: c.area, createdAt: c.createdAt, incidentId: c.incidentId }
}

async function recentRelated(ctx: Ctx, wo: ComplaintDoc): Promise<ComplaintDoc[]> {
  const _ = ctx._
  const coll = ctx.db.collection(COLL.complaints)
  const found = new Map<string, ComplaintDoc>()
  if (wo.cleanerId) {
    const since = new Date(wo.createdAt.getTime() - 7 * DAY_MS)
    const r = await coll.where({ cleanerId: wo.cleanerId, createdAt: _.gte(since) }).limit(RECENT_LIMIT).get()
    for (const c of r.data) found.set(c._id, c)
  }
  if (wo.area) {
    const dayStart = shanghaiInstant(shanghaiDate(wo.createdAt), '00:00')
    const r = await coll.where({ area: wo.area, createdAt: _.gte(dayStart) }).limit(RECENT_LIMIT).get()
    for (const c of r.data) found.set(c._id, c)
  }
  return [...found.values()]
}

/** Links one work order to the incident (conditional on its version, retried on a race). */
export async function linkToIncident(ctx: Ctx, complaintId: string, incidentId: string, verdict: IncidentVerdict): Promise<boolean> {
  const _ = ctx._
  for (let attempt = 0; attempt < LINK_ATTEMPTS; attempt++) {
    const wo = await loadWorkOrder(ctx, complaintId)
    if (wo.incidentId === incidentId) return false
    const system = { kind: 'system' as const }
    const events = [newEvent('incident_linked', ctx.now, system, {
      text: verdict.reasons.join('；'),
      from: wo.incidentId ?? undefined,
      to: incidentId,
      details: { incidentId, kinds: verdict.matches.map((m) => m.kind), complaintIds: verdict.complaintIds }
    })]
    const open = wo.status !== 'closed'
    const level = open ? higherLevel(wo.level, INCIDENT_LEVEL) : wo.level
    if (level !== wo.level) events.push(newEvent('level_changed', ctx.now, system, { from: wo.level, to: level, text: '群体事件，系统级响应' }))
    const patch: Record<string, unknown> = {
      incidentId,
      level,
      riskTags: _.addToSet(INCIDENT_TAG),
      timeline: _.push(events),
      version: _.inc(1),
      lastEventAt: ctx.now,
      updatedAt: ctx.now
    }
    if (open) Object.assign(patch, { escalatedAt: ctx.now, alerts: _.inc(1) })
    const r = await ctx.db.collection(COLL.complaints).where({ _id: wo._id, version: wo.version }).update(patch)
    if (r.updated === 1) return true
  }
  return false
}

/** Detects and links the incident a new work order forms or extends; returns the incident id or null. */
export async function linkIncident(ctx: Ctx, wo: ComplaintDoc): Promise<string | null> {
  const recent = await recentRelated(ctx, wo)
  const verdict = detectIncident(asIncidentComplaint(wo), recent.map(asIncidentComplaint))
  if (!verdict) return null
  const incidentId = verdict.incidentId ?? `inc_${verdict.complaintIds[0]}`
  const members = new Set(verdict.complaintIds)
  if (verdict.otherIncidentIds.length) {
    const merged = await ctx.db.collection(COLL.complaints).where({ incidentId: ctx._.in(verdict.otherIncidentIds) }).limit(1000).get()
    for (const c of merged.data) members.add(c._id)
  }
  for (const id of members) await linkToIncident(ctx, id, incidentId, verdict)
  return incidentId
}

// One action on a work order, by the household or by staff: rules/complaints/workflow.ts says whether it is legal for
// this actor in this step and level and what step, level and timeline events follow; this module adds the action's
// own changes (SLA clocks, assignee, compensation, resolution, confirmation) and writes everything in ONE update that
// is conditional on the version the caller read (`where({_id, version})` + `version: _.inc(1)`): a lost race is
// CONFLICT '工单刚刚被他人更新，请刷新后重试' and nothing of it is written.
// Side effects around the write: a free re-service order is placed before it (capacity can refuse; the order is
// withdrawn again if the write loses), a coupon is issued after it (its id was written with the grant; dedupeKey makes
// the issue idempotent), and staff replies / proposed resolutions notify the household through the outbox after it.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { invalid } from '../contract/errors'
import {
  COMPLAINT_SEVERITIES,
  COMPLAINT_STEP_LABELS,
  COMPLAINT_LEVEL_LABELS,
  COMPLAINT_SEVERITY_LABELS,
  type ComplaintAction,
  type ComplaintSeverity,
  type ComplaintStep
} from '../contract/complaint'
import { planAction, type ComplaintActor } from '../rules/complaints/workflow'
import {
  isPaused,
  pauseSla,
  recordFirstResponse,
  recordReopen,
  recordResolutionProposed,
  resumeSla,
  slaDueAt,
  type SlaState
} from '../rules/complaints/sla'
import type { MessageDoc } from '../push/messageDoc'
import { slaStateOf, statusOfStep, workflowStateOf, type ComplaintDoc, type ComplaintSla, type WorkOrderActor, type WorkOrderEvent } from './complaintDoc'
import { complaintSettings, type ComplaintSettings } from './settings'
import { newEvent, type EventExtra } from './timeline'
import { versionConflict } from './load'
import { issueCompensationCoupon, withdrawReservice } from './compensation'
import { approveCompensation, proposeCompensation } from './compensate'
import { requiredText, optionalText, type ActionPayload, type Draft } from './actionInput'
export { TEXT_MAX, type ActionPayload, type CompensationInput } from './actionInput'
import { notifyHousehold } from './notify'
import { nextDueOf, queueRankOf } from './dueIndex'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'app' | 'now'>

export interface ApplyResult {
  /** the work order as written */
  workOrder: ComplaintDoc
  /** the events this action added */
  events: WorkOrderEvent[]
  /** progress messages to the household (queued / sent / no_quota) */
  notifications: MessageDoc[]
}

function workflowActor(actor: WorkOrderActor): ComplaintActor {
  if (actor.kind === 'household') return { kind: 'household' }
  if (actor.kind === 'staff' && actor.role) return { kind: 'staff', role: actor.role }
  throw invalid('工单操作需要客户本人或工作人员')
}

/**
 * The SLA as stored after the clocks changed: deadlines recomputed (pauses move them), breaches kept as they are,
 * and the next due instant the sla-watch reads (none once closed).
 */
function storedSla(wo: ComplaintDoc, state: SlaState, step: ComplaintStep, now: Date, settings: ComplaintSettings): ComplaintSla {
  const sla: ComplaintSla = {
    receivedAt: wo.sla.receivedAt,
    firstResponseDue: slaDueAt(state, 'first_response', now, settings.sla),
    resolveDue: slaDueAt(state, 'resolution', now, settings.sla),
    firstResponseAt: state.firstResponseAt ?? null,
    resolvedAt: state.resolvedAt ?? null,
    pauses: [...state.pauses],
    breached: wo.sla.breached ?? []
  }
  return { ...sla, nextDueAt: nextDueOf({ severity: state.severity, step, sla }, settings.sla) }
}

/**
 * Applies `action` by `actor` to the work order as the caller read it (`wo`). Throws the workflow's refusal
 * (PERMISSION_DENIED / FAILED_PRECONDITION), INVALID_ARGUMENT for a missing or bad payload, CONFLICT when the work
 * order changed since it was read. Household actors carry their customer id; staff actors their id, role and name.
 */
export async function applyAction(ctx: Ctx, wo: ComplaintDoc, action: ComplaintAction, actor: WorkOrderActor, payload: ActionPayload = {}): Promise<ApplyResult> {
  const settings = await complaintSettings(ctx.db)
  const now = ctx.now
  const who = workflowActor(actor)

  // inputs an action cannot do without, checked before anything else
  let text: string | undefined
  if (action === 'reply') text = requiredText(payload, '回复内容')
  else if (action === 'note') text = requiredText(payload, '备注内容')
  else if (action === 'propose_resolution') text = requiredText(payload, '处理方案')
  else text = optionalText(payload.text, '说明')
  if (action === 'assess' && !(COMPLAINT_SEVERITIES as readonly unknown[]).includes(payload.severity)) throw invalid('请选择严重程度')
  if (action === 'confirm' && !(Number.isInteger(payload.rating) && (payload.rating as number) >= 1 && (payload.rating as number) <= 5)) {
    throw invalid('请给出 1-5 星的评价')
  }

  const plan = planAction(workflowStateOf(wo), action, who, now, {
    severity: payload.severity,
    assigneeRole: payload.assignee?.role,
    reason: payload.reason
  }, settings.workflow)

  const draft: Draft = { patch: {}, local: {}, sla: slaStateOf(wo), extras: {}, trailing: [], newCompensation: null, updatedCompensation: null, placedOrder: null }
  const { patch, local } = draft
  const photos = payload.photos?.length ? payload.photos : undefined
  const details = payload.scriptId ? { scriptId: payload.scriptId } : undefined

  switch (action) {
    case 'reply':
      if (actor.kind === 'staff') {
        draft.sla = recordFirstResponse(draft.sla, now)
        draft.extras.reply = { text, photos, details }
      } else {
        draft.extras.household_message = { text, photos }
        // the household answered: the clocks run again
        if (isPaused(draft.sla)) {
          draft.sla = resumeSla(draft.sla, now)
          draft.trailing.push('sla_resumed')
          draft.extras.sla_resumed = { text: '客户已回复，恢复计时' }
        }
      }
      break
    case 'note':
      draft.extras.note = { text, details }
      break
    case 'assess':
      patch.severity = local.severity = payload.severity
      // the deadlines follow the new severity's policy from here on
      draft.sla = { ...draft.sla, severity: payload.severity as ComplaintSeverity }
      draft.extras.severity_assessed = {
        from: wo.severity,
        to: payload.severity,
        text: text ?? `${COMPLAINT_SEVERITY_LABELS[wo.severity]} → ${COMPLAINT_SEVERITY_LABELS[payload.severity as ComplaintSeverity]}`
      }
      break
    case 'assign': {
      const a = payload.assignee
      if (!a?.id || !a.name) throw invalid('请选择处理人')
      local.assignee = { id: a.id, name: a.name, role: a.role }
      patch.assignee = ctx._.set(local.assignee)
      draft.extras.assigned = { from: wo.assignee?.name, to: a.name, details: { assigneeId: a.id, role: a.role } }
      break
    }
    case 'escalate':
      Object.assign(patch, { escalatedAt: now, alerts: ctx._.inc(1) })
      Object.assign(local, { escalatedAt: now, alerts: (wo.alerts ?? 0) + 1 })
      break
    case 'compensate':
      await proposeCompensation(ctx, wo, actor, payload, settings, draft)
      break
    case 'approve_compensation':
      await approveCompensation(ctx, wo, actor, payload, settings, draft)
      break
    case 'propose_resolution': {
      draft.sla = recordResolutionProposed(draft.sla, now)
      const granted = (wo.compensations ?? []).filter((c) => c.status === 'granted').map((c) => c.description)
      local.resolution = { text: text as string, proposedAt: now, by: actor, compensation: granted }
      patch.resolution = ctx._.set(local.resolution)
      draft.extras.resolution_proposed = { text, details: { ...(details ?? {}), compensation: granted } }
      break
    }
    case 'pause_sla':
      draft.sla = pauseSla(draft.sla, now, text)
      draft.extras.sla_paused = { text: text ?? '等待客户回复' }
      break
    case 'resume_sla':
      draft.sla = resumeSla(draft.sla, now)
      break
    case 'confirm': {
      const comment = optionalText(payload.comment, '评价内容', 300)
      Object.assign(local, { confirmation: { satisfied: true, rating: payload.rating as number, ...(comment ? { comment } : {}), at: now }, confirmedAt: now })
      Object.assign(patch, { confirmation: ctx._.set(local.confirmation), confirmedAt: now })
      draft.extras.household_confirmed = { text: comment, details: { rating: payload.rating } }
      break
    }
    case 'reopen': {
      const reason = payload.reason?.trim() as string
      draft.sla = recordReopen(draft.sla, now)
      Object.assign(local, { confirmation: { satisfied: false, reason, at: now }, reopenCount: (wo.reopenCount ?? 0) + 1 })
      Object.assign(patch, { confirmation: ctx._.set(local.confirmation), reopenCount: ctx._.inc(1) })
      draft.extras.household_reopened = { text: reason }
      break
    }
    case 'close':
      break
  }

  // the plan's events, with their texts
  const eventTypes = [...plan.events, ...draft.trailing]
  const stepExtra: EventExtra = { from: wo.step, to: plan.step, text: `${COMPLAINT_STEP_LABELS[wo.step]} → ${COMPLAINT_STEP_LABELS[plan.step]}` }
  const levelExtra: EventExtra = { from: wo.level, to: plan.level, text: text && action === 'escalate' ? text : `${COMPLAINT_LEVEL_LABELS[wo.level]} → ${COMPLAINT_LEVEL_LABELS[plan.level]}` }
  const events = eventTypes.map((type) =>
    newEvent(type, now, actor, type === 'step_changed' ? stepExtra : type === 'level_changed' ? levelExtra : type === 'closed' ? { text } : draft.extras[type] ?? {})
  )

  const _ = ctx._
  const step = plan.step
  const sla = storedSla(wo, draft.sla, step, now, settings)
  const rank = queueRankOf({ step, sla, ticketNo: wo.ticketNo })
  const update: Record<string, unknown> = {
    ...patch,
    step,
    level: plan.level,
    status: statusOfStep(step),
    sla: _.set(sla),
    queueRank: rank,
    timeline: _.push(events),
    lastEventAt: now,
    updatedAt: now,
    version: _.inc(1)
  }
  if (step === 'closed' && wo.step !== 'closed') update.closedAt = now
  if (draft.newCompensation) update.compensations = _.push([draft.newCompensation])
  if (draft.updatedCompensation) update[`compensations.${draft.updatedCompensation.index}`] = _.set(draft.updatedCompensation.record)

  const r = await ctx.db.collection(COLL.complaints).where({ _id: wo._id, version: wo.version }).update(update)
  if (r.updated !== 1) {
    if (draft.placedOrder) await withdrawReservice(ctx, draft.placedOrder)
    throw versionConflict(wo._id)
  }

  // the work order as written
  const compensations = [...(wo.compensations ?? [])]
  if (draft.updatedCompensation) compensations[draft.updatedCompensation.index] = draft.updatedCompensation.record
  if (draft.newCompensation) compensations.push(draft.newCompensation)
  const written: ComplaintDoc = {
    ...wo,
    ...local,
    step,
    level: plan.level,
    status: statusOfStep(step),
    sla,
    queueRank: rank,
    timeline: [...wo.timeline, ...events],
    compensations,
    lastEventAt: now,
    updatedAt: now,
    version: wo.version + 1,
    closedAt: step === 'closed' && wo.step !== 'closed' ? now : wo.closedAt
  }
  // after the write: the coupon, then the household's notifications
  const grantedCoupon = [draft.newCompensation, draft.updatedCompensation?.record].find((c) => c?.status === 'granted' && c.kind === 'coupon')
  if (grantedCoupon) await issueCompensationCoupon(ctx, written, grantedCoupon)
  const notifications: MessageDoc[] = []
  if (actor.kind === 'staff') {
    for (const event of events) {
      if (event.type !== 'reply' && event.type !== 'resolution_proposed') continue
      try {
        const message = await notifyHousehold(ctx, written, event)
        if (message) notifications.push(message)
      } catch (e) {
        // the action stands; an undelivered notice shows as mustCall only when it was recorded
        console.error(JSON.stringify({ level: 'error', what: 'complaint-notify', complaintId: wo._id, error: String((e as Error)?.message ?? e) }))
      }
    }
  }
  return { workOrder: written, events, notifications }
}

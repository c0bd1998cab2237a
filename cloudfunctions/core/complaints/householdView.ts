// What the household sees of its work orders (complaint.list / complaint.detail): its own words and photos, the steps,
// staff replies, the resolution and the outcome. Never internal events, levels, severity, SLA or staff notes.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { findOne } from '../data/db'
import { photoViews } from '../data/files'
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STEP_LABELS,
  COMPLAINT_STEPS,
  COMPLAINT_TIMELINE_EVENT_LABELS
} from '../contract/complaint'
import type { ComplaintEventView, ComplaintSummary, ComplaintView } from '../contract/api/complaint'
import type { OrderDoc } from '../orders/orderDoc'
import { actionRefusal } from '../rules/complaints/workflow'
import { describeSlot } from '../rules/windows'
import { COMPLAINT_STATUS_LABELS, workflowStateOf, type ComplaintDoc, type WorkOrderActor } from './complaintDoc'
import { householdTimeline } from './timeline'
import { mustCall } from './notify'
import { complaintSettings } from './settings'

type Ctx = Pick<HandlerContext, 'db' | 'app' | 'now'>

/** The steps shown on the progress bar (closed is the last). */
const PROGRESS_STEPS = COMPLAINT_STEPS

function actorLabel(actor: WorkOrderActor): string {
  if (actor.kind === 'household') return '您'
  if (actor.kind === 'staff') return actor.name || '客服'
  return '系统'
}

export function householdSummary(wo: ComplaintDoc): ComplaintSummary {
  return {
    id: wo._id,
    ticketNo: wo.ticketNo,
    category: wo.category,
    categoryLabel: COMPLAINT_CATEGORY_LABELS[wo.category] ?? wo.category,
    step: wo.step,
    stepLabel: COMPLAINT_STEP_LABELS[wo.step],
    status: wo.status,
    statusLabel: COMPLAINT_STATUS_LABELS[wo.status],
    createdAt: wo.createdAt.toISOString(),
    orderNo: wo.orderNo,
    lastEventAt: (wo.lastEventAt ?? wo.updatedAt).toISOString()
  }
}

/** The full household view; reads the order, the photos' temporary URLs and the last notification. */
export async function householdView(ctx: Ctx, wo: ComplaintDoc): Promise<ComplaintView> {
  const events = householdTimeline(wo.timeline ?? [])
  const fileIds = [...(wo.photos ?? []), ...events.flatMap((e) => e.photos ?? [])]
  const [photos, order, callNeeded, settings] = await Promise.all([
    photoViews(ctx.app, fileIds),
    wo.orderId ? findOne<OrderDoc>(ctx.db, COLL.orders, { _id: wo.orderId, customerId: wo.customerId }) : Promise.resolve(undefined),
    mustCall(ctx, wo),
    complaintSettings(ctx.db)
  ])
  const url = new Map(photos.map((p) => [p.fileID, p.url]))
  const photo = (fileID: string) => ({ fileID, url: url.get(fileID) ?? '' })
  const timeline: ComplaintEventView[] = events.map((e) => ({
    id: e.id,
    type: e.type,
    label: COMPLAINT_TIMELINE_EVENT_LABELS[e.type] ?? e.type,
    at: e.at.toISOString(),
    actor: e.actor.kind,
    actorLabel: actorLabel(e.actor),
    ...(e.text ? { text: e.text } : {}),
    ...(e.photos?.length ? { photos: e.photos.map(photo) } : {})
  }))
  const state = workflowStateOf(wo)
  const household = { kind: 'household' as const }
  const currentIndex = PROGRESS_STEPS.indexOf(wo.step)
  const showResolution = wo.resolution && (wo.step === 'awaiting_confirmation' || wo.step === 'closed')
  return {
    ...householdSummary(wo),
    description: wo.description,
    photos: (wo.photos ?? []).map(photo),
    contactTime: wo.contactTime ?? '',
    steps: PROGRESS_STEPS.map((step, i) => ({ step, label: COMPLAINT_STEP_LABELS[step], done: i < currentIndex || wo.step === 'closed', current: i === currentIndex })),
    order: order ? { id: order._id, orderNo: order.orderNo, serviceName: order.service.name, slotLabel: describeSlot(order.date, order.window) } : null,
    timeline,
    resolution: showResolution && wo.resolution
      ? { text: wo.resolution.text, compensation: wo.resolution.compensation ?? [], proposedAt: wo.resolution.proposedAt.toISOString() }
      : null,
    confirmation: wo.confirmation ? { ...wo.confirmation, at: wo.confirmation.at.toISOString() } : null,
    canConfirm: actionRefusal(state, 'confirm', household, ctx.now, settings.workflow) === null,
    canReply: actionRefusal(state, 'reply', household, ctx.now, settings.workflow) === null,
    mustCall: callNeeded,
    servicePhone: settings.servicePhone
  }
}

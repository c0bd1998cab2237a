// How the desk sees work orders: the queue line (masked customer, SLA countdown from the rules) and the whole work
// order (household file masked, order context, earlier complaints, photos as temp URLs, full timeline with internal
// notes, SLA, compensation, and the actions the caller may take now per rules/complaints/workflow).
import type { Database } from '../../core/runtime/cloud'
import {
  COMPENSATION_KIND_LABELS,
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_LEVEL_LABELS,
  COMPLAINT_SEVERITY_LABELS,
  COMPLAINT_STEP_LABELS,
  COMPLAINT_TIMELINE_EVENT_LABELS,
  SLA_CLOCK_LABELS
} from '../../core/contract/complaint'
import { CLEANER_GRADE_LABELS } from '../../core/contract/cleaner'
import { STAFF_ROLE_LABELS, type StaffRole } from '../../core/contract/staff'
import type {
  DeskCompensation,
  DeskOrderContext,
  DeskSlaDetail,
  DeskTimelineEntry,
  QueueItem,
  WorkOrderView
} from '../../core/contract/api/complaintsDesk'
import { COLL } from '../../core/data/collections'
import { findOne } from '../../core/data/db'
import { photoViews } from '../../core/data/files'
import { orderCard } from '../../core/orders/orderCard'
import type { OrderDoc } from '../../core/orders/orderDoc'
import type { CleanerDoc } from '../../core/cleaners/accounts'
import type { CustomerDoc } from '../../core/customers/customerDoc'
import { maskAddress, maskName } from '../../core/rules/privacy'
import { describeSlot } from '../../core/rules/windows'
import { slaCountdown } from '../../core/rules/complaints/sla'
import { allowedActions } from '../../core/rules/complaints/workflow'
import { compensationApproval } from '../../core/rules/complaints/compensation'
import {
  complaintsOfHousehold,
  mustCall,
  slaStateOf,
  workflowStateOf,
  type CompensationRecord,
  type ComplaintDoc,
  type ComplaintSettings,
  type WorkOrderActor,
  type WorkOrderEvent
} from '../../core/complaints'
import type { CaseWorkOrder } from '../../core/complaints/caseStudy'
import type { TimeWindowId } from '../../core/contract/order'

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null)

/** The household's name and masked phone: from its file, else from its default address (a file may have neither). */
export function householdContact(customer: CustomerDoc | undefined): { name: string; phoneMasked: string } {
  const address = customer?.addresses?.find((a) => a.isDefault) ?? customer?.addresses?.[0]
  return { name: customer?.name || address?.contactName || '', phoneMasked: customer?.phoneMasked || address?.phoneMasked || '' }
}

const ACTOR_KIND_LABELS = { household: '客户', system: '系统' } as const

/** '客户', '主管 老李', '系统'. */
export function actorLabel(actor: WorkOrderActor | null | undefined): string {
  if (!actor) return ''
  if (actor.kind !== 'staff') return ACTOR_KIND_LABELS[actor.kind]
  const role = actor.role ? STAFF_ROLE_LABELS[actor.role] : '员工'
  return actor.name ? `${role} ${actor.name}` : role
}

/** The SLA as the desk shows it now: live deadlines (an open pause moves them) and the countdown colour. */
export function deskSla(wo: ComplaintDoc, settings: ComplaintSettings, now: Date): DeskSlaDetail {
  const state = slaStateOf(wo)
  const countdown = slaCountdown(state, now, settings.sla)
  const due = (clock: 'first_response' | 'resolution') => countdown.clocks.find((c) => c.clock === clock)!.dueAt
  return {
    firstResponseDue: due('first_response').toISOString(),
    resolveDue: due('resolution').toISOString(),
    breached: countdown.breached,
    nextDue: iso(countdown.nextDue),
    nextClock: countdown.nextClock,
    state: countdown.state,
    paused: state.pauses.some((p) => !p.end),
    clocks: countdown.clocks.map((c) => ({
      clock: c.clock,
      label: SLA_CLOCK_LABELS[c.clock],
      dueAt: c.dueAt.toISOString(),
      status: c.status,
      stoppedAt: iso(c.stoppedAt)
    })),
    pauses: state.pauses.map((p) => ({ start: p.start.toISOString(), end: iso(p.end), reason: p.reason ?? null })),
    breaches: state.breaches.map((b) => ({ clock: b.clock, dueAt: b.dueAt.toISOString(), detectedAt: b.detectedAt.toISOString(), levelFrom: b.levelFrom, levelTo: b.levelTo }))
  }
}

/** What every desk view of a work order starts with: its number, what it is about, how serious, at which level. */
export function workOrderHead(wo: ComplaintDoc) {
  return {
    id: wo._id,
    ticketNo: wo.ticketNo,
    category: wo.category,
    categoryLabel: COMPLAINT_CATEGORY_LABELS[wo.category] ?? wo.category,
    severity: wo.severity,
    severityLabel: COMPLAINT_SEVERITY_LABELS[wo.severity] ?? wo.severity,
    level: wo.level,
    levelLabel: COMPLAINT_LEVEL_LABELS[wo.level] ?? wo.level
  }
}

/** One line of the queue; `customerName` is the household's name as stored (masked here). */
export function queueItem(wo: ComplaintDoc, customerName: string | null | undefined, settings: ComplaintSettings, now: Date): QueueItem {
  const { clocks, pauses, breaches, ...sla } = deskSla(wo, settings, now)
  return {
    ...workOrderHead(wo),
    step: wo.step,
    stepLabel: COMPLAINT_STEP_LABELS[wo.step] ?? wo.step,
    status: wo.status,
    assignee: wo.assignee ? { id: wo.assignee.id, name: wo.assignee.name, role: wo.assignee.role } : null,
    customerName: maskName(customerName),
    orderNo: wo.orderNo ?? null,
    createdAt: wo.createdAt.toISOString(),
    lastEventAt: (wo.lastEventAt ?? wo.updatedAt).toISOString(),
    sla,
    incidentId: wo.incidentId ?? null,
    escalated: !!wo.escalatedAt && wo.status !== 'closed'
  }
}

function compensationView(c: CompensationRecord, canApprove: boolean): DeskCompensation {
  const r = c.reservice
  return {
    n: c.n,
    kind: c.kind,
    kindLabel: COMPENSATION_KIND_LABELS[c.kind] ?? c.kind,
    amountFen: c.amountFen,
    description: c.description,
    note: c.note ?? '',
    status: c.status,
    statusLabel: c.status === 'granted' ? '已发放' : `待${STAFF_ROLE_LABELS[c.approver]}审批`,
    approver: c.approver,
    approverLabel: STAFF_ROLE_LABELS[c.approver],
    proposedBy: actorLabel(c.proposedBy),
    proposedAt: c.proposedAt.toISOString(),
    approvedBy: c.approvedBy ? actorLabel(c.approvedBy) : null,
    approvedAt: iso(c.approvedAt),
    couponId: c.couponId ?? null,
    canApprove,
    reservice: r
      ? { serviceName: r.serviceName, date: r.date, window: r.window, slotLabel: describeSlot(r.date, r.window as TimeWindowId), orderId: r.orderId, orderNo: r.orderNo }
      : null
  }
}

async function timelineView(app: any, events: readonly WorkOrderEvent[]): Promise<DeskTimelineEntry[]> {
  const photos = await photoViews(app, events.flatMap((e) => e.photos ?? []))
  const urls = new Map(photos.map((p) => [p.fileID, p.url]))
  return events.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    type: e.type,
    label: COMPLAINT_TIMELINE_EVENT_LABELS[e.type] ?? e.type,
    visibility: e.visibility,
    by: actorLabel(e.actor),
    text: e.text ?? null,
    from: e.from ?? null,
    to: e.to ?? null,
    photos: (e.photos ?? []).map((fileID) => ({ fileID, url: urls.get(fileID) ?? '' })),
    details: e.details ?? null
  }))
}

function orderContext(o: OrderDoc, cleaner: CleanerDoc | undefined): DeskOrderContext {
  const card = orderCard(o)
  return {
    id: o._id,
    orderNo: o.orderNo,
    status: o.status,
    statusLabel: card.statusLabel,
    serviceName: card.serviceName,
    category: card.category,
    categoryLabel: card.categoryLabel,
    slotLabel: card.slotLabel,
    area: maskAddress(o.address),
    payableFen: o.priceFen?.payable ?? 0,
    cleaner: cleaner ? { id: cleaner._id, name: cleaner.name, gradeLabel: CLEANER_GRADE_LABELS[cleaner.grade] ?? cleaner.grade } : null,
    checkIn: iso(o.checkIn?.at),
    checkOut: iso(o.checkOut?.at),
    confirmedAt: iso(o.confirmedAt)
  }
}

/** What this staff member may do now: the workflow's actions, approving only what her role may grant. */
export function actionsFor(wo: ComplaintDoc, role: StaffRole, settings: ComplaintSettings, now: Date): WorkOrderView['actions'] {
  const pending = (wo.compensations ?? []).filter((c) => mayGrant(c, role, settings))
  return allowedActions(workflowStateOf(wo), { kind: 'staff', role }, now, settings.workflow)
    .filter((action) => action !== 'approve_compensation' || pending.length > 0)
    .map((action) => ({ action, label: COMPLAINT_ACTION_LABELS[action] }))
}

/** A pending compensation this role's limit covers, as approve_compensation checks it (rules/complaints/compensation);
 * the workflow decides whether approving is open at all. */
const mayGrant = (c: CompensationRecord, role: StaffRole, settings: ComplaintSettings) =>
  c.status === 'pending_approval' && compensationApproval(c.kind, c.amountFen, role, settings.compensationLimits).decision === 'allowed'

const EARLIER_SHOWN = 20

/** The whole work order as `role` sees it on the desk. */
export async function workOrderView(
  ctx: { db: Database; _: any; app: any; now: Date },
  wo: CaseWorkOrder,
  role: StaffRole,
  settings: ComplaintSettings
): Promise<WorkOrderView> {
  const [customer, order, earlier, photos, timeline, call] = await Promise.all([
    findOne<CustomerDoc>(ctx.db, COLL.customers, { _id: wo.customerId }),
    wo.orderId ? findOne<OrderDoc>(ctx.db, COLL.orders, { _id: wo.orderId }) : Promise.resolve(undefined),
    complaintsOfHousehold(ctx, wo.customerId, { excludeId: wo._id, limit: EARLIER_SHOWN + 1 }),
    photoViews(ctx.app, wo.photos),
    timelineView(ctx.app, wo.timeline ?? []),
    mustCall(ctx, wo)
  ])
  const cleanerId = order?.cleanerId ?? wo.cleanerId
  const cleaner = cleanerId ? await findOne<CleanerDoc>(ctx.db, COLL.cleaners, { _id: cleanerId }) : undefined
  const c = wo.caseStudy
  const contact = householdContact(customer)
  const actions = actionsFor(wo, role, settings, ctx.now)
  const approving = actions.some((x) => x.action === 'approve_compensation')
  return {
    ...queueItem(wo, contact.name, settings, ctx.now),
    description: wo.description,
    contactTime: wo.contactTime ?? '',
    photos,
    severityReasons: wo.severityReasons ?? [],
    keywords: wo.keywords ?? [],
    riskTags: wo.riskTags ?? [],
    reopenCount: wo.reopenCount ?? 0,
    household: {
      id: wo.customerId,
      nameMasked: maskName(contact.name),
      phoneMasked: contact.phoneMasked,
      tier: (customer?.tier as string | undefined) ?? null,
      stage: (customer?.stage as string | undefined) ?? null,
      orderCount: customer?.orderCount ?? 0,
      valueScore: typeof customer?.valueScore === 'number' ? customer.valueScore : null,
      tags: Array.isArray(customer?.tags) ? (customer!.tags as string[]) : [],
      since: iso(customer?.createdAt)
    },
    order: order ? orderContext(order, cleaner) : null,
    earlierComplaints: earlier.slice(0, EARLIER_SHOWN).map((e) => ({
      id: e._id,
      ticketNo: e.ticketNo,
      category: e.category,
      categoryLabel: COMPLAINT_CATEGORY_LABELS[e.category] ?? e.category,
      stepLabel: COMPLAINT_STEP_LABELS[e.step] ?? e.step,
      createdAt: e.createdAt.toISOString()
    })),
    timeline,
    sla: deskSla(wo, settings, ctx.now),
    compensations: (wo.compensations ?? []).map((c) => compensationView(c, approving && mayGrant(c, role, settings))),
    resolution: wo.resolution
      ? { text: wo.resolution.text, proposedAt: wo.resolution.proposedAt.toISOString(), by: actorLabel(wo.resolution.by), compensation: wo.resolution.compensation ?? [] }
      : null,
    confirmation: wo.confirmation
      ? {
          satisfied: wo.confirmation.satisfied,
          rating: wo.confirmation.rating ?? null,
          comment: wo.confirmation.comment ?? null,
          reason: wo.confirmation.reason ?? null,
          at: wo.confirmation.at.toISOString()
        }
      : null,
    closedAt: iso(wo.closedAt),
    caseStudy: c ? { title: c.title, lesson: c.lesson, markedBy: actorLabel(c.markedBy), markedAt: c.markedAt.toISOString() } : null,
    mustCall: call,
    actions,
    version: wo.version
  }
}

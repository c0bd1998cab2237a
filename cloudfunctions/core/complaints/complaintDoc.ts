// The stored work order (collection `complaints`), as fileComplaint writes it and applyAction / sla-watch move it.
// Every write after the insert is conditional on `version` (and bumps it), so two people, or two timer runs, acting
// on the same work order at once cannot both win. The timeline holds every event with its visibility: 'household'
// events are what the household sees; 'internal' ones (notes, levels, SLA, assignment) never leave the staff desk.
import type {
  CompensationKind,
  ComplaintCategory,
  ComplaintLevel,
  ComplaintSeverity,
  ComplaintStep,
  ComplaintTimelineEvent,
  SlaBreach,
  SlaPause
} from '../contract/complaint'
import type { StaffRole } from '../contract/staff'
import type { TimeWindowId } from '../contract/order'
import type { SlaState } from '../rules/complaints/sla'
import type { WorkflowState } from '../rules/complaints/workflow'

/** open: staff are working on it; awaiting_confirmation: the household has a resolution to accept; closed. */
export const COMPLAINT_STATUSES = ['open', 'awaiting_confirmation', 'closed'] as const
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  open: '处理中',
  awaiting_confirmation: '待您确认',
  closed: '已结案'
}

export function statusOfStep(step: ComplaintStep): ComplaintStatus {
  if (step === 'closed') return 'closed'
  return step === 'awaiting_confirmation' ? 'awaiting_confirmation' : 'open'
}

/** Who did something: the household (its customer id), a staff member, or the system (timers). */
export interface WorkOrderActor {
  kind: 'household' | 'staff' | 'system'
  id?: string
  role?: StaffRole
  name?: string
}

export type EventVisibility = 'household' | 'internal'

export interface WorkOrderEvent extends ComplaintTimelineEvent {
  /** unique within the work order; notifications are deduplicated on it */
  id: string
  visibility: EventVisibility
  actor: WorkOrderActor
  /** fileIDs the household or staff attached */
  photos?: string[]
}

export interface CompensationRecord {
  /** 1, 2, ... within the work order; a coupon's dedupeKey is `comp:<complaintId>:<n>` */
  n: number
  kind: CompensationKind
  /** coupon amount, or the re-service's price (its value) */
  amountFen: number
  /** '¥50.00 优惠券' / '免费返工/复检（价值 ¥135.00）' */
  description: string
  note: string
  /** pending_approval: above the proposer's limit, waiting for `approver` (approve_compensation) */
  status: 'pending_approval' | 'granted'
  approver: StaffRole
  proposedBy: WorkOrderActor
  proposedAt: Date
  approvedBy: WorkOrderActor | null
  approvedAt: Date | null
  couponId: string | null
  /** what a free re-service books: service and slot, and the order once granted */
  reservice: {
    serviceId: string
    serviceName: string
    quantity: number
    date: string
    window: TimeWindowId
    orderId: string | null
    orderNo: string | null
  } | null
}

export interface ComplaintSla {
  receivedAt: Date
  /** deadlines as of the last write (an open pause moves them on: read live ones with rules/complaints/sla slaClocks / slaCountdown) */
  firstResponseDue: Date
  resolveDue: Date
  firstResponseAt: Date | null
  /** when the resolution now on the table was proposed (cleared by a reopen) */
  resolvedAt: Date | null
  pauses: SlaPause[]
  /** recorded breaches, never removed */
  breached: SlaBreach[]
  /**
   * The next instant a clock breaches (rules/complaints/nextDue), null when none can without another write; indexed
   * for the sla-watch. Absent only on work orders written before it existed, until the sla-watch backfills them.
   */
  nextDueAt?: Date | null
}

export interface ComplaintDoc {
  _id: string
  /** 'TS' + Shanghai date + 6 digits (unique) */
  ticketNo: string
  /** the household's idempotency key (unique) */
  requestKey: string
  customerId: string
  /** the household's openid, for notifications */
  openid: string
  orderId: string | null
  orderNo: string | null
  cleanerId: string | null
  /** city + district of the service address (incident detection) */
  area: string | null
  category: ComplaintCategory
  description: string
  photos: string[]
  /** when the household prefers to be called */
  contactTime: string
  severity: ComplaintSeverity
  severityReasons: string[]
  keywords: string[]
  level: ComplaintLevel
  step: ComplaintStep
  status: ComplaintStatus
  assignee: { id: string; name: string; role: StaffRole } | null
  sla: ComplaintSla
  timeline: WorkOrderEvent[]
  resolution: { text: string; proposedAt: Date; by: WorkOrderActor; compensation: string[] } | null
  compensations: CompensationRecord[]
  confirmation: { satisfied: boolean; rating?: number; comment?: string; reason?: string; at: Date } | null
  /** the household accepted the resolution (an L3 work order then waits for a manager to close it) */
  confirmedAt: Date | null
  reopenCount: number
  riskTags: string[]
  incidentId: string | null
  /** desk alert: set by escalations (sla-watch and the escalate action); alerts counts them */
  escalatedAt: Date | null
  alerts: number
  closedAt: Date | null
  lastEventAt: Date
  /** the desk queue's order as one sortable string (rules/complaints/queueOrder), indexed; absent as nextDueAt is */
  queueRank?: string
  version: number
  createdAt: Date
  updatedAt: Date
}

/** What the SLA rules read. */
export function slaStateOf(wo: Pick<ComplaintDoc, 'severity' | 'sla'>): SlaState {
  return {
    severity: wo.severity,
    receivedAt: wo.sla.receivedAt,
    firstResponseAt: wo.sla.firstResponseAt,
    resolvedAt: wo.sla.resolvedAt,
    pauses: wo.sla.pauses ?? [],
    breaches: wo.sla.breached ?? []
  }
}

/** What the workflow rules read. */
export function workflowStateOf(wo: Pick<ComplaintDoc, 'step' | 'level' | 'sla' | 'confirmedAt'>): WorkflowState {
  return {
    step: wo.step,
    level: wo.level,
    paused: (wo.sla.pauses ?? []).some((p) => !p.end),
    resolutionProposedAt: wo.sla.resolvedAt,
    confirmedAt: wo.confirmedAt
  }
}

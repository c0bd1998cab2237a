// Response types of the admin complaints desk (docs/api.md "admin — complaints desk"): the work-order queue and
// detail, script templates, scenarios and drills, the case library and the desk KPIs. The admin pages import these
// as types. Instants are ISO strings; money is integer fen; customer data is masked.
import type {
  CompensationKind,
  ComplaintAction,
  ComplaintCategory,
  ComplaintLevel,
  ComplaintSeverity,
  ComplaintStep,
  ComplaintTimelineEventType,
  SlaClock
} from '../complaint'
import type { ServiceCategoryId } from '../catalog'
import type { OrderStatus } from '../order'
import type { StaffRole } from '../staff'
import type { ScriptScenario } from '../recovery'
import type { Page } from './page'

export type { Page }

export type ComplaintStatusId = 'open' | 'awaiting_confirmation' | 'closed'

/** The countdown colour on the desk (rules/complaints/sla slaCountdown). */
export type SlaCountdownStateId = 'ok' | 'warning' | 'overdue' | 'breached' | 'met'

export interface DeskSla {
  firstResponseDue: string
  resolveDue: string
  /** clocks that breached (recorded, or past due) */
  breached: SlaClock[]
  /** the earliest deadline still running, null when no clock runs */
  nextDue: string | null
  nextClock: SlaClock | null
  state: SlaCountdownStateId
  paused: boolean
}

export interface DeskSlaDetail extends DeskSla {
  clocks: Array<{ clock: SlaClock; label: string; dueAt: string; status: 'running' | 'paused' | 'met' | 'breached'; stoppedAt: string | null }>
  pauses: Array<{ start: string; end: string | null; reason: string | null }>
  /** recorded breaches with the escalation each caused */
  breaches: Array<{ clock: SlaClock; dueAt: string; detectedAt: string; levelFrom: ComplaintLevel; levelTo: ComplaintLevel }>
}

export interface DeskAssignee {
  id: string
  name: string
  role: StaffRole
}

/** One person a work order may be assigned to now (complaints.assignees): an active staff member whose role owns
 *  the work order's level or is above it. */
export interface AssigneeOption extends DeskAssignee {
  roleLabel: string
}

export interface QueueItem {
  id: string
  ticketNo: string
  category: ComplaintCategory
  categoryLabel: string
  severity: ComplaintSeverity
  severityLabel: string
  level: ComplaintLevel
  levelLabel: string
  step: ComplaintStep
  stepLabel: string
  status: ComplaintStatusId
  assignee: DeskAssignee | null
  customerName: string
  orderNo: string | null
  createdAt: string
  lastEventAt: string
  sla: DeskSla
  incidentId: string | null
  /** escalated (by the timer or a person) and not closed */
  escalated: boolean
}

export interface DeskPhoto {
  fileID: string
  url: string
}

export interface DeskTimelineEntry {
  id: string
  at: string
  type: ComplaintTimelineEventType
  label: string
  /** household: the household sees it too; internal: desk only (notes, levels, SLA, assignment) */
  visibility: 'household' | 'internal'
  /** '客户', '客服 小周', '系统' */
  by: string
  text: string | null
  from: string | null
  to: string | null
  photos: DeskPhoto[]
  details: Record<string, unknown> | null
}

export interface DeskCompensation {
  n: number
  kind: CompensationKind
  kindLabel: string
  amountFen: number
  description: string
  note: string
  status: 'pending_approval' | 'granted'
  statusLabel: string
  /** the lowest role that may grant it */
  approver: StaffRole
  approverLabel: string
  proposedBy: string
  proposedAt: string
  approvedBy: string | null
  approvedAt: string | null
  couponId: string | null
  /** the caller may approve it now (the workflow allows approving, and the caller's limit covers it) */
  canApprove: boolean
  reservice: { serviceName: string; date: string; window: string; slotLabel: string; orderId: string | null; orderNo: string | null } | null
}

export interface DeskHousehold {
  id: string
  nameMasked: string
  phoneMasked: string
  tier: string | null
  stage: string | null
  orderCount: number
  valueScore: number | null
  tags: string[]
  since: string | null
}

export interface DeskOrderContext {
  id: string
  orderNo: string
  status: OrderStatus
  statusLabel: string
  serviceName: string
  category: ServiceCategoryId
  categoryLabel: string
  slotLabel: string
  area: string
  payableFen: number
  cleaner: { id: string; name: string; gradeLabel: string } | null
  checkIn: string | null
  checkOut: string | null
  confirmedAt: string | null
}

export interface EarlierComplaint {
  id: string
  ticketNo: string
  category: ComplaintCategory
  categoryLabel: string
  stepLabel: string
  createdAt: string
}

/** Everything the desk shows about one work order. */
export interface WorkOrderView extends QueueItem {
  description: string
  contactTime: string
  photos: DeskPhoto[]
  severityReasons: string[]
  keywords: string[]
  riskTags: string[]
  reopenCount: number
  household: DeskHousehold
  order: DeskOrderContext | null
  earlierComplaints: EarlierComplaint[]
  timeline: DeskTimelineEntry[]
  sla: DeskSlaDetail
  compensations: DeskCompensation[]
  resolution: { text: string; proposedAt: string; by: string; compensation: string[] } | null
  confirmation: { satisfied: boolean; rating: number | null; comment: string | null; reason: string | null; at: string } | null
  closedAt: string | null
  caseStudy: CaseStudyView | null
  /** the last progress message could not be delivered (no subscription left): phone the household */
  mustCall: boolean
  /** what the caller may do now (workflow rules), with labels for the buttons */
  actions: Array<{ action: ComplaintAction; label: string }>
  /** pass back as `version` to complaints.act to refuse acting on a stale page */
  version: number
}

export interface CaseStudyView {
  title: string
  lesson: string
  markedBy: string
  markedAt: string
}

/** One entry of the case library (典型案例, the printable 《顾客之声》 page): no personal data. */
export interface CaseView {
  id: string
  ticketNo: string
  title: string
  lesson: string
  category: ComplaintCategory
  categoryLabel: string
  severity: ComplaintSeverity
  severityLabel: string
  level: ComplaintLevel
  levelLabel: string
  serviceName: string | null
  /** what the household said */
  description: string
  resolution: string | null
  compensation: string[]
  satisfied: boolean | null
  rating: number | null
  createdAt: string
  closedAt: string | null
  markedBy: string
  markedAt: string
}

export interface ScriptView {
  id: string
  scenario: ScriptScenario
  scenarioLabel: string
  step: ComplaintStep
  stepLabel: string
  title: string
  text: string
  variables: string[]
  usage: number
  updatedAt: string
}

export interface RenderedScriptView {
  scriptId: string
  text: string
  /** variables without a value: still visible as {{…}} in text, for the agent to fill in */
  missing: string[]
}

export interface ScenarioView {
  id: string
  title: string
  category: ComplaintCategory
  categoryLabel: string
  serviceCategory: ServiceCategoryId | null
  serviceCategoryLabel: string | null
  background: string
  customerWords: string
  recommendedScripts: string[]
  /** what a good answer covers (the scorer's keywords are not shown) */
  keyPoints: Array<{ id: string; label: string }>
  difficulty: 1 | 2 | 3
  timeLimitSec: number
}

/** The scenario as a drill shows it before the answer: no model answers, no key points. */
export interface DrillBrief {
  id: string
  title: string
  category: ComplaintCategory
  categoryLabel: string
  background: string
  customerWords: string
  keyPointCount: number
}

export interface DrillStartView {
  drillId: string
  scenario: DrillBrief
  startedAt: string
  timeLimitSec: number
}

export interface DrillResultView {
  drillId: string
  scenarioId: string
  scenarioTitle: string
  covered: Array<{ id: string; label: string; matched: string }>
  missed: Array<{ id: string; label: string }>
  score: number
  passed: boolean
  durationSec: number
  timeLimitSec: number
  overtime: boolean
  /** shown after the answer, to learn from */
  recommendedScripts: string[]
}

export interface DrillRunView {
  drillId: string
  scenarioId: string
  scenarioTitle: string
  status: 'started' | 'submitted'
  startedAt: string
  submittedAt: string | null
  timeLimitSec: number
  durationSec: number | null
  overtime: boolean | null
  score: number | null
  passed: boolean | null
  answer: string | null
}

export interface RateView {
  part: number
  whole: number
  /** 0..1, null when there is nothing to count */
  rate: number | null
}

export interface DeskKpis {
  /** the Shanghai dates the period KPIs cover (work orders received in them) */
  period: { from: string; to: string }
  received: number
  openByLevel: Record<ComplaintLevel, number>
  openByStep: Record<Exclude<ComplaintStep, 'closed'>, number>
  slaPassRate: { firstResponse: RateView; resolution: RateView }
  avgFirstResponseMin: number | null
  avgResolutionMin: number | null
  reopenRate: RateView
  confirmationRate: RateView
  satisfaction: { average: number | null; count: number }
  topCategories: Array<{ category: ComplaintCategory; label: string; count: number }>
  topCleaners: Array<{ cleanerId: string; name: string; count: number; households: number }>
  /** work orders received today (Shanghai) */
  newToday: number
  /** open work orders that were escalated (by the timer or a person) */
  escalatedOpen: number
}

// The complaints desk of the admin function (docs/api.md "admin — complaints desk"): the work-order queue and one
// work order, its actions, script templates, the case library, scenarios and drills, and the desk KPIs. One call per
// action; the staff token is added by transport.ts. Response types come from contract/api/complaintsDesk.ts.
import type {
  AssigneeOption, CaseView, DeskKpis, DrillResultView, DrillRunView, DrillStartView, Page, QueueItem, RenderedScriptView,
  ScenarioView, ScriptView, WorkOrderView
} from '@core/contract/api/complaintsDesk'
import type {
  CompensationKind, ComplaintAction, ComplaintCategory, ComplaintLevel, ComplaintSeverity, ComplaintStep
} from '@core/contract/complaint'
import type { TimeWindowId } from '@core/contract/order'
import type { ScriptScenario } from '@core/contract/recovery'
import { call } from './transport'
import type { PageInput } from './admin'

export type {
  AssigneeOption, CaseView, DeskAssignee, DeskCompensation, DeskKpis, DeskSla, DeskSlaDetail, DeskTimelineEntry, DrillBrief,
  DrillResultView, DrillRunView, DrillStartView, EarlierComplaint, QueueItem, RateView, RenderedScriptView,
  ScenarioView, ScriptView, SlaCountdownStateId, WorkOrderView
} from '@core/contract/api/complaintsDesk'

export interface QueueFilter extends PageInput {
  level?: ComplaintLevel
  step?: ComplaintStep
  severity?: ComplaintSeverity
  category?: ComplaintCategory
  /** 'me' for the caller's own work orders, or a staff id */
  assignee?: string
  status?: 'open' | 'awaiting_confirmation' | 'closed'
}

export interface CompensationInput {
  kind: CompensationKind
  /** a coupon's amount in fen (a re-service is valued at its service's price by the server) */
  amountFen?: number
  /** re-service: another service than the complained one (default: the same service) */
  serviceId?: string
  /** re-service: Shanghai 'YYYY-MM-DD' and window */
  date?: string
  window?: TimeWindowId
  note?: string
}

/** One action on a work order; each action reads only its own fields (rules/complaints/workflow.ts). */
export interface ActInput {
  complaintId: string
  /** the work-order action (named `op`: `action` is the function's own action name, 'complaints.act') */
  op: ComplaintAction
  /** the version the page read: a change by someone else meanwhile is refused (CONFLICT) */
  version?: number
  text?: string
  severity?: ComplaintSeverity
  assigneeId?: string
  compensation?: CompensationInput
  /** approve_compensation: which pending compensation (default the latest) */
  compensationN?: number
  /** the 话术模板 the reply was written from */
  scriptId?: string
}

export interface ScriptInput {
  id?: string
  scenario: ScriptScenario
  step: ComplaintStep
  title: string
  text: string
}

export const complaintsDeskApi = {
  complaints: {
    /** breached first, then by the next deadline */
    queue: (filter: QueueFilter = {}) => call<Page<QueueItem>>('admin', 'complaints.queue', filter),
    detail: (complaintId: string) => call<WorkOrderView>('admin', 'complaints.detail', { complaintId }),
    act: (input: ActInput) => call<WorkOrderView>('admin', 'complaints.act', input),
    /** the active staff this work order may be assigned to at its current level (the level's role or above) */
    assignees: (complaintId: string) => call<AssigneeOption[]>('admin', 'complaints.assignees', { complaintId }),
    /** closed work orders only */
    markCase: (complaintId: string, isCase: boolean, study: { title?: string; lesson?: string } = {}) =>
      call<WorkOrderView>('admin', 'complaints.markCase', { complaintId, isCase, ...study })
  },
  cases: {
    list: () => call<CaseView[]>('admin', 'cases.list')
  },
  scripts: {
    list: (filter: { scenario?: ScriptScenario; step?: ComplaintStep } = {}) => call<ScriptView[]>('admin', 'scripts.list', filter),
    /** 主管 / 经理 only */
    save: (input: ScriptInput) => call<ScriptView>('admin', 'scripts.save', input),
    /** fills the variables from the work order; counts one use */
    render: (scriptId: string, complaintId: string) => call<RenderedScriptView>('admin', 'scripts.render', { scriptId, complaintId })
  },
  scenarios: {
    list: (filter: { category?: ComplaintCategory } = {}) => call<ScenarioView[]>('admin', 'scenarios.list', filter)
  },
  drills: {
    start: (scenarioId: string) => call<DrillStartView>('admin', 'drills.start', { scenarioId }),
    submit: (drillId: string, answer: string) => call<DrillResultView>('admin', 'drills.submit', { drillId, answer }),
    mine: () => call<DrillRunView[]>('admin', 'drills.mine')
  },
  dashboard: {
    kpis: (period: { from?: string; to?: string } = {}) => call<DeskKpis>('admin', 'dashboard.kpis', period)
  }
}

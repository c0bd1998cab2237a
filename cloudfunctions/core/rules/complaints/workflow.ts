// The work order's steps and who may do what in each. received -> assessed -> investigating -> resolving ->
// awaiting_confirmation -> closed; the household's rejection (with a reason) sends it back to investigating.
// A household's confirmation closes an L1/L2 work order; an L3 one is closed by a manager after it. Staff may also
// close when the household has not answered within the confirmation wait.
import {
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_ACTIONS,
  COMPLAINT_LEVEL_LABELS,
  COMPLAINT_LEVEL_ROLES,
  COMPLAINT_STEP_LABELS,
  COMPLAINT_STEPS,
  type ComplaintAction,
  type ComplaintLevel,
  type ComplaintSeverity,
  type ComplaintStep,
  type ComplaintTimelineEventType
} from '../../contract/complaint'
import { AppError, denied, invalid, precondition } from '../../contract/errors'
import { STAFF_ROLE_LABELS, STAFF_ROLES, roleCovers, type StaffRole } from '../../contract/staff'
import { HOUR_MS } from '../time'
import { canHandleLevel, levelAfterAssessment, nextLevel } from './levels'

export type ComplaintActor = { kind: 'household' } | { kind: 'staff'; role: StaffRole }

export interface WorkflowState {
  step: ComplaintStep
  level: ComplaintLevel
  /** Staff are waiting on the household (an open SLA pause). */
  paused?: boolean
  /** When the resolution now on the table was proposed. */
  resolutionProposedAt?: Date | null
  /** When the household confirmed it (an L3 work order waits for a manager after this). */
  confirmedAt?: Date | null
}

export interface WorkflowOptions {
  /** Hours after a proposed resolution after which staff may close without the household's answer. */
  confirmationWaitHours: number
}

export const DEFAULT_WORKFLOW_OPTIONS: WorkflowOptions = { confirmationWaitHours: 72 }

/** What some actions need besides the state. */
export interface ActionInput {
  severity?: ComplaintSeverity
  assigneeRole?: StaffRole
  reason?: string
}

export interface ActionOutcome {
  action: ComplaintAction
  step: ComplaintStep
  level: ComplaintLevel
  /** The timeline entries this action writes, in order. */
  events: ComplaintTimelineEventType[]
}

interface ActionRule {
  who: 'household' | 'staff' | 'both'
  steps: readonly ComplaintStep[]
  /** Staff must own the work order's level (L2 主管, L3 经理). */
  levelOwner?: boolean
  /** Staff must hold at least this role whatever the level. */
  minRole?: StaffRole
}

const OPEN = COMPLAINT_STEPS.filter((step) => step !== 'closed')
const WORKING: readonly ComplaintStep[] = ['received', 'assessed', 'investigating', 'resolving']

export const ACTION_RULES: Record<ComplaintAction, ActionRule> = {
  reply: { who: 'both', steps: OPEN },
  note: { who: 'staff', steps: COMPLAINT_STEPS },
  assess: { who: 'staff', steps: WORKING, levelOwner: true },
  assign: { who: 'staff', steps: OPEN, levelOwner: true },
  // Anyone on the desk may ask for help from the level above.
  escalate: { who: 'staff', steps: OPEN },
  start_investigation: { who: 'staff', steps: ['assessed'], levelOwner: true },
  start_resolving: { who: 'staff', steps: ['investigating'], levelOwner: true },
  compensate: { who: 'staff', steps: ['investigating', 'resolving'], levelOwner: true },
  // The amount decides who may approve (compensation.ts); 客服 never approves.
  approve_compensation: { who: 'staff', steps: ['investigating', 'resolving'], minRole: 'supervisor' },
  propose_resolution: { who: 'staff', steps: ['resolving'], levelOwner: true },
  pause_sla: { who: 'staff', steps: WORKING },
  resume_sla: { who: 'staff', steps: WORKING },
  close: { who: 'staff', steps: ['awaiting_confirmation'], levelOwner: true },
  confirm: { who: 'household', steps: ['awaiting_confirmation'] },
  reopen: { who: 'household', steps: ['awaiting_confirmation'] }
}

const STEP_AFTER: Partial<Record<ComplaintAction, ComplaintStep>> = {
  assess: 'assessed',
  start_investigation: 'investigating',
  start_resolving: 'resolving',
  propose_resolution: 'awaiting_confirmation',
  close: 'closed',
  reopen: 'investigating'
}


/** Whether a staff member of this role may be assigned a work order at this level: the level's role or above. */
export function mayBeAssigned(role: StaffRole, level: ComplaintLevel): boolean {
  return canHandleLevel(role, level)
}

/** The roles a work order at this level may be assigned to (客服 up to 经理 order). */
export function assignableRoles(level: ComplaintLevel): StaffRole[] {
  return STAFF_ROLES.filter((role) => mayBeAssigned(role, level))
}

function confirmationWaitOver(state: WorkflowState, now: Date, options: WorkflowOptions): boolean {
  const proposedAt = state.resolutionProposedAt
  return !!proposedAt && now.getTime() - proposedAt.getTime() >= options.confirmationWaitHours * HOUR_MS
}

/** The refusal for this action by this actor now (PERMISSION_DENIED or FAILED_PRECONDITION), or null if allowed. */
export function actionRefusal(
  state: WorkflowState,
  action: ComplaintAction,
  actor: ComplaintActor,
  now: Date,
  options: WorkflowOptions = DEFAULT_WORKFLOW_OPTIONS
): AppError | null {
  const rule = ACTION_RULES[action]
  if (!rule) return invalid('不支持的工单操作', { action })
  const label = COMPLAINT_ACTION_LABELS[action]
  const details = { action, step: state.step, level: state.level }

  if (rule.who === 'staff' && actor.kind !== 'staff') return denied(`只有工作人员可以${label}`, details)
  if (rule.who === 'household' && actor.kind !== 'household') return denied(`只有客户本人可以${label}`, details)
  if (!rule.steps.includes(state.step)) {
    const stepLabel = COMPLAINT_STEP_LABELS[state.step] ?? state.step
    return precondition(`工单当前为「${stepLabel}」，不能${label}`, details)
  }
  if (actor.kind === 'staff') {
    if (rule.levelOwner && !canHandleLevel(actor.role, state.level)) {
      const owner = STAFF_ROLE_LABELS[COMPLAINT_LEVEL_ROLES[state.level]]
      return denied(`${COMPLAINT_LEVEL_LABELS[state.level]}工单需要${owner}及以上才能${label}`, details)
    }
    if (rule.minRole && !roleCovers(actor.role, rule.minRole)) {
      return denied(`需要${STAFF_ROLE_LABELS[rule.minRole]}及以上才能${label}`, details)
    }
  }

  switch (action) {
    case 'escalate':
      return state.level === 'L3' ? precondition('工单已是最高级别（三级·经理），不能再升级', details) : null
    case 'pause_sla':
      return state.paused ? precondition('计时已暂停，正在等待客户回复', details) : null
    case 'resume_sla':
      return state.paused ? null : precondition('计时没有暂停', details)
    case 'confirm':
    case 'reopen':
      return state.confirmedAt ? precondition('您已确认处理结果，工单正在结案', details) : null
    case 'close':
      return state.confirmedAt || confirmationWaitOver(state, now, options)
        ? null
        : precondition(`客户尚未确认处理结果；客户确认后，或提交方案 ${options.confirmationWaitHours} 小时仍未回复，才能结案`, details)
    default:
      return null
  }
}

/** The actions this actor may take now, for the buttons on the page. */
export function allowedActions(
  state: WorkflowState,
  actor: ComplaintActor,
  now: Date,
  options: WorkflowOptions = DEFAULT_WORKFLOW_OPTIONS
): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((action) => actionRefusal(state, action, actor, now, options) === null)
}

/** The timeline entry an action writes besides step changes (a household's reply is a household_message). */
const ACTION_EVENT: Record<ComplaintAction, ComplaintTimelineEventType | null> = {
  reply: 'reply',
  note: 'note',
  assess: 'severity_assessed',
  assign: 'assigned',
  escalate: 'level_changed',
  start_investigation: null,
  start_resolving: null,
  compensate: 'compensation_proposed',
  approve_compensation: 'compensation_approved',
  propose_resolution: 'resolution_proposed',
  pause_sla: 'sla_paused',
  resume_sla: 'sla_resumed',
  close: null,
  confirm: 'household_confirmed',
  reopen: 'household_reopened'
}

/** The step, level and timeline entries after an action; throws the refusal when it is not allowed. */
export function planAction(
  state: WorkflowState,
  action: ComplaintAction,
  actor: ComplaintActor,
  now: Date,
  input: ActionInput = {},
  options: WorkflowOptions = DEFAULT_WORKFLOW_OPTIONS
): ActionOutcome {
  const refusal = actionRefusal(state, action, actor, now, options)
  if (refusal) throw refusal

  // Re-assessing later in the work keeps the step.
  let step = action === 'assess' && state.step !== 'received' ? state.step : STEP_AFTER[action] ?? state.step
  let level = state.level
  const event = action === 'reply' && actor.kind === 'household' ? 'household_message' : ACTION_EVENT[action]
  const events: ComplaintTimelineEventType[] = event ? [event] : []

  if (action === 'assess') {
    if (!input.severity) throw invalid('请选择严重程度')
    level = levelAfterAssessment(state.level, input.severity)
    if (level !== state.level) events.push('level_changed')
  } else if (action === 'assign') {
    if (!input.assigneeRole) throw invalid('请选择处理人')
    if (!mayBeAssigned(input.assigneeRole, state.level)) {
      const owner = STAFF_ROLE_LABELS[COMPLAINT_LEVEL_ROLES[state.level]]
      throw precondition(`${COMPLAINT_LEVEL_LABELS[state.level]}工单只能分派给${owner}及以上`, {
        level: state.level,
        assigneeRole: input.assigneeRole
      })
    }
  } else if (action === 'escalate') {
    level = nextLevel(state.level)
  } else if (action === 'reopen') {
    if (!input.reason?.trim()) throw invalid('请说明对处理结果不满意的原因')
  } else if (action === 'confirm' && state.level !== 'L3') {
    // An L3 work order stays open until a manager closes it.
    step = 'closed'
  }

  if (step !== state.step) events.push('step_changed')
  if (step === 'closed') events.push('closed')
  return { action, step, level, events }
}

import {
  COMPLAINT_ACTIONS,
  COMPLAINT_STEPS,
  type ComplaintAction,
  type ComplaintLevel,
  type ComplaintStep
} from '../../../../cloudfunctions/core/contract/complaint'
import {
  actionRefusal,
  allowedActions,
  planAction,
  type ComplaintActor,
  type WorkflowState
} from '../../../../cloudfunctions/core/rules/complaints/workflow'
import { thrownBy } from '../../helpers/thrownBy'

const NOW = new Date('2026-11-23T02:00:00Z')
const HOUR = 3600 * 1000
const household: ComplaintActor = { kind: 'household' }
const agent: ComplaintActor = { kind: 'staff', role: 'agent' }
const supervisor: ComplaintActor = { kind: 'staff', role: 'supervisor' }
const manager: ComplaintActor = { kind: 'staff', role: 'manager' }
const STAFF = [agent, supervisor, manager]

const state = (step: ComplaintStep, level: ComplaintLevel = 'L1', extra: Partial<WorkflowState> = {}): WorkflowState => ({
  step,
  level,
  resolutionProposedAt: step === 'awaiting_confirmation' ? new Date(NOW.getTime() - HOUR) : null,
  ...extra
})

// Written out by hand, independently of the rule table: at L1, not paused, resolution proposed an hour ago, no answer.
const HOUSEHOLD_MAY: Record<ComplaintStep, ComplaintAction[]> = {
  received: ['reply'],
  assessed: ['reply'],
  investigating: ['reply'],
  resolving: ['reply'],
  awaiting_confirmation: ['reply', 'confirm', 'reopen'],
  closed: []
}
const STAFF_MAY: Record<ComplaintStep, ComplaintAction[]> = {
  received: ['reply', 'note', 'assess', 'assign', 'escalate', 'pause_sla'],
  assessed: ['reply', 'note', 'assess', 'assign', 'escalate', 'start_investigation', 'pause_sla'],
  investigating: ['reply', 'note', 'assess', 'assign', 'escalate', 'start_resolving', 'compensate', 'approve_compensation', 'pause_sla'],
  resolving: ['reply', 'note', 'assess', 'assign', 'escalate', 'compensate', 'approve_compensation', 'propose_resolution', 'pause_sla'],
  awaiting_confirmation: ['reply', 'note', 'assign', 'escalate'],
  closed: ['note']
}
const HOUSEHOLD_ONLY: ComplaintAction[] = ['confirm', 'reopen']

function mayAtL1(actor: ComplaintActor, step: ComplaintStep, action: ComplaintAction): boolean {
  if (actor.kind === 'household') return HOUSEHOLD_MAY[step].includes(action)
  if (action === 'approve_compensation' && actor.role === 'agent') return false
  return STAFF_MAY[step].includes(action)
}

const cases = [household, ...STAFF].flatMap((actor) =>
  COMPLAINT_STEPS.flatMap((step) => COMPLAINT_ACTIONS.map((action) => ({ actor, step, action })))
)
const name = (actor: ComplaintActor) => (actor.kind === 'household' ? 'household' : actor.role)
const input = { severity: 'medium' as const, assigneeRole: 'manager' as const, reason: '还是不干净' }

describe('every action in every step for every actor (L1)', () => {
  it('covers 4 actors x 6 steps x 15 actions', () => {
    expect(cases).toHaveLength(4 * 6 * 15)
    expect(cases.filter((c) => mayAtL1(c.actor, c.step, c.action))).toHaveLength(
      7 + 3 * (6 + 7 + 9 + 9 + 4 + 1) - 2
    )
  })

  it.each(cases.filter((c) => mayAtL1(c.actor, c.step, c.action)).map((c) => [name(c.actor), c.step, c.action, c.actor] as const))(
    '%s may %s -> %s',
    (_who, step, action, actor) => {
      expect(actionRefusal(state(step), action, actor, NOW)).toBeNull()
      expect(() => planAction(state(step), action, actor, NOW, input)).not.toThrow()
    }
  )

  it.each(cases.filter((c) => !mayAtL1(c.actor, c.step, c.action)).map((c) => [name(c.actor), c.step, c.action, c.actor] as const))(
    '%s is refused in %s: %s',
    (_who, step, action, actor) => {
      const error = thrownBy(() => planAction(state(step), action, actor, NOW, input))
      const wrongSide =
        (actor.kind === 'household' && !HOUSEHOLD_ONLY.includes(action) && action !== 'reply') ||
        (actor.kind === 'staff' && HOUSEHOLD_ONLY.includes(action))
      const stepAllows =
        actor.kind === 'household' ? HOUSEHOLD_MAY[step].includes(action) : STAFF_MAY[step].includes(action) || ['resume_sla', 'close'].includes(action)
      const expected = wrongSide || (stepAllows && action === 'approve_compensation') ? 'PERMISSION_DENIED' : 'FAILED_PRECONDITION'
      expect(error.code).toBe(expected)
      expect(error.message).toMatch(/[\u4e00-\u9fff]/)
      expect(actionRefusal(state(step), action, actor, NOW)?.code).toBe(expected)
    }
  )
})

describe('levels decide which staff may take decisions', () => {
  const LEVEL_OWNED: Array<[ComplaintAction, ComplaintStep]> = [
    ['assess', 'received'],
    ['assign', 'investigating'],
    ['start_investigation', 'assessed'],
    ['start_resolving', 'investigating'],
    ['compensate', 'resolving'],
    ['propose_resolution', 'resolving']
  ]

  it.each(LEVEL_OWNED)('refuses an agent at L2 and a supervisor at L3: %s', (action, step) => {
    expect(thrownBy(() => planAction(state(step, 'L2'), action, agent, NOW, input)).code).toBe('PERMISSION_DENIED')
    expect(thrownBy(() => planAction(state(step, 'L3'), action, supervisor, NOW, input)).code).toBe('PERMISSION_DENIED')
    expect(actionRefusal(state(step, 'L2'), action, supervisor, NOW)).toBeNull()
    expect(actionRefusal(state(step, 'L3'), action, manager, NOW)).toBeNull()
  })

  it('still lets any staff reply, note, escalate and pause at any level', () => {
    for (const action of ['reply', 'note', 'escalate', 'pause_sla'] as const) {
      expect(actionRefusal(state('investigating', 'L2'), action, agent, NOW)).toBeNull()
    }
  })

  it('says which role the level needs', () => {
    expect(thrownBy(() => planAction(state('resolving', 'L2'), 'propose_resolution', agent, NOW)).message).toBe(
      '二级（主管）工单需要主管及以上才能提交处理方案'
    )
    expect(thrownBy(() => planAction(state('investigating', 'L1'), 'approve_compensation', agent, NOW)).message).toBe(
      '需要主管及以上才能审批补偿'
    )
  })
})

describe('messages', () => {
  it('say what is wrong in Chinese', () => {
    expect(thrownBy(() => planAction(state('closed'), 'reply', agent, NOW)).message).toBe('工单当前为「已结案」，不能回复')
    expect(thrownBy(() => planAction(state('received'), 'assess', household, NOW)).message).toBe('只有工作人员可以定级')
    expect(thrownBy(() => planAction(state('awaiting_confirmation'), 'confirm', manager, NOW)).message).toBe(
      '只有客户本人可以确认处理结果'
    )
    expect(thrownBy(() => planAction(state('received'), 'propose_resolution', agent, NOW)).details).toEqual({
      action: 'propose_resolution',
      step: 'received',
      level: 'L1'
    })
  })
})

describe('the happy path of an L1 complaint', () => {
  it('walks the five steps and closes on the household confirmation', () => {
    let current = state('received')
    const run = (action: ComplaintAction, actor: ComplaintActor, extra = {}) => {
      const outcome = planAction(current, action, actor, NOW, extra)
      current = { ...current, step: outcome.step, level: outcome.level }
      return outcome.events
    }
    expect(run('reply', agent)).toEqual(['reply'])
    expect(run('assess', agent, { severity: 'low' })).toEqual(['severity_assessed', 'step_changed'])
    expect(run('start_investigation', agent)).toEqual(['step_changed'])
    expect(run('note', agent)).toEqual(['note'])
    expect(run('start_resolving', agent)).toEqual(['step_changed'])
    expect(run('compensate', agent)).toEqual(['compensation_proposed'])
    expect(run('approve_compensation', supervisor)).toEqual(['compensation_approved'])
    expect(run('propose_resolution', agent)).toEqual(['resolution_proposed', 'step_changed'])
    expect(current.step).toBe('awaiting_confirmation')
    expect(run('reply', household)).toEqual(['household_message'])
    expect(run('confirm', household)).toEqual(['household_confirmed', 'step_changed', 'closed'])
    expect(current).toMatchObject({ step: 'closed', level: 'L1' })
  })
})

describe('assessment, assignment and escalation', () => {
  it('raises the level with a more serious assessment, keeping the step after the first', () => {
    expect(planAction(state('received'), 'assess', agent, NOW, { severity: 'high' })).toEqual({
      action: 'assess',
      step: 'assessed',
      level: 'L2',
      events: ['severity_assessed', 'level_changed', 'step_changed']
    })
    expect(planAction(state('investigating', 'L2'), 'assess', supervisor, NOW, { severity: 'low' })).toMatchObject({
      step: 'investigating',
      level: 'L2',
      events: ['severity_assessed']
    })
    expect(thrownBy(() => planAction(state('received'), 'assess', agent, NOW)).code).toBe('INVALID_ARGUMENT')
  })

  it('assigns only to a role that can handle the level', () => {
    expect(planAction(state('investigating', 'L2'), 'assign', supervisor, NOW, { assigneeRole: 'supervisor' }).events).toEqual(['assigned'])
    const error = thrownBy(() => planAction(state('investigating', 'L2'), 'assign', supervisor, NOW, { assigneeRole: 'agent' }))
    expect(error.code).toBe('FAILED_PRECONDITION')
    expect(error.message).toBe('二级（主管）工单只能分派给主管及以上')
    expect(thrownBy(() => planAction(state('investigating'), 'assign', agent, NOW)).code).toBe('INVALID_ARGUMENT')
  })

  it('escalates one level and refuses beyond L3', () => {
    expect(planAction(state('investigating', 'L1'), 'escalate', agent, NOW)).toMatchObject({ level: 'L2', events: ['level_changed'] })
    expect(planAction(state('investigating', 'L2'), 'escalate', agent, NOW).level).toBe('L3')
    const error = thrownBy(() => planAction(state('investigating', 'L3'), 'escalate', manager, NOW))
    expect(error.code).toBe('FAILED_PRECONDITION')
    expect(error.message).toBe('工单已是最高级别（三级·经理），不能再升级')
  })
})

describe('pausing for the household', () => {
  it('pauses once and resumes once', () => {
    expect(planAction(state('investigating'), 'pause_sla', agent, NOW).events).toEqual(['sla_paused'])
    expect(thrownBy(() => planAction(state('investigating', 'L1', { paused: true }), 'pause_sla', agent, NOW)).code).toBe('FAILED_PRECONDITION')
    expect(planAction(state('investigating', 'L1', { paused: true }), 'resume_sla', agent, NOW).events).toEqual(['sla_resumed'])
  })
})

describe('reopen', () => {
  it('needs a reason and goes back to investigating', () => {
    expect(thrownBy(() => planAction(state('awaiting_confirmation'), 'reopen', household, NOW, { reason: '  ' })).message).toBe(
      '请说明对处理结果不满意的原因'
    )
    expect(planAction(state('awaiting_confirmation', 'L2'), 'reopen', household, NOW, { reason: '地板还是脏的' })).toEqual({
      action: 'reopen',
      step: 'investigating',
      level: 'L2',
      events: ['household_reopened', 'step_changed']
    })
  })
})

describe('closing', () => {
  it('waits for a manager after the household confirms an L3 work order', () => {
    const outcome = planAction(state('awaiting_confirmation', 'L3'), 'confirm', household, NOW)
    expect(outcome).toEqual({ action: 'confirm', step: 'awaiting_confirmation', level: 'L3', events: ['household_confirmed'] })
    const confirmed = state('awaiting_confirmation', 'L3', { confirmedAt: NOW })
    expect(allowedActions(confirmed, household, NOW)).toEqual(['reply'])
    expect(thrownBy(() => planAction(confirmed, 'reopen', household, NOW, { reason: 'x' })).code).toBe('FAILED_PRECONDITION')
    expect(thrownBy(() => planAction(confirmed, 'close', supervisor, NOW)).code).toBe('PERMISSION_DENIED')
    expect(planAction(confirmed, 'close', manager, NOW)).toEqual({
      action: 'close',
      step: 'closed',
      level: 'L3',
      events: ['step_changed', 'closed']
    })
  })

  it('lets staff close without an answer only after the confirmation wait', () => {
    const proposed = state('awaiting_confirmation', 'L1', { resolutionProposedAt: new Date(NOW.getTime() - 71 * HOUR) })
    expect(thrownBy(() => planAction(proposed, 'close', agent, NOW)).message).toBe(
      '客户尚未确认处理结果；客户确认后，或提交方案 72 小时仍未回复，才能结案'
    )
    const later = new Date(NOW.getTime() + HOUR)
    expect(planAction(proposed, 'close', agent, later).step).toBe('closed')
    expect(planAction(proposed, 'close', agent, NOW, {}, { confirmationWaitHours: 48 }).step).toBe('closed')
  })
})

describe('allowedActions', () => {
  it('lists the buttons each person sees', () => {
    expect(allowedActions(state('awaiting_confirmation'), household, NOW)).toEqual(['reply', 'confirm', 'reopen'])
    expect(allowedActions(state('closed'), manager, NOW)).toEqual(['note'])
    expect(allowedActions(state('resolving', 'L3'), supervisor, NOW)).toEqual(['reply', 'note', 'approve_compensation', 'pause_sla'])
  })
})

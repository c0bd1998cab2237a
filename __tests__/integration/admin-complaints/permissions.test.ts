// Every complaints-desk action: no token -> UNAUTHENTICATED, a household's (or cleaner's) session -> UNAUTHENTICATED,
// a staff member below the action's minimum role -> PERMISSION_DENIED; identity before input, nothing written.
// Past the minimum role the workflow rules decide: a 客服 cannot approve compensation, and a 主管 cannot approve
// compensation above the L2 limit (PERMISSION_DENIED from complaints.act).
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, localLogin, okFn } from '../../helpers/api'
import { snapshot, staffSession, type StaffSession } from '../../helpers/desk'
import { actAll, complainant, confirmAs, fileAs, workOrder } from '../../helpers/complaintsDesk'
import { BELOW, expectNoTokenRefused, expectRolesDenied, expectSessionsRefused, nothingWritten } from '../../helpers/permissions'
import { seedRecovery } from '../../../local/seed/recovery'
import type { StaffRole } from '../../../cloudfunctions/core/contract/staff'

jest.setTimeout(120_000)

let t: TestCloud
let staff: Record<StaffRole, StaffSession>
let householdToken: string
let cleanerToken: string
let input: Record<string, Record<string, unknown>>

const WRITTEN = ['complaints', 'scripts', 'scenarios', 'coupons', 'orders', 'audit_logs', 'messages', 'slot_counters']

beforeAll(async () => {
  t = await startTestCloud()
  await seedRecovery(t.db)
  staff = { agent: await staffSession(t, 'agent'), supervisor: await staffSession(t, 'supervisor'), manager: await staffSession(t, 'manager') }
  const h = await complainant(t)
  householdToken = h.token
  cleanerToken = (await localLogin(t, 'cleaner')).token
  const complaintId = await fileAs(t, h, 'attitude', '阿姨说话很冲，让她扫一下沙发底还说要加钱')
  const drill = await okFn(t, 'admin', 'drills.start', { scenarioId: 'scn-attitude-talks-back' }, staff.agent.token)
  input = {
    'complaints.queue': {},
    'complaints.detail': { complaintId },
    'complaints.act': { complaintId, op: 'note', text: '客户情绪激动' },
    'complaints.assignees': { complaintId },
    'complaints.markCase': { complaintId, isCase: true, title: '态度投诉', lesson: '先道歉再说明服务范围' },
    'cases.list': {},
    'scripts.list': {},
    'scripts.save': { scenario: 'attitude', step: 'received', title: '态度：新话术', text: '{{客户称呼}}您好，非常抱歉。' },
    'scripts.render': { scriptId: 'tpl-attitude-received', complaintId },
    'scenarios.list': {},
    'drills.start': { scenarioId: 'scn-attitude-talks-back' },
    'drills.submit': { drillId: drill.drillId, answer: '非常抱歉' },
    'drills.mine': {},
    'dashboard.kpis': {}
  }
})
afterAll(async () => { await t?.close() })

const MINIMUM: Record<string, StaffRole> = {
  'complaints.queue': 'agent',
  'complaints.detail': 'agent',
  'complaints.act': 'agent',
  'complaints.assignees': 'agent',
  'complaints.markCase': 'supervisor',
  'cases.list': 'agent',
  'scripts.list': 'agent',
  'scripts.save': 'supervisor',
  'scripts.render': 'agent',
  'scenarios.list': 'agent',
  'drills.start': 'agent',
  'drills.submit': 'agent',
  'drills.mine': 'agent',
  'dashboard.kpis': 'supervisor'
}
const ACTIONS = Object.keys(MINIMUM)

describe.each(ACTIONS)('admin %s', (name) => {
  it('without a token: UNAUTHENTICATED, also with bad input, nothing written', () =>
    nothingWritten(t, WRITTEN, () => expectNoTokenRefused(t, name, input[name])))

  it("with a household's or a cleaner's session token: UNAUTHENTICATED, nothing written", () =>
    nothingWritten(t, WRITTEN, () => expectSessionsRefused(t, name, input[name], [householdToken, cleanerToken])))

  const lower = BELOW[MINIMUM[name]]
  if (lower.length) {
    it(`below ${MINIMUM[name]} (${lower.join(', ')}): PERMISSION_DENIED, nothing written`, () =>
      nothingWritten(t, WRITTEN, () => expectRolesDenied(t, name, input[name], lower.map((role) => staff[role].token))))
  }
})

it('names real actions: the router knows every desk action', async () => {
  expect(ACTIONS).toHaveLength(14)
  for (const name of ACTIONS) {
    const r = await callFn(t, 'admin', name, { bogus: 1 }, staff.manager.token)
    expect(r.error?.message ?? '').not.toMatch(/不支持的操作/)
  }
})

describe('compensation approval follows the limits (客服 none, 主管 up to ¥200, above: 经理)', () => {
  let id: string
  beforeAll(async () => {
    const h = await complainant(t)
    id = await fileAs(t, h, 'missed_spots', '卫生间没有打扫干净，镜子上都是水印')
    await actAll(t, id, [
      [staff.agent.token, 'reply', { text: '非常抱歉，我们马上核实' }],
      [staff.agent.token, 'assess', { severity: 'low' }],
      [staff.agent.token, 'start_investigation']
    ])
  })

  it('a 客服 may propose ¥300, but it waits for a 经理; neither 客服 nor 主管 may approve it', async () => {
    const proposed = await okFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'compensate', compensation: { kind: 'coupon', amountFen: 30000 } }, staff.agent.token)
    expect(proposed.compensations[0]).toMatchObject({ status: 'pending_approval', approver: 'manager', statusLabel: '待经理审批' })
    expect(proposed.actions.map((a: any) => a.action)).not.toContain('approve_compensation')
    const asSupervisor = await okFn(t, 'admin', 'complaints.detail', { complaintId: id }, staff.supervisor.token)
    expect(asSupervisor.actions.map((a: any) => a.action)).not.toContain('approve_compensation')
    // the per-item verdict the page shows its 批准 button by
    expect([proposed.compensations[0].canApprove, asSupervisor.compensations[0].canApprove]).toEqual([false, false])

    const before = await snapshot(t, WRITTEN)
    const byAgent = await callFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'approve_compensation' }, staff.agent.token)
    expect(byAgent.error).toMatchObject({ code: 'PERMISSION_DENIED', message: '需要主管及以上才能审批补偿' })
    const bySupervisor = await callFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'approve_compensation' }, staff.supervisor.token)
    expect(bySupervisor.error.code).toBe('PERMISSION_DENIED')
    expect(bySupervisor.error.message).toBe('¥300.00 优惠券超过主管审批额度 ¥200.00，需经理审批')
    expect(await snapshot(t, WRITTEN)).toBe(before)
    expect((await t.db.collection('coupons').where({ 'source.complaintId': id }).get()).data).toEqual([])

    const asManager = await okFn(t, 'admin', 'complaints.detail', { complaintId: id }, staff.manager.token)
    expect(asManager.actions.map((a: any) => a.action)).toContain('approve_compensation')
    expect(asManager.compensations[0].canApprove).toBe(true)
    const approved = await okFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'approve_compensation' }, staff.manager.token)
    expect(approved.compensations[0]).toMatchObject({ status: 'granted', approvedBy: expect.stringMatching(/^经理 /), canApprove: false })
    expect((await t.db.collection('coupons').where({ 'source.complaintId': id }).get()).data).toEqual([expect.objectContaining({ amountFen: 30000 })])
    const audit = (await t.db.collection('audit_logs').where({ targetId: id }).get()).data.map((a: any) => [a.action, a.detail.status])
    expect(audit).toEqual([['complaints.compensate', 'pending_approval'], ['complaints.approve_compensation', 'granted']])
  })

  it('a 主管 approves what a 客服 proposed within the L2 limit', async () => {
    const proposed = await okFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'compensate', compensation: { kind: 'coupon', amountFen: 5000 } }, staff.agent.token)
    expect(proposed.compensations[1]).toMatchObject({ status: 'pending_approval', approver: 'supervisor', canApprove: false })
    expect((await okFn(t, 'admin', 'complaints.detail', { complaintId: id }, staff.supervisor.token)).compensations[1].canApprove).toBe(true)
    const byAgent = await callFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'approve_compensation', compensationN: 2 }, staff.agent.token)
    expect(byAgent.error.code).toBe('PERMISSION_DENIED')
    const approved = await okFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'approve_compensation', compensationN: 2 }, staff.supervisor.token)
    expect(approved.compensations[1].status).toBe('granted')
  })
})

describe('level ownership: an L2/L3 work order needs 主管/经理 for decisions; escalations and closing are audited', () => {
  it('a high-severity complaint starts at L2; 客服 may reply and escalate, not assess; 经理 closes after the household confirms', async () => {
    const h = await complainant(t)
    const id = await fileAs(t, h, 'damage', '阿姨擦柜子的时候把我的花瓶打碎了，那是朋友送的')
    expect((await workOrder(t, id)).level).toBe('L2')
    await actAll(t, id, [[staff.agent.token, 'reply', { text: '非常抱歉，我们马上核实' }]])
    const assess = await callFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'assess', severity: 'high' }, staff.agent.token)
    expect(assess.error).toMatchObject({ code: 'PERMISSION_DENIED', message: '二级（主管）工单需要主管及以上才能定级' })

    const escalated = await okFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'escalate', text: '客户要求经理出面' }, staff.agent.token)
    expect(escalated).toMatchObject({ level: 'L3', escalated: true })
    await actAll(t, id, [
      [staff.manager.token, 'assess', { severity: 'high' }],
      [staff.manager.token, 'start_investigation'],
      [staff.manager.token, 'start_resolving'],
      [staff.manager.token, 'propose_resolution', { text: '照价赔偿花瓶 ¥800，已和客户电话确认' }]
    ])
    await confirmAs(t, h, id, 4)
    const waiting = await okFn(t, 'admin', 'complaints.detail', { complaintId: id }, staff.supervisor.token)
    expect(waiting.step).toBe('awaiting_confirmation')
    expect(waiting.actions.map((a: any) => a.action)).not.toContain('close')
    const bySupervisor = await callFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'close' }, staff.supervisor.token)
    expect(bySupervisor.error.code).toBe('PERMISSION_DENIED')
    const closed = await okFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'close', text: '客户已确认，结案' }, staff.manager.token)
    expect(closed.step).toBe('closed')

    const audit = (await t.db.collection('audit_logs').where({ targetId: id }).get()).data
    expect(audit.map((a: any) => a.action)).toEqual(['complaints.escalate', 'complaints.close'])
    expect(audit[0].detail).toMatchObject({ levelFrom: 'L2', levelTo: 'L3' })
  })
})

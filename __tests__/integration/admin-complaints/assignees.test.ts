// complaints.assignees: who may be assigned a work order at its current level (rules/complaints/workflow: the level's
// role or above), active staff only, without password hashes or sign-in counters. A household files through the
// complaint function; staff sign in.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, CHINESE } from '../../helpers/api'
import { staffSession, type StaffSession } from '../../helpers/desk'
import { actAll, complainant, fileAs } from '../../helpers/complaintsDesk'

jest.setTimeout(120_000)

let t: TestCloud
let agent: StaffSession
let agent2: StaffSession
let supervisor: StaffSession
let manager: StaffSession
let retired: StaffSession
let complaintId: string

beforeAll(async () => {
  t = await startTestCloud()
  agent = await staffSession(t, 'agent', '小周')
  agent2 = await staffSession(t, 'agent', '小王')
  supervisor = await staffSession(t, 'supervisor', '老李')
  manager = await staffSession(t, 'manager', '陈经理')
  retired = await staffSession(t, 'supervisor', '已离职主管')
  await t.db.collection('staff').doc(retired.id).update({ active: false })
  complaintId = await fileAs(t, await complainant(t), 'lateness', '阿姨晚到了二十分钟，也没有提前打电话')
})
afterAll(async () => { await t?.close() })

const assignees = (input: Record<string, unknown>, token = agent.token) => okFn(t, 'admin', 'complaints.assignees', input, token)
const ids = (list: any[]) => list.map((p) => p.id).sort()

it('an L1 work order may go to active agents, supervisors and managers, each {id, name, role, roleLabel} only', async () => {
  const list = await assignees({ complaintId })
  expect(ids(list)).toEqual([agent.id, agent2.id, supervisor.id, manager.id].sort())
  // 客服 first, then 主管, then 经理
  expect(list.map((p: any) => p.role)).toEqual(['agent', 'agent', 'supervisor', 'manager'])
  expect(list.find((p: any) => p.id === supervisor.id)).toEqual({ id: supervisor.id, name: '老李', role: 'supervisor', roleLabel: '主管' })
  for (const p of list) expect(Object.keys(p).sort()).toEqual(['id', 'name', 'role', 'roleLabel'])
  expect(JSON.stringify(list)).not.toMatch(/passwordHash|failedLogins|tokenVersion|lockedUntil|username/)
  // the same answer whoever asks
  expect(await assignees({ complaintId }, manager.token)).toEqual(list)
  // and each of them can really be assigned it
  const view = await actAll(t, complaintId, [[agent.token, 'assign', { assigneeId: agent2.id }]])
  expect(view.assignee).toEqual({ id: agent2.id, name: '小王', role: 'agent' })
})

it('after escalation to L2, agents are gone', async () => {
  const view = await actAll(t, complaintId, [[agent.token, 'escalate', { text: '客户要求主管处理' }]])
  expect(view.level).toBe('L2')
  const list = await assignees({ complaintId })
  expect(ids(list)).toEqual([supervisor.id, manager.id].sort())
  expect(list.some((p: any) => p.role === 'agent')).toBe(false)
  // what it lists is what the workflow accepts: an agent picked anyway is refused
  const r = await callFn(t, 'admin', 'complaints.act', { complaintId, op: 'assign', assigneeId: agent.id }, supervisor.token)
  expect(r.error.code).toBe('FAILED_PRECONDITION')
  await actAll(t, complaintId, [[supervisor.token, 'escalate', { text: '需要经理' }]])
  expect(ids(await assignees({ complaintId }))).toEqual([manager.id])
})

it('an inactive staff member never appears', async () => {
  const other = await fileAs(t, await complainant(t), 'attitude', '阿姨说话很冲，让她扫一下沙发底还说要加钱')
  expect(ids(await assignees({ complaintId: other }))).not.toContain(retired.id)
  expect(ids(await assignees({ complaintId }))).not.toContain(retired.id)
  // deactivated after being listed: gone too
  await t.db.collection('staff').doc(agent2.id).update({ active: false })
  expect(ids(await assignees({ complaintId: other }))).toEqual([agent.id, supervisor.id, manager.id].sort())
  await t.db.collection('staff').doc(agent2.id).update({ active: true })
})

it('without a token: UNAUTHENTICATED, also with bad input', async () => {
  for (const input of [{ complaintId }, { complaintId: 'no-such-complaint' }, { bogus: 1 }]) {
    const r = await callFn(t, 'admin', 'complaints.assignees', input)
    expect(r.ok).toBe(false)
    expect(r.error.code).toBe('UNAUTHENTICATED')
    expect(r.error.message).toMatch(CHINESE)
  }
})

it('an unknown work order: NOT_FOUND', async () => {
  const r = await callFn(t, 'admin', 'complaints.assignees', { complaintId: 'no-such-complaint' }, agent.token)
  expect(r.error).toMatchObject({ code: 'NOT_FOUND', message: '投诉工单不存在' })
})

it.each([
  ['no complaintId', {}, '缺少投诉工单'],
  ['a number', { complaintId: 42 }, /投诉工单/],
  ['an empty id', { complaintId: '' }, /投诉工单/],
  ['an unknown field', { complaintId: 'x', level: 'L1' }, /./]
])('bad input (%s): INVALID_ARGUMENT with a Chinese message', async (_name, input, message) => {
  const r = await callFn(t, 'admin', 'complaints.assignees', input, agent.token)
  expect(r.error.code).toBe('INVALID_ARGUMENT')
  expect(r.error.message).toMatch(CHINESE)
  expect(r.error.message).toMatch(message)
})

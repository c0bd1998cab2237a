// Two staff acting on the same work order at once: every write is conditional on the work order's version, so exactly
// one wins and the other gets CONFLICT, with nothing of the loser written (not even the re-service order it placed).
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn } from '../../helpers/api'
import { staffSession, type StaffSession } from '../../helpers/desk'
import { dayAhead } from '../../helpers/seed'
import { actAll, complainant, fileAs, workOrder } from '../../helpers/complaintsDesk'

jest.setTimeout(120_000)

let t: TestCloud
let agent: StaffSession
let supervisor: StaffSession
let otherSupervisor: StaffSession

beforeAll(async () => {
  t = await startTestCloud()
  agent = await staffSession(t, 'agent', '小周')
  supervisor = await staffSession(t, 'supervisor', '老李')
  otherSupervisor = await staffSession(t, 'supervisor', '老陈')
})
afterAll(async () => { await t?.close() })

const CONFLICT = { code: 'CONFLICT', message: '工单刚刚被他人更新，请刷新后重试' }

it('two staff acting from the same page version: one wins, the other is CONFLICT and writes nothing', async () => {
  const id = await fileAs(t, await complainant(t), 'attitude', '阿姨态度很差，一直催我快点验收')
  const page = await okFn(t, 'admin', 'complaints.detail', { complaintId: id }, agent.token)
  const results = await Promise.all([
    callFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'reply', text: '您好，非常抱歉，我是客服小周', version: page.version }, agent.token),
    callFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'assess', severity: 'medium', version: page.version }, supervisor.token)
  ])
  expect(results.filter((r) => r.ok)).toHaveLength(1)
  expect(results.filter((r) => !r.ok).map((r) => r.error)).toEqual([expect.objectContaining(CONFLICT)])

  const stored = await workOrder(t, id)
  expect(stored.version).toBe(page.version + 1)
  const added = stored.timeline.slice(page.timeline.length).map((e: any) => e.type)
  const winner = results[0].ok ? 'reply' : 'severity_assessed'
  expect(added[0]).toBe(winner)
  expect(added).not.toContain(winner === 'reply' ? 'severity_assessed' : 'reply')
})

it('the same move twice at once is applied once', async () => {
  const id = await fileAs(t, await complainant(t), 'missed_spots', '阳台玻璃完全没擦，拖把印子到处都是')
  await actAll(t, id, [[agent.token, 'reply', { text: '非常抱歉' }], [agent.token, 'assess', { severity: 'low' }]])
  const results = await Promise.all([agent, supervisor].map((s) => callFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'start_investigation' }, s.token)))
  expect(results.filter((r) => r.ok)).toHaveLength(1)
  // the loser either read the old version (CONFLICT) or the new step (FAILED_PRECONDITION)
  expect(['CONFLICT', 'FAILED_PRECONDITION']).toContain(results.find((r) => !r.ok)!.error.code)
  const stored = await workOrder(t, id)
  expect(stored.step).toBe('investigating')
  expect(stored.timeline.filter((e: any) => e.type === 'step_changed' && e.to === 'investigating')).toHaveLength(1)
})

it('two supervisors granting a re-service at once: one order stays, the loser places none that lasts', async () => {
  const h = await complainant(t)
  const id = await fileAs(t, h, 'missed_spots', '厨房台面还是油的，水槽也没洗')
  await actAll(t, id, [
    [agent.token, 'reply', { text: '非常抱歉' }],
    [agent.token, 'assess', { severity: 'low' }],
    [agent.token, 'start_investigation']
  ])
  const { version } = await okFn(t, 'admin', 'complaints.detail', { complaintId: id }, supervisor.token)
  const compensation = { kind: 'reservice', date: dayAhead(4), window: 'morning' }
  const results = await Promise.all([supervisor, otherSupervisor].map((s) =>
    callFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'compensate', compensation, version }, s.token)))
  expect(results.filter((r) => r.ok)).toHaveLength(1)
  expect(results.find((r) => !r.ok)!.error).toMatchObject(CONFLICT)

  const stored = await workOrder(t, id)
  expect(stored.compensations).toHaveLength(1)
  const orders = (await t.db.collection('orders').where({ complaintId: id }).get()).data
  const live = orders.filter((o: any) => o.status !== 'cancelled')
  expect(live.map((o: any) => o._id)).toEqual([stored.compensations[0].reservice.orderId])
})

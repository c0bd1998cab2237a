// The whole service-recovery loop through the gateway: a household files; 客服 (L1) replies with a rendered script;
// 主管 (L2) compensates with a coupon and a free re-service order linked to the work order; 客服 proposes the
// resolution; the household confirms and the work order closes. The desk KPIs move accordingly, and the closed work
// order goes into the case library.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { okFn, callFn } from '../../helpers/api'
import { staffSession, type StaffSession } from '../../helpers/desk'
import { dayAhead } from '../../helpers/seed'
import { actAll, complainant, confirmAs, fileAs, workOrder, type Complainant } from '../../helpers/complaintsDesk'
import { seedRecovery } from '../../../local/seed/recovery'

jest.setTimeout(120_000)

let t: TestCloud
let agent: StaffSession
let supervisor: StaffSession
let h: Complainant

beforeAll(async () => {
  t = await startTestCloud()
  await seedRecovery(t.db)
  agent = await staffSession(t, 'agent', '小周')
  supervisor = await staffSession(t, 'supervisor', '老李')
  h = await complainant(t, { cleanerName: '王秀兰' })
})
afterAll(async () => { await t?.close() })

const kpis = () => okFn(t, 'admin', 'dashboard.kpis', {}, supervisor.token)

it('runs a complaint from filing to the household confirming, and the KPIs follow', async () => {
  const before = await kpis()
  expect(before).toMatchObject({ received: 0, newToday: 0, openByLevel: { L1: 0, L2: 0, L3: 0 }, escalatedOpen: 0 })

  // the household files
  const id = await fileAs(t, h, 'missed_spots', '阿姨走了以后发现油烟机还是油乎乎的，卫生间地漏里都是头发，三个小时根本没做完')
  const filed = await kpis()
  expect(filed).toMatchObject({ received: 1, newToday: 1, openByLevel: { L1: 1, L2: 0, L3: 0 }, openByStep: { received: 1 } })

  // it is on the desk, masked, with its countdown
  const queue = await okFn(t, 'admin', 'complaints.queue', {}, agent.token)
  expect(queue.list.map((i: any) => i.id)).toEqual([id])
  expect(queue.list[0]).toMatchObject({ level: 'L1', step: 'received', category: 'missed_spots', orderNo: h.order.orderNo, sla: { state: 'ok', nextClock: 'first_response', breached: [] } })
  const opened = await okFn(t, 'admin', 'complaints.detail', { complaintId: id }, agent.token)
  expect(opened.order).toMatchObject({ orderNo: h.order.orderNo, cleaner: { name: '王秀兰' } })
  expect(opened.household.phoneMasked).toBe('138****5678')
  expect(opened.actions.map((a: any) => a.action)).toEqual(expect.arrayContaining(['reply', 'note', 'assess', 'escalate', 'pause_sla']))
  expect(opened.actions.map((a: any) => a.action)).not.toContain('close')

  // L1 answers with the company's first-response script, filled in from the work order
  const scripts = await okFn(t, 'admin', 'scripts.list', { scenario: 'general', step: 'received' }, agent.token)
  const script = scripts.find((s: any) => s.id === 'tpl-general-received')
  const rendered = await okFn(t, 'admin', 'scripts.render', { scriptId: script.id, complaintId: id }, agent.token)
  expect(rendered.missing).toEqual([])
  expect(rendered.text).toContain(opened.ticketNo)
  expect(rendered.text).toContain('客服小周')
  expect(rendered.text).toContain('安心家政')
  expect(rendered.text).not.toMatch(/\{\{/)
  const replied = await okFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'reply', text: rendered.text, scriptId: script.id }, agent.token)
  const reply = replied.timeline.find((e: any) => e.type === 'reply')
  expect(reply).toMatchObject({ text: rendered.text, visibility: 'household', by: '客服 小周', details: { scriptId: script.id } })
  expect(replied.sla.clocks.find((c: any) => c.clock === 'first_response').status).toBe('met')
  // the household is told through the outbox
  const notices = (await t.db.collection('messages').where({ 'source.complaintId': id }).get()).data
  expect(notices).toHaveLength(1)

  await actAll(t, id, [
    [agent.token, 'assess', { severity: 'medium' }],
    [agent.token, 'start_investigation'],
    [agent.token, 'note', { text: '阿姨说当天油烟机太脏，时间不够，没有跟客户说明' }]
  ])

  // L2 compensates: a ¥50 coupon and a free re-service
  await okFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'compensate', compensation: { kind: 'coupon', amountFen: 5000, note: '漏扫致歉' } }, supervisor.token)
  const date = dayAhead(3)
  const compensated = await okFn(t, 'admin', 'complaints.act', { complaintId: id, op: 'compensate', compensation: { kind: 'reservice', date, window: 'afternoon' } }, supervisor.token)
  expect(compensated.compensations).toEqual([
    expect.objectContaining({ n: 1, kind: 'coupon', amountFen: 5000, status: 'granted', approvedBy: '主管 老李' }),
    expect.objectContaining({ n: 2, kind: 're_service', status: 'granted', reservice: expect.objectContaining({ date, window: 'afternoon' }) })
  ])
  const coupons = (await t.db.collection('coupons').where({ customerId: h.customerId }).get()).data
  expect(coupons).toEqual([expect.objectContaining({ amountFen: 5000, status: 'available', source: expect.objectContaining({ complaintId: id }) })])
  const reserviceOrderId = compensated.compensations[1].reservice.orderId
  const reservice = (await t.db.collection('orders').where({ _id: reserviceOrderId }).get()).data[0]
  expect(reservice).toMatchObject({ complaintId: id, reserviceOf: h.order._id, customerId: h.customerId, status: 'pending_dispatch', date, window: 'afternoon', priceFen: { payable: 0 } })

  // L1 proposes the resolution; the household confirms; the work order closes
  await actAll(t, id, [
    [agent.token, 'start_resolving'],
    [agent.token, 'propose_resolution', { text: '已为您发放50元优惠券，并安排阿姨免费返工厨房和卫生间' }]
  ])
  expect((await workOrder(t, id)).step).toBe('awaiting_confirmation')
  await confirmAs(t, h, id, 5)

  const closed = await okFn(t, 'admin', 'complaints.detail', { complaintId: id }, agent.token)
  expect(closed).toMatchObject({ step: 'closed', status: 'closed', confirmation: { satisfied: true, rating: 5 } })
  expect(closed.closedAt).not.toBeNull()
  expect(closed.sla.state).toBe('met')
  expect(closed.actions.map((a: any) => a.action)).toEqual(['note'])
  // the desk sees the internal note; the timeline is complete
  const types = closed.timeline.map((e: any) => e.type)
  expect(types[0]).toBe('created')
  expect(types).toEqual(expect.arrayContaining(['reply', 'severity_assessed', 'note', 'compensation_proposed', 'compensation_approved', 'resolution_proposed', 'household_confirmed', 'closed']))
  expect(closed.timeline.find((e: any) => e.type === 'note')).toMatchObject({ visibility: 'internal', by: '客服 小周' })

  // compensation is audited, with who gave what
  const audit = (await t.db.collection('audit_logs').where({ targetId: id }).get()).data
  expect(audit.map((a: any) => [a.action, a.staffName, a.detail.kind])).toEqual([
    ['complaints.compensate', '老李', 'coupon'],
    ['complaints.compensate', '老李', 're_service']
  ])

  const after = await kpis()
  expect(after).toMatchObject({
    received: 1,
    newToday: 1,
    openByLevel: { L1: 0, L2: 0, L3: 0 },
    openByStep: { received: 0, assessed: 0, investigating: 0, resolving: 0, awaiting_confirmation: 0 },
    slaPassRate: { firstResponse: { part: 1, whole: 1, rate: 1 }, resolution: { part: 1, whole: 1, rate: 1 } },
    reopenRate: { part: 0, whole: 1, rate: 0 },
    confirmationRate: { part: 1, whole: 1, rate: 1 },
    satisfaction: { average: 5, count: 1 },
    topCategories: [{ category: 'missed_spots', label: '漏扫/不干净', count: 1 }],
    topCleaners: [{ cleanerId: h.cleaner._id, name: '王秀兰', count: 1, households: 1 }],
    escalatedOpen: 0
  })
  expect(after.avgFirstResponseMin).toEqual(expect.any(Number))

  // the script's use was counted
  const used = await okFn(t, 'admin', 'scripts.list', { scenario: 'general', step: 'received' }, agent.token)
  expect(used.find((s: any) => s.id === 'tpl-general-received').usage).toBe(1)

  // a supervisor puts it into the case library
  const marked = await okFn(t, 'admin', 'complaints.markCase', { complaintId: id, isCase: true, title: '漏扫投诉：返工加补偿一次解决', lesson: '到场先和客户确认重点区域，时间不够要当场说明' }, supervisor.token)
  expect(marked.caseStudy).toMatchObject({ title: '漏扫投诉：返工加补偿一次解决', markedBy: '主管 老李' })
  const cases = await okFn(t, 'admin', 'cases.list', {}, agent.token)
  expect(cases).toEqual([expect.objectContaining({
    id,
    ticketNo: closed.ticketNo,
    title: '漏扫投诉：返工加补偿一次解决',
    category: 'missed_spots',
    compensation: ['¥50.00 优惠券', expect.stringMatching(/^免费返工/)],
    satisfied: true,
    rating: 5
  })])
  // and can take it out again
  await okFn(t, 'admin', 'complaints.markCase', { complaintId: id, isCase: false }, supervisor.token)
  expect(await okFn(t, 'admin', 'cases.list', {}, agent.token)).toEqual([])
})

it('only closed work orders go into the case library', async () => {
  const other = await complainant(t)
  const id = await fileAs(t, other, 'lateness', '阿姨迟到了四十分钟，也没有提前打电话')
  const r = await callFn(t, 'admin', 'complaints.markCase', { complaintId: id, isCase: true, title: '迟到', lesson: '提前出门' }, supervisor.token)
  expect(r.error).toMatchObject({ code: 'FAILED_PRECONDITION', message: '只有已结案的工单才能收入典型案例' })
})

// The household's complaint through the gateway, as the H5 app calls it: file on its own order with a photo, see it in
// the list and the detail with its timeline; staff work it (core/complaints applyAction, as the desk does) up to a
// proposed resolution, and the household accepts it (closed) or rejects it (reopened). Internal notes never show.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, uploadPhoto } from '../../helpers/api'
import { getDoc } from '../../helpers/desk'
import {
  AGENT, MANAGER, SUPERVISOR, complaintInput, coreCtx, householdWithOrder, newComplaintKey, PROGRESS_TEMPLATE
} from '../../helpers/complaints'
import { applyAction, loadWorkOrder } from '../../../cloudfunctions/core/complaints'
import { isTicketNumber } from '../../../cloudfunctions/core/rules/ticketNo'

jest.setTimeout(120_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

const act = async (id: string, action: any, actor: any, payload: any = {}) =>
  (await applyAction(coreCtx(t), await loadWorkOrder(coreCtx(t), id), action, actor, payload)).workOrder

it('templates names the progress template to subscribe to', async () => {
  const h = await householdWithOrder(t)
  expect(await okFn(t, 'complaint', 'templates', {}, h.token)).toEqual({ complaintProgress: PROGRESS_TEMPLATE })
})

it('files a complaint with a photo; list and detail show it with its timeline; the stored work order is assessed', async () => {
  const h = await householdWithOrder(t)
  const photo = await uploadPhoto(t, h.token)
  const view = await okFn(t, 'complaint', 'create', complaintInput(h, { photos: [photo] }), h.token)

  expect(isTicketNumber(view.ticketNo)).toBe(true)
  expect(view).toMatchObject({
    category: 'missed_spots', categoryLabel: '漏扫/不干净', step: 'received', stepLabel: '已受理', status: 'open',
    description: '厨房台面没有擦干净，油渍还在', contactTime: '工作日晚上7点后', orderNo: h.order.orderNo,
    order: { id: h.order._id, orderNo: h.order.orderNo }, canConfirm: false, canReply: true, mustCall: false, resolution: null
  })
  expect(view.photos).toEqual([{ fileID: photo, url: expect.stringMatching(/^http/) }])
  expect(view.timeline).toHaveLength(1)
  expect(view.timeline[0]).toMatchObject({ type: 'created', label: '客户提交投诉', actor: 'household', actorLabel: '您', text: view.description })
  expect(view.timeline[0].photos[0].fileID).toBe(photo)
  expect(view.steps.map((s: any) => s.current)).toEqual([true, false, false, false, false, false])

  const list = await okFn(t, 'complaint', 'list', {}, h.token)
  expect(list).toEqual({ list: [expect.objectContaining({ id: view.id, ticketNo: view.ticketNo, stepLabel: '已受理', orderNo: h.order.orderNo })], nextCursor: null })
  expect(await okFn(t, 'complaint', 'detail', { complaintId: view.id }, h.token)).toEqual(view)

  const stored = await getDoc(t, 'complaints', view.id)
  expect(stored).toMatchObject({
    customerId: h.customerId, openid: h.openid, orderId: h.order._id, cleanerId: h.order.cleanerId,
    severity: 'low', level: 'L1', step: 'received', status: 'open', version: 1, reopenCount: 0, incidentId: null
  })
  expect(stored.severityReasons[0]).toMatch(/漏扫/)
  expect(stored.sla.firstResponseDue.getTime()).toBeGreaterThan(stored.sla.receivedAt.getTime())
  expect(stored.sla.resolveDue.getTime()).toBeGreaterThan(stored.sla.firstResponseDue.getTime())
})

it('the same requestKey files one work order, also when sent twice at once', async () => {
  const h = await householdWithOrder(t)
  const input = complaintInput(h)
  const [a, b] = await Promise.all([callFn(t, 'complaint', 'create', input, h.token), callFn(t, 'complaint', 'create', input, h.token)])
  expect(a.ok && b.ok).toBe(true)
  expect(a.data.id).toBe(b.data.id)
  const again = await okFn(t, 'complaint', 'create', input, h.token)
  expect(again.id).toBe(a.data.id)
  expect((await okFn(t, 'complaint', 'list', {}, h.token)).list).toHaveLength(1)

  // another household's key is refused and reveals nothing
  const other = await householdWithOrder(t)
  const stolen = await callFn(t, 'complaint', 'create', { ...complaintInput(other), requestKey: input.requestKey }, other.token)
  expect(stolen.error.code).toBe('CONFLICT')
  expect(JSON.stringify(stolen)).not.toContain(a.data.ticketNo)
})

it('a general complaint without an order; keywords raise the severity and the level', async () => {
  const h = await householdWithOrder(t)
  const view = await okFn(t, 'complaint', 'create', complaintInput(null, { category: 'attitude', description: '阿姨推搡老人导致受伤了' }), h.token)
  expect(view.order).toBeNull()
  const stored = await getDoc(t, 'complaints', view.id)
  expect(stored).toMatchObject({ severity: 'critical', level: 'L3', orderId: null, cleanerId: null })
  expect(stored.keywords).toContain('受伤')
  // nothing of the assessment reaches the household
  const shown = JSON.stringify(await okFn(t, 'complaint', 'detail', { complaintId: view.id }, h.token))
  expect(shown).not.toMatch(/critical|L3|severity|重大/)
})

it('staff work it to a resolution; internal notes never reach the household; acceptance closes it', async () => {
  const h = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  await act(id, 'note', AGENT, { text: '内部备注：阿姨说当天清洁剂用完了' })
  await act(id, 'assess', AGENT, { severity: 'medium' })
  await act(id, 'start_investigation', AGENT)
  await act(id, 'reply', AGENT, { text: '非常抱歉给您带来不便，我们正在核实' })
  await act(id, 'start_resolving', AGENT)
  await act(id, 'propose_resolution', AGENT, { text: '安排阿姨上门返工厨房' })

  const view = await okFn(t, 'complaint', 'detail', { complaintId: id }, h.token)
  expect(view).toMatchObject({ step: 'awaiting_confirmation', status: 'awaiting_confirmation', statusLabel: '待您确认', canConfirm: true })
  expect(view.resolution).toMatchObject({ text: '安排阿姨上门返工厨房', compensation: [] })
  const types = view.timeline.map((e: any) => e.type)
  expect(types).toEqual(['created', 'step_changed', 'step_changed', 'reply', 'step_changed', 'resolution_proposed', 'step_changed'])
  expect(view.timeline.find((e: any) => e.type === 'reply')).toMatchObject({ actor: 'staff', actorLabel: '客服小周', text: '非常抱歉给您带来不便，我们正在核实' })
  const shown = JSON.stringify(view)
  expect(shown).not.toContain('内部备注')
  expect(shown).not.toContain('"note"')
  expect(shown).not.toContain('severity_assessed')

  // the note is on the stored timeline, marked internal
  const stored = await getDoc(t, 'complaints', id)
  expect(stored.timeline.find((e: any) => e.type === 'note')).toMatchObject({ visibility: 'internal', text: '内部备注：阿姨说当天清洁剂用完了' })
  expect(stored.sla.firstResponseAt).toBeInstanceOf(Date)
  expect(stored.sla.resolvedAt).toBeInstanceOf(Date)

  const closed = await okFn(t, 'complaint', 'confirm', { complaintId: id, satisfied: true, rating: 5, comment: '处理很及时' }, h.token)
  expect(closed).toMatchObject({ step: 'closed', status: 'closed', canConfirm: false, canReply: false })
  expect(closed.confirmation).toMatchObject({ satisfied: true, rating: 5, comment: '处理很及时' })
  expect(closed.timeline.slice(-3).map((e: any) => e.type)).toEqual(['household_confirmed', 'step_changed', 'closed'])
  expect((await getDoc(t, 'complaints', id)).closedAt).toBeInstanceOf(Date)

  // a closed work order takes no more replies
  const late = await callFn(t, 'complaint', 'reply', { complaintId: id, text: '还有一个问题' }, h.token)
  expect(late.error.code).toBe('FAILED_PRECONDITION')
})

it('not satisfied reopens it to investigating and counts the reopen; the household can reply meanwhile', async () => {
  const h = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  for (const a of ['assess', 'start_investigation', 'start_resolving'] as const) await act(id, a, AGENT, { severity: 'low' })
  await act(id, 'propose_resolution', AGENT, { text: '赠送一次上门返工' })

  const reopened = await okFn(t, 'complaint', 'confirm', { complaintId: id, satisfied: false, reason: '返工时间太晚了' }, h.token)
  expect(reopened).toMatchObject({ step: 'investigating', status: 'open', canConfirm: false, canReply: true, resolution: null })
  expect(reopened.confirmation).toMatchObject({ satisfied: false, reason: '返工时间太晚了' })
  expect(reopened.timeline.find((e: any) => e.type === 'household_reopened')).toMatchObject({ text: '返工时间太晚了' })
  const stored = await getDoc(t, 'complaints', id)
  expect(stored).toMatchObject({ reopenCount: 1, step: 'investigating' })
  expect(stored.sla.resolvedAt).toBeNull()

  const replied = await okFn(t, 'complaint', 'reply', { complaintId: id, text: '希望周末上门' }, h.token)
  expect(replied.timeline[replied.timeline.length - 1]).toMatchObject({ type: 'household_message', actor: 'household', text: '希望周末上门' })
})

it("a household's reply resumes an SLA that staff paused to wait for it", async () => {
  const h = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  await act(id, 'pause_sla', AGENT, { text: '请客户补充照片' })
  expect((await getDoc(t, 'complaints', id)).sla.pauses).toEqual([expect.objectContaining({ end: null, reason: '请客户补充照片' })])
  const photo = await uploadPhoto(t, h.token)
  const view = await okFn(t, 'complaint', 'reply', { complaintId: id, text: '补充了照片', photos: [photo] }, h.token)
  expect(view.timeline[view.timeline.length - 1]).toMatchObject({ type: 'household_message', photos: [expect.objectContaining({ fileID: photo })] })
  const stored = await getDoc(t, 'complaints', id)
  expect(stored.sla.pauses[0].end).toBeInstanceOf(Date)
  expect(stored.timeline.slice(-2).map((e: any) => [e.type, e.visibility])).toEqual([['household_message', 'household'], ['sla_resumed', 'internal']])
})

it('two staff acting on the same version: one wins, the other gets CONFLICT and writes nothing', async () => {
  const h = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  const wo = await loadWorkOrder(coreCtx(t), id)
  const results = await Promise.allSettled([
    applyAction(coreCtx(t), wo, 'note', AGENT, { text: '备注一' }),
    applyAction(coreCtx(t), wo, 'note', SUPERVISOR, { text: '备注二' })
  ])
  const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]
  expect(lost).toHaveLength(1)
  expect(lost[0].reason).toMatchObject({ code: 'CONFLICT', message: '工单刚刚被他人更新，请刷新后重试' })
  const stored = await getDoc(t, 'complaints', id)
  expect(stored.version).toBe(2)
  expect(stored.timeline.filter((e: any) => e.type === 'note')).toHaveLength(1)
})

it('compensation: a coupon within the limit is issued once; above the L2 limit it waits for a manager', async () => {
  const h = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  await act(id, 'escalate', AGENT, { text: '需要主管处理补偿' })
  await act(id, 'assess', SUPERVISOR, { severity: 'medium' })
  await act(id, 'start_investigation', SUPERVISOR)

  const small = await act(id, 'compensate', SUPERVISOR, { compensation: { kind: 'coupon', amountFen: 5000, note: '致歉' } })
  expect(small.compensations[0]).toMatchObject({ n: 1, status: 'granted', amountFen: 5000, description: '¥50.00 优惠券' })
  const coupon = (await t.db.collection('coupons').where({ dedupeKey: `comp:${id}:1` }).get()).data
  expect(coupon).toHaveLength(1)
  expect(coupon[0]).toMatchObject({ _id: small.compensations[0].couponId, kind: 'compensation', customerId: h.customerId, amountFen: 5000, status: 'available', source: { complaintId: id } })
  expect(coupon[0].validUntil.getTime() - coupon[0].createdAt.getTime()).toBe(90 * 24 * 3600_000)

  const big = await act(id, 'compensate', SUPERVISOR, { compensation: { kind: 'coupon', amountFen: 30000 } })
  expect(big.compensations[1]).toMatchObject({ n: 2, status: 'pending_approval', approver: 'manager', couponId: null })
  expect((await t.db.collection('coupons').where({ dedupeKey: `comp:${id}:2` }).get()).data).toHaveLength(0)
  await expect(act(id, 'approve_compensation', SUPERVISOR)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' })
  const approved = await act(id, 'approve_compensation', MANAGER)
  expect(approved.compensations[1]).toMatchObject({ status: 'granted', approvedBy: expect.objectContaining({ id: MANAGER.id }) })
  expect((await t.db.collection('coupons').where({ dedupeKey: `comp:${id}:2` }).get()).data).toHaveLength(1)
  await expect(act(id, 'approve_compensation', MANAGER)).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' })

  await act(id, 'start_resolving', SUPERVISOR)
  const proposed = await act(id, 'propose_resolution', SUPERVISOR, { text: '向您致歉并发放补偿券' })
  const view = await okFn(t, 'complaint', 'detail', { complaintId: id }, h.token)
  expect(view.resolution.compensation).toEqual(['¥50.00 优惠券', '¥300.00 优惠券'])
  expect(proposed.resolution?.compensation).toHaveLength(2)
})

it('a free re-service books a linked order that costs nothing', async () => {
  const { seedCleaner } = await import('../../helpers/desk')
  const { dayAhead } = await import('../../helpers/seed')
  await seedCleaner(t, { skills: ['daily_cleaning'] })
  const h = await householdWithOrder(t)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  await act(id, 'assess', MANAGER, { severity: 'low' })
  await act(id, 'start_investigation', MANAGER)
  const date = dayAhead(4)
  const wo = await act(id, 'compensate', MANAGER, { compensation: { kind: 'reservice', date, window: 'afternoon' } })
  const rec = wo.compensations[0]
  expect(rec).toMatchObject({ kind: 're_service', status: 'granted', amountFen: 13500, reservice: { date, window: 'afternoon', orderId: expect.any(String) } })
  const order = await getDoc(t, 'orders', rec.reservice!.orderId!)
  expect(order).toMatchObject({
    customerId: h.customerId, status: 'pending_dispatch', reserviceOf: h.order._id, complaintId: id,
    priceFen: { base: 13500, discount: 13500, payable: 0 }, date, window: 'afternoon'
  })
  // a date nobody can book is refused before anything is written
  await expect(act(id, 'compensate', MANAGER, { compensation: { kind: 'reservice', date: '2020-01-01', window: 'morning' } })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
  expect((await getDoc(t, 'complaints', id)).compensations).toHaveLength(1)
})

it('three households complaining about one cleaner within 7 days form an incident: all linked, all L3', async () => {
  const cleanerId = `cleaner-incident-${newComplaintKey()}`
  const ids: string[] = []
  for (let i = 0; i < 3; i++) {
    const h = await householdWithOrder(t, { cleanerId })
    ids.push((await okFn(t, 'complaint', 'create', complaintInput(h, { category: 'lateness', description: '阿姨又迟到了一个小时' }), h.token)).id)
  }
  const docs = await Promise.all(ids.map((id) => getDoc(t, 'complaints', id)))
  const incidentId = docs[0].incidentId
  expect(incidentId).toBe(`inc_${ids[0]}`)
  for (const d of docs) {
    expect(d).toMatchObject({ incidentId, level: 'L3', alerts: 1 })
    expect(d.riskTags).toContain('群体事件')
    expect(d.timeline.filter((e: any) => e.type === 'incident_linked')).toHaveLength(1)
    expect(d.timeline.find((e: any) => e.type === 'incident_linked').visibility).toBe('internal')
  }
  // a fourth joins the same incident
  const h4 = await householdWithOrder(t, { cleanerId })
  const fourth = await okFn(t, 'complaint', 'create', complaintInput(h4), h4.token)
  expect((await getDoc(t, 'complaints', fourth.id)).incidentId).toBe(incidentId)
  expect((await getDoc(t, 'complaints', ids[0])).timeline.filter((e: any) => e.type === 'incident_linked')).toHaveLength(1)
})

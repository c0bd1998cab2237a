// Progress notices: a staff reply and a proposed resolution each queue one transactional 'complaint_progress' message
// and deliver it at once, spending one subscription acceptance. With one acceptance the first notice arrives (WeChat
// delivered it; it is in the message centre) and the second ends no_quota: the household page says we will call.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { okFn } from '../../helpers/api'
import { getDoc } from '../../helpers/desk'
import { AGENT, PROGRESS_TEMPLATE, acceptNotices, complaintInput, coreCtx, householdWithOrder, wxDelivered } from '../../helpers/complaints'
import { applyAction, loadWorkOrder } from '../../../cloudfunctions/core/complaints'

jest.setTimeout(120_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

const act = async (id: string, action: any, payload: any = {}) =>
  applyAction(coreCtx(t), await loadWorkOrder(coreCtx(t), id), action, AGENT, payload)

const ourCount = async (openid: string) => (await getDoc(t, 'subscriptions', `${openid}:${PROGRESS_TEMPLATE}`))?.count ?? 0

it('one acceptance: the first reply is delivered, the second ends no_quota and the detail says mustCall', async () => {
  const h = await householdWithOrder(t)
  const template = (await okFn(t, 'complaint', 'templates', {}, h.token)).complaintProgress
  await acceptNotices(t, h.token, 1, template)
  const { id, ticketNo } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)

  const first = await act(id, 'reply', { text: '您好，我们已收到投诉，正在安排' })
  expect(first.notifications).toHaveLength(1)
  expect(first.notifications[0]).toMatchObject({ status: 'sent', template: 'complaint_progress', templateId: PROGRESS_TEMPLATE, kind: 'transactional' })
  const delivered = await wxDelivered(t, h.token)
  expect(delivered).toHaveLength(1)
  expect(delivered[0]).toMatchObject({
    touser: h.openid, templateId: PROGRESS_TEMPLATE, page: `complaint/detail/index?id=${id}`,
    data: { character_string1: { value: ticketNo }, thing3: { value: expect.stringContaining('您好') } }
  })
  const centre = await okFn(t, 'user', 'messages', {}, h.token)
  expect(centre.list).toEqual([expect.objectContaining({ template: 'complaint_progress', title: '客服回复了您的投诉', content: expect.stringContaining(ticketNo) })])
  expect(await ourCount(h.openid)).toBe(0)
  expect((await okFn(t, 'complaint', 'detail', { complaintId: id }, h.token)).mustCall).toBe(false)

  const second = await act(id, 'reply', { text: '师傅明天上午联系您' })
  expect(second.notifications[0]).toMatchObject({ status: 'no_quota' })
  expect(await wxDelivered(t, h.token)).toHaveLength(1)
  expect((await okFn(t, 'complaint', 'detail', { complaintId: id }, h.token)).mustCall).toBe(true)

  // accepting again lets the next notice (the proposed resolution) through, and mustCall goes away
  await acceptNotices(t, h.token, 1, template)
  await act(id, 'assess', { severity: 'low' })
  await act(id, 'start_investigation')
  await act(id, 'start_resolving')
  const proposed = await act(id, 'propose_resolution', { text: '为您安排免费返工' })
  expect(proposed.notifications[0]).toMatchObject({ status: 'sent', title: '您的投诉有了处理方案，请确认' })
  expect(await wxDelivered(t, h.token)).toHaveLength(2)
  expect((await okFn(t, 'complaint', 'detail', { complaintId: id }, h.token)).mustCall).toBe(false)
})

it("internal actions and the household's own messages notify nobody", async () => {
  const h = await householdWithOrder(t)
  await acceptNotices(t, h.token, 3)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  expect((await act(id, 'note', { text: '内部备注' })).notifications).toEqual([])
  expect((await act(id, 'assess', { severity: 'low' })).notifications).toEqual([])
  await okFn(t, 'complaint', 'reply', { complaintId: id, text: '补充一下情况' }, h.token)
  expect((await t.db.collection('messages').where({ openid: h.openid }).get()).data).toEqual([])
  expect(await ourCount(h.openid)).toBe(3)
})

it("when WeChat says 43101 although we counted an acceptance, the message is no_quota and our count becomes 0", async () => {
  const h = await householdWithOrder(t)
  // our count says 2, WeChat has none (e.g. the acceptance was spent elsewhere)
  await okFn(t, 'user', 'subscribeAccepted', { templateIds: [PROGRESS_TEMPLATE] }, h.token)
  await okFn(t, 'user', 'subscribeAccepted', { templateIds: [PROGRESS_TEMPLATE] }, h.token)
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  const r = await act(id, 'reply', { text: '我们正在处理' })
  expect(r.notifications[0]).toMatchObject({ status: 'no_quota', result: { errcode: 43101 } })
  expect(await ourCount(h.openid)).toBe(0)
  expect((await okFn(t, 'complaint', 'detail', { complaintId: id }, h.token)).mustCall).toBe(true)
})

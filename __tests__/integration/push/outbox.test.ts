// The outbox and the push timer: dedupe on dedupeKey, marketing held through the quiet hours and capped at one per
// customer per 7 days (transactional exempt), one acceptance per send, and a run killed halfway never sends a message
// twice. Fixed clocks go straight through core/push (quiet hours must not depend on when the test runs); the timer
// is fired through the local CloudBase as the scheduler fires it.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { fireTimer, localLogin } from '../../helpers/api'
import { getDoc } from '../../helpers/desk'
import { acceptNotices, coreCtx, wxDelivered } from '../../helpers/complaints'
import { household } from '../../helpers/seed'
import { okFn } from '../../helpers/api'
import { attemptDelivery, deliverMessage, enqueueMessage, type EnqueueInput, type MessageDoc } from '../../../cloudfunctions/core/push'
import { shanghaiInstant } from '../../../cloudfunctions/core/rules/time'

jest.setTimeout(120_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

const OFFER = 'TMPL_WINBACK_OFFER'
const PROGRESS = 'TMPL_COMPLAINT_PROGRESS'
let seq = 0

async function customer() {
  const h = await household(t)
  const me = await okFn(t, 'user', 'me', {}, h.token)
  return { ...h, customerId: me.id as string }
}

function message(who: { openid: string; customerId?: string }, over: Partial<EnqueueInput> = {}): EnqueueInput {
  seq++
  return {
    openid: who.openid,
    customerId: who.customerId,
    template: 'winback_offer',
    kind: 'marketing',
    title: '老客专享优惠',
    content: '深度保洁 8 折',
    data: { thing1: { value: '深度保洁 8 折' } },
    page: 'pages/home/index',
    dedupeKey: `test:${seq}:${Date.now()}`,
    ...over
  }
}

const at = (date: string, time: string) => shanghaiInstant(date, time)
const get = (id: string): Promise<MessageDoc> => getDoc(t, 'messages', id)

async function runTimer() {
  const r = await fireTimer(t, 'push')
  expect(r.ok).toBe(true)
  expect(r.data.ok).toBe(true)
  return r.data.data
}

describe('enqueue', () => {
  it('is idempotent on dedupeKey: a repeat returns the first message and changes nothing', async () => {
    const c = await customer()
    const input = message(c, { kind: 'transactional', template: 'complaint_progress', deliverNow: false })
    const [a, b] = await Promise.all([enqueueMessage(coreCtx(t), input), enqueueMessage(coreCtx(t), input)])
    expect(a._id).toBe(b._id)
    const again = await enqueueMessage(coreCtx(t), { ...input, title: '另一个标题' })
    expect(again).toMatchObject({ _id: a._id, title: '老客专享优惠' })
    expect((await t.db.collection('messages').where({ dedupeKey: input.dedupeKey }).get()).data).toHaveLength(1)
  })

  it('takes the WeChat template id from settings wx_templates, with local defaults', async () => {
    const c = await customer()
    const before = await enqueueMessage(coreCtx(t), message(c, { kind: 'transactional', template: 'order_update', deliverNow: false }))
    expect(before.templateId).toBe('TMPL_ORDER_UPDATE')
    await t.db.collection('settings').add({ _id: 'wx_templates', orderUpdate: 'wxTpl_real_order_update' })
    const after = await enqueueMessage(coreCtx(t), message(c, { kind: 'transactional', template: 'order_update', deliverNow: false }))
    expect(after.templateId).toBe('wxTpl_real_order_update')
    await t.db.collection('settings').doc('wx_templates').remove()
  })
})

describe('quiet hours and the weekly marketing cap', () => {
  it('marketing enqueued at 22:00 is held until 09:00; a transactional one goes at once', async () => {
    const c = await customer()
    await acceptNotices(t, c.token, 1, OFFER)
    await acceptNotices(t, c.token, 1, PROGRESS)
    const night = at('2031-03-10', '22:00')
    const marketing = await enqueueMessage(coreCtx(t, night), message(c))
    expect(marketing).toMatchObject({ status: 'queued', notBefore: at('2031-03-11', '09:00') })
    const transactional = await enqueueMessage(coreCtx(t, night), message(c, { kind: 'transactional', template: 'complaint_progress' }))
    expect(transactional.status).toBe('sent')

    // at 08:59 it is still held; at 09:00 it goes
    expect(await deliverMessage(coreCtx(t, at('2031-03-11', '08:59')), await get(marketing._id))).toMatchObject({ status: 'queued' })
    expect((await wxDelivered(t, c.token)).map((m) => m.templateId)).toEqual([PROGRESS])
    expect(await deliverMessage(coreCtx(t, at('2031-03-11', '09:00')), await get(marketing._id))).toMatchObject({ status: 'sent' })
    expect((await wxDelivered(t, c.token)).map((m) => m.templateId).sort()).toEqual([OFFER, PROGRESS].sort())
  })

  it('a marketing message found due during quiet hours is moved to the morning, not sent', async () => {
    const c = await customer()
    await acceptNotices(t, c.token, 1, OFFER)
    const queued = await enqueueMessage(coreCtx(t, at('2031-04-01', '20:50')), message(c))
    expect(queued.status).toBe('queued')
    const attempt = await attemptDelivery(coreCtx(t, at('2031-04-01', '23:30')), await get(queued._id))
    expect(attempt).toMatchObject({ acted: false, message: { status: 'queued', notBefore: at('2031-04-02', '09:00') } })
    expect((await get(queued._id)).notBefore).toEqual(at('2031-04-02', '09:00'))
    expect(await wxDelivered(t, c.token)).toEqual([])
  })

  it('one marketing message per customer per 7 days; transactional messages are exempt', async () => {
    const c = await customer()
    await acceptNotices(t, c.token, 3, OFFER)
    await acceptNotices(t, c.token, 2, PROGRESS)
    const day0 = at('2031-05-01', '10:00')
    expect((await enqueueMessage(coreCtx(t, day0), message(c))).status).toBe('queued')
    const first = (await t.db.collection('messages').where({ openid: c.openid }).get()).data[0]
    expect((await deliverMessage(coreCtx(t, day0), first)).status).toBe('sent')

    const day3 = at('2031-05-04', '10:00')
    const second = await enqueueMessage(coreCtx(t, day3), message(c))
    expect(second).toMatchObject({ status: 'suppressed', reason: expect.stringContaining('7 天内') })
    const transactional = await enqueueMessage(coreCtx(t, day3), message(c, { kind: 'transactional', template: 'complaint_progress' }))
    expect(transactional.status).toBe('sent')

    const day8 = at('2031-05-09', '10:00')
    const third = await enqueueMessage(coreCtx(t, day8), message(c))
    expect((await deliverMessage(coreCtx(t, day8), third)).status).toBe('sent')
    expect((await wxDelivered(t, c.token)).filter((m) => m.templateId === OFFER)).toHaveLength(2)
  })

  it('two marketing messages held overnight: in the morning one is sent and the other suppressed', async () => {
    const c = await customer()
    await acceptNotices(t, c.token, 2, OFFER)
    const night = at('2031-06-01', '23:00')
    const a = await enqueueMessage(coreCtx(t, night), message(c))
    const b = await enqueueMessage(coreCtx(t, night), message(c))
    const morning = at('2031-06-02', '09:05')
    const [ra, rb] = await Promise.all([deliverMessage(coreCtx(t, morning), await get(a._id)), deliverMessage(coreCtx(t, morning), await get(b._id))])
    expect([ra.status, rb.status].sort()).toEqual(['sent', 'suppressed'])
    expect(await wxDelivered(t, c.token)).toHaveLength(1)
    // the acceptance the suppressed one did not use is still there
    expect((await getDoc(t, 'subscriptions', `${c.openid}:${OFFER}`)).count).toBe(1)
  })
})

describe('the push timer', () => {
  it('delivers what is due, once: a second run and two runs at once send nothing again', async () => {
    const c = await customer()
    await acceptNotices(t, c.token, 5, PROGRESS)
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      ids.push((await enqueueMessage(coreCtx(t), message(c, { kind: 'transactional', template: 'complaint_progress', deliverNow: false })))._id)
    }
    const [x, y] = await Promise.all([runTimer(), runTimer()])
    expect(x.sent + y.sent).toBe(3)
    expect(await wxDelivered(t, c.token)).toHaveLength(3)
    for (const id of ids) expect(await get(id)).toMatchObject({ status: 'sent', sentAt: expect.any(Date) })
    const again = await runTimer()
    expect(again.sent).toBe(0)
    expect(await wxDelivered(t, c.token)).toHaveLength(3)
    expect((await getDoc(t, 'subscriptions', `${c.openid}:${PROGRESS}`)).count).toBe(2)
  })

  it('without an acceptance a message ends no_quota, WeChat is never asked', async () => {
    const c = await customer()
    const m = await enqueueMessage(coreCtx(t), message(c, { kind: 'transactional', template: 'complaint_progress', deliverNow: false }))
    await runTimer()
    expect(await get(m._id)).toMatchObject({ status: 'no_quota', result: null })
    expect(await wxDelivered(t, c.token)).toEqual([])
  })

  it('killed halfway: a message left in sending is failed after 5 minutes and never resent; a fresh claim is left alone', async () => {
    const c = await customer()
    await acceptNotices(t, c.token, 3, PROGRESS)
    const stuck = await enqueueMessage(coreCtx(t), message(c, { kind: 'transactional', template: 'complaint_progress', deliverNow: false }))
    const fresh = await enqueueMessage(coreCtx(t), message(c, { kind: 'transactional', template: 'complaint_progress', deliverNow: false }))
    // a run claimed both, spent an acceptance for the first, and died
    await t.db.collection('messages').doc(stuck._id).update({ status: 'sending', claimId: 'dead-run', claimedAt: new Date(Date.now() - 6 * 60_000) })
    await t.db.collection('messages').doc(fresh._id).update({ status: 'sending', claimId: 'live-run', claimedAt: new Date(Date.now() - 60_000) })

    const r = await runTimer()
    expect(r.stuckFailed).toBe(1)
    expect(await get(stuck._id)).toMatchObject({ status: 'failed', reason: expect.stringContaining('不再重发') })
    expect(await get(fresh._id)).toMatchObject({ status: 'sending', claimId: 'live-run' })
    await runTimer()
    expect((await get(stuck._id)).status).toBe('failed')
    expect(await wxDelivered(t, c.token)).toEqual([])
    // a late delivery attempt of a failed message does nothing
    expect(await attemptDelivery(coreCtx(t), await get(stuck._id))).toMatchObject({ acted: false, message: { status: 'failed' } })
    expect(await wxDelivered(t, c.token)).toEqual([])
  })

  it('two deliveries of one queued message at once send it exactly once', async () => {
    const c = await customer()
    await acceptNotices(t, c.token, 2, PROGRESS)
    const m = await enqueueMessage(coreCtx(t), message(c, { kind: 'transactional', template: 'complaint_progress', deliverNow: false }))
    const results = await Promise.all([attemptDelivery(coreCtx(t), m), attemptDelivery(coreCtx(t), m), attemptDelivery(coreCtx(t), m)])
    expect(results.filter((r) => r.acted)).toHaveLength(1)
    expect(await wxDelivered(t, c.token)).toHaveLength(1)
    expect((await getDoc(t, 'subscriptions', `${c.openid}:${PROGRESS}`)).count).toBe(1)
  })

  it('a household with no customer file gets no marketing', async () => {
    const { openid } = await localLogin(t, 'household')
    const m = await enqueueMessage(coreCtx(t), message({ openid }))
    expect(m).toMatchObject({ status: 'suppressed', reason: expect.stringContaining('客户档案') })
  })
})

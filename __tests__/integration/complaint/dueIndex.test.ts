// Every write through core/complaints stamps the work order's next due instant (sla.nextDueAt, what the sla-watch
// reads) and its queue rank (the desk's order) from the state it writes: filed, answered, paused, resumed, reassessed,
// resolved, reopened, closed.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { okFn } from '../../helpers/api'
import { getDoc } from '../../helpers/desk'
import { AGENT, complaintInput, coreCtx, householdWithOrder } from '../../helpers/complaints'
import { applyAction, loadWorkOrder } from '../../../cloudfunctions/core/complaints'

jest.setTimeout(120_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

const act = async (id: string, action: any, actor: any, payload: any = {}) =>
  (await applyAction(coreCtx(t), await loadWorkOrder(coreCtx(t), id), action, actor, payload)).workOrder

const stored = async (id: string) => {
  const wo = await getDoc(t, 'complaints', id)
  return { wo, due: wo.sla.nextDueAt as Date | null, tier: (wo.queueRank as string).slice(0, 1) }
}

it('follows the clocks through the life of a work order', async () => {
  const h = await householdWithOrder(t)
  const household = { kind: 'household', id: h.customerId }
  const { id } = await okFn(t, 'complaint', 'create', complaintInput(h), h.token)
  let s = await stored(id)
  expect(s.due).toEqual(s.wo.sla.firstResponseDue)
  expect(s.tier).toBe('1')

  // answered: the resolution clock is the one to watch
  await act(id, 'reply', AGENT, { text: '您好，我们马上核实' })
  s = await stored(id)
  expect(s.due).toEqual(s.wo.sla.resolveDue)
  const lowResolution = s.due!.getTime()

  // a higher severity shortens the resolution deadline (low 72 -> medium 48 business hours)
  await act(id, 'assess', AGENT, { severity: 'medium' })
  s = await stored(id)
  expect(s.due!.getTime()).toBeLessThan(lowResolution)
  expect(s.due).toEqual(s.wo.sla.resolveDue)

  // waiting on the household: no due instant, and the queue puts it with the waiting ones
  await act(id, 'pause_sla', AGENT, { text: '请客户补充照片' })
  s = await stored(id)
  expect(s.due).toBeNull()
  expect(s.tier).toBe('2')

  // the household answers: the clock runs again, its deadline moved by the paused business time
  await act(id, 'reply', household, { text: '照片已补充' })
  s = await stored(id)
  expect(s.due).toEqual(s.wo.sla.resolveDue)
  expect(s.tier).toBe('1')

  // a proposed resolution stops the last clock
  await act(id, 'start_investigation', AGENT)
  await act(id, 'start_resolving', AGENT)
  await act(id, 'propose_resolution', AGENT, { text: '安排阿姨免费返工' })
  s = await stored(id)
  expect(s.due).toBeNull()

  // rejected: the resolution clock runs again
  await okFn(t, 'complaint', 'confirm', { complaintId: id, satisfied: false, reason: '返工时间太晚' }, h.token)
  s = await stored(id)
  expect(s.due).toEqual(s.wo.sla.resolveDue)

  // accepted and closed: nothing to watch, and last in the queue's order
  await act(id, 'start_resolving', AGENT)
  await act(id, 'propose_resolution', AGENT, { text: '改到周末上门返工' })
  await okFn(t, 'complaint', 'confirm', { complaintId: id, satisfied: true, rating: 5 }, h.token)
  s = await stored(id)
  expect(s.wo.step).toBe('closed')
  expect(s.due).toBeNull()
  expect(s.tier).toBe('3')
})

// Rescheduling a dispatched order: the household's request holds the new slot; staff approve (core applyReschedule,
// what admin orders.approveReschedule calls) or reject it (rejectReschedule); cancelling withdraws it. And the 4 h
// cutoff after which the household has to contact staff.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn } from '../../helpers/api'
import { getDoc, seedCleaner, seedOrder, snapshot } from '../../helpers/desk'
import { bookingInput, dayAhead, household, seedService, type Household } from '../../helpers/seed'
import type { ServiceDoc } from '../../../cloudfunctions/core/data/services'
import type { OrderView } from '../../../cloudfunctions/core/contract/api/booking'
import { applyReschedule, rejectReschedule } from '../../../cloudfunctions/core/orders/reschedule'
import { dispatchOrder } from '../../../cloudfunctions/core/orders/dispatch'
import { RESCHEDULE_PENDING_MESSAGE } from '../../../cloudfunctions/core/rules/reschedule'

jest.setTimeout(30_000)

let t: TestCloud
let service: ServiceDoc
let h: Household
let cleaners: any[]
const staff = { kind: 'staff' as const, id: 'staff-1', name: '客服小李' }

beforeAll(async () => {
  t = await startTestCloud()
  service = await seedService(t)
  cleaners = []
  for (let i = 0; i < 2; i++) cleaners.push(await seedCleaner(t, { skills: ['daily_cleaning'] }))
  h = await household(t)
})
afterAll(async () => { await t?.close() })

const ctx = () => ({ db: t.db, now: new Date() })
const booked = async (key: string) => (await getDoc(t, 'slot_counters', key))?.booked ?? 0
const key = (date: string, window: string) => `daily_cleaning:${date}:${window}`

/** A booked order, then dispatched to cleaner 0 (the admin function's part, set directly). */
async function dispatchedOrder(date: string, window = 'morning', cleaner = cleaners[0]): Promise<OrderView> {
  const order: OrderView = await okFn(t, 'booking', 'create', bookingInput(h, service, { date, window }), h.token)
  await t.db.collection('orders').doc(order.id).update({ status: 'dispatched', cleanerId: cleaner._id })
  return order
}

async function requestMove(order: OrderView, date: string, window: string): Promise<OrderView> {
  return okFn(t, 'booking', 'reschedule', { orderId: order.id, date, window, reason: '家里临时有事' }, h.token)
}

test('a dispatched order gets a pending request that holds the new slot; one at a time', async () => {
  const order = await dispatchedOrder(dayAhead(3))
  const view = await requestMove(order, dayAhead(4), 'afternoon')
  expect(view).toMatchObject({ status: 'dispatched', date: dayAhead(3), window: 'morning', reschedulePending: true, allowed: { reschedule: false, cancel: true } })
  expect(view.changeRefusal).toBe(RESCHEDULE_PENDING_MESSAGE)
  expect(view.reschedules).toEqual([expect.objectContaining({ status: 'pending', statusLabel: '待客服确认', decidedAt: null })])
  expect(view.timeline.map((e) => e.type)).toEqual(['created', 'reschedule_requested'])
  expect(await booked(key(dayAhead(3), 'morning'))).toBe(1)
  expect(await booked(key(dayAhead(4), 'afternoon'))).toBe(1)
  const stored = await getDoc(t, 'orders', order.id)
  expect(stored.reschedules[0]).toMatchObject({ status: 'pending', slotKey: key(dayAhead(4), 'afternoon'), from: { date: dayAhead(3), window: 'morning' }, to: { date: dayAhead(4), window: 'afternoon' } })

  const before = await snapshot(t, ['orders', 'slot_counters', 'customers'])
  const second = await callFn(t, 'booking', 'reschedule', { orderId: order.id, date: dayAhead(5), window: 'evening', reason: '再改一次' }, h.token)
  expect(second.error).toMatchObject({ code: 'FAILED_PRECONDITION', message: RESCHEDULE_PENDING_MESSAGE })
  expect(await snapshot(t, ['orders', 'slot_counters', 'customers'])).toBe(before)
})

test('staff approve: the order moves, the cleaner stays when free, the old slot is given back', async () => {
  const order = await dispatchedOrder(dayAhead(5))
  await requestMove(order, dayAhead(6), 'evening')
  const stored = await getDoc(t, 'orders', order.id)
  const versionBefore = (await getDoc(t, 'cleaners', cleaners[0]._id)).scheduleVersion

  expect(await applyReschedule(ctx(), stored, stored.reschedules[0], { by: staff })).toEqual({ cleanerKept: true })
  const after = await getDoc(t, 'orders', order.id)
  expect(after).toMatchObject({ status: 'dispatched', cleanerId: cleaners[0]._id, date: dayAhead(6), window: 'evening', slotKey: key(dayAhead(6), 'evening') })
  expect(after.reschedules[0]).toMatchObject({ status: 'approved', decidedBy: staff })
  expect(after.timeline.map((e: any) => e.type)).toEqual(['created', 'reschedule_requested', 'reschedule_approved'])
  expect(await booked(key(dayAhead(5), 'morning'))).toBe(0)
  expect(await booked(key(dayAhead(6), 'evening'))).toBe(1)
  expect((await getDoc(t, 'cleaners', cleaners[0]._id)).scheduleVersion).toBe(versionBefore + 1)

  // deciding it again is refused, and changes nothing
  await expect(applyReschedule(ctx(), after, after.reschedules[0], { by: staff })).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' })
  await expect(rejectReschedule(ctx(), after, after.reschedules[0], { by: staff })).rejects.toMatchObject({ code: 'FAILED_PRECONDITION' })
})

test('staff approve when the cleaner is busy at the new time: the order goes back to pending dispatch', async () => {
  const order = await dispatchedOrder(dayAhead(7), 'morning', cleaners[1])
  const busy = await seedOrder(t, { date: dayAhead(8), window: 'afternoon', status: 'dispatched', cleanerId: cleaners[1]._id })
  await requestMove(order, dayAhead(8), 'afternoon')
  const stored = await getDoc(t, 'orders', order.id)
  expect(await applyReschedule(ctx(), stored, stored.reschedules[0], { by: staff, note: '已电话确认' })).toEqual({ cleanerKept: false })
  const after = await getDoc(t, 'orders', order.id)
  expect(after).toMatchObject({ status: 'pending_dispatch', cleanerId: null, date: dayAhead(8), window: 'afternoon' })
  expect(after.reschedules[0]).toMatchObject({ status: 'approved', note: '已电话确认' })
  expect(after.timeline.map((e: any) => e.type).slice(-2)).toEqual(['reschedule_approved', 'unassigned'])
  expect(busy.cleanerId).toBe(cleaners[1]._id)
})

test('staff reject: the held slot is given back and the order stays', async () => {
  const order = await dispatchedOrder(dayAhead(9))
  await requestMove(order, dayAhead(10), 'morning')
  const stored = await getDoc(t, 'orders', order.id)
  await rejectReschedule(ctx(), stored, stored.reschedules[0], { by: staff, note: '阿姨当天已满' })
  const after = await getDoc(t, 'orders', order.id)
  expect(after).toMatchObject({ status: 'dispatched', date: dayAhead(9), window: 'morning', slotKey: key(dayAhead(9), 'morning') })
  expect(after.reschedules[0]).toMatchObject({ status: 'rejected', note: '阿姨当天已满' })
  expect(await booked(key(dayAhead(10), 'morning'))).toBe(0)
  expect(await booked(key(dayAhead(9), 'morning'))).toBe(1)
  // and the household may ask again
  const again = await requestMove(order, dayAhead(11), 'morning')
  expect(again.reschedules.map((r) => r.status)).toEqual(['rejected', 'pending'])
})

test('cancelling with a pending request gives back both slots and withdraws the request', async () => {
  const order = await dispatchedOrder(dayAhead(12))
  await requestMove(order, dayAhead(13), 'evening')
  const view: OrderView = await okFn(t, 'booking', 'cancel', { orderId: order.id, reason: '不需要了' }, h.token)
  expect(view.status).toBe('cancelled')
  expect(view.reschedules.map((r) => r.status)).toEqual(['withdrawn'])
  expect(await booked(key(dayAhead(12), 'morning'))).toBe(0)
  expect(await booked(key(dayAhead(13), 'evening'))).toBe(0)
})

test('staff approving while the household cancels: one of them wins, no unit is given back twice', async () => {
  const order = await dispatchedOrder(dayAhead(3), 'evening')
  await requestMove(order, dayAhead(4), 'evening')
  const stored = await getDoc(t, 'orders', order.id)
  const [approve, cancel] = await Promise.allSettled([
    applyReschedule(ctx(), stored, stored.reschedules[0], { by: staff }),
    callFn(t, 'booking', 'cancel', { orderId: order.id, reason: '不需要了' }, h.token)
  ])
  const after = await getDoc(t, 'orders', order.id)
  const oldUnits = await booked(key(dayAhead(3), 'evening'))
  const newUnits = await booked(key(dayAhead(4), 'evening'))
  if (after.status === 'cancelled') {
    expect(cancel.status === 'fulfilled' && cancel.value.ok).toBe(true)
    expect([oldUnits, newUnits]).toEqual([0, 0])
  } else {
    expect(approve.status).toBe('fulfilled')
    expect(cancel.status === 'fulfilled' && cancel.value.error?.code).toBe('CONFLICT')
    expect([oldUnits, newUnits]).toEqual([0, 1])
  }
})

test('approving (cleaner kept) while staff dispatch her to an overlapping order at once: she never gets both', async () => {
  const cleaner = await seedCleaner(t, { skills: ['daily_cleaning'] })
  const order = await dispatchedOrder(dayAhead(10), 'evening', cleaner)
  await requestMove(order, dayAhead(12), 'morning')
  const other = await okFn(t, 'booking', 'create', bookingInput(h, service, { date: dayAhead(12), window: 'morning' }), h.token)
  const stored = await getDoc(t, 'orders', order.id)
  const [approve, dispatch] = await Promise.allSettled([
    applyReschedule(ctx(), stored, stored.reschedules[0], { by: staff }),
    dispatchOrder(ctx(), other.id, cleaner._id, { _id: 'staff-2', name: '客服小王' }, { status: 'pending_dispatch', cleanerId: null })
  ])
  const mine = await getDoc(t, 'orders', order.id)
  const theirs = await getDoc(t, 'orders', other.id)
  expect(mine.date).toBe(dayAhead(12)) // the reschedule itself always goes through (its slot was held)
  expect(mine.cleanerId === cleaner._id && theirs.cleanerId === cleaner._id).toBe(false)
  if (theirs.cleanerId === cleaner._id) {
    // the dispatch came first: the approval found her busy and released the order for dispatch
    expect(approve).toMatchObject({ status: 'fulfilled', value: { cleanerKept: false } })
    expect(mine).toMatchObject({ status: 'pending_dispatch', cleanerId: null })
  } else {
    expect(approve).toMatchObject({ status: 'fulfilled', value: { cleanerKept: true } })
    expect(dispatch.status).toBe('rejected')
  }
})

test('a reschedule into a full window is CONFLICT and changes nothing', async () => {
  const date = dayAhead(11)
  const filler = await household(t)
  const board = await okFn(t, 'booking', 'slots', { serviceId: service._id }, filler.token)
  const { remaining } = board.days.find((d: any) => d.date === date).windows.find((x: any) => x.window === 'afternoon')
  expect(remaining).toBeGreaterThan(0)
  for (let i = 0; i < remaining; i++) expect((await callFn(t, 'booking', 'create', bookingInput(filler, service, { date, window: 'afternoon' }), filler.token)).ok).toBe(true)
  const order: OrderView = await okFn(t, 'booking', 'create', bookingInput(h, service, { date: dayAhead(12), window: 'afternoon' }), h.token)
  const before = await snapshot(t, ['orders', 'slot_counters', 'customers'])
  const r = await callFn(t, 'booking', 'reschedule', { orderId: order.id, date, window: 'afternoon', reason: '想换到那天' }, h.token)
  expect(r.error).toMatchObject({ code: 'CONFLICT', message: '该时段已约满，请选择其他时间' })
  expect(await snapshot(t, ['orders', 'slot_counters', 'customers'])).toBe(before)
})

test('within 4 hours of the start the household is told to contact staff', async () => {
  const order: OrderView = await okFn(t, 'booking', 'create', bookingInput(h, service, { date: dayAhead(13) }), h.token)
  await t.db.collection('orders').doc(order.id).update({ start: new Date(Date.now() + 3 * 3600_000) })
  const detail: OrderView = await okFn(t, 'booking', 'detail', { orderId: order.id }, h.token)
  expect(detail).toMatchObject({ allowed: { cancel: false, reschedule: false, contactStaff: true }, changeRefusal: '距服务开始不足4小时，无法自助取消，请联系客服' })
  const before = await snapshot(t, ['orders', 'slot_counters', 'customers'])
  const cancel = await callFn(t, 'booking', 'cancel', { orderId: order.id, reason: '临时有事' }, h.token)
  expect(cancel.error).toEqual({ code: 'FAILED_PRECONDITION', message: '距服务开始不足4小时，无法自助取消，请联系客服', details: { contactStaff: true } })
  const move = await callFn(t, 'booking', 'reschedule', { orderId: order.id, date: dayAhead(13), window: 'evening', reason: '临时有事' }, h.token)
  expect(move.error).toMatchObject({ code: 'FAILED_PRECONDITION', message: '距服务开始不足4小时，无法自助改约，请联系客服', details: { contactStaff: true } })
  expect(await snapshot(t, ['orders', 'slot_counters', 'customers'])).toBe(before)
})

// The household's whole booking journey through the gateway, as the H5 app makes it: profile and address, catalogue,
// slots, quote, create, list with paging, detail (with photos), reschedule, cancel, and confirming a finished service.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, localLogin, okFn, uploadPhoto } from '../../helpers/api'
import { seedCleaner, getDoc } from '../../helpers/desk'
import { ADDRESS, bookingInput, dayAhead, DEEP_CLEAN, newRequestKey, seedService } from '../../helpers/seed'
import type { ServiceDoc } from '../../../cloudfunctions/core/data/services'
import type { CatalogView, OrderView, SlotsView } from '../../../cloudfunctions/core/contract/api/booking'

jest.setTimeout(30_000)

let t: TestCloud
let hourly: ServiceDoc

beforeAll(async () => {
  t = await startTestCloud()
  hourly = await seedService(t)
  await seedService(t, DEEP_CLEAN)
  await seedService(t, { name: '已下架的服务', active: false })
  for (let i = 0; i < 3; i++) await seedCleaner(t, { skills: ['daily_cleaning'] })
  await seedCleaner(t, { skills: ['deep_cleaning'], leave: [{ from: dayAhead(4), to: dayAhead(4) }] })
})
afterAll(async () => { await t?.close() })

const counter = async (key: string) => (await getDoc(t, 'slot_counters', key))?.booked ?? 0

test('a household books, follows, reschedules, cancels and confirms its orders', async () => {
  const { token, openid } = await localLogin(t, 'household')

  // profile and address
  expect((await okFn(t, 'user', 'me', {}, token)).name).toBe('')
  const profile = await okFn(t, 'user', 'updateProfile', { name: '张女士', phone: '138 1234 5678', family: { pets: true, notes: '猫咪怕生，请关好门' } }, token)
  expect(profile).toMatchObject({ name: '张女士', phoneMasked: '138****5678', family: { elderly: false, children: false, pets: true, notes: '猫咪怕生，请关好门' } })
  const [address] = await okFn(t, 'user', 'addresses', { op: 'add', address: ADDRESS }, token)
  expect(address).toMatchObject({ contactName: '张女士', phoneMasked: '138****5678', isDefault: true })
  const h = { token, openid, addressId: address.id }

  // catalogue: active services only, grouped in catalogue order, empty categories left out
  const catalog: CatalogView = await okFn(t, 'booking', 'catalog', {}, token)
  expect(catalog.categories.map((c) => c.id)).toEqual(['daily_cleaning', 'deep_cleaning'])
  const [hourlyView] = catalog.categories[0].services
  expect(hourlyView).toMatchObject({
    id: hourly._id, categoryLabel: '日常保洁', unit: 'hour', unitLabel: '小时', priceFen: 4500, priceDisplay: '¥45.00/小时',
    durationMin: 0, quantity: { min: 2, max: 8, default: 3 }
  })
  expect(catalog.categories[1].services[0]).toMatchObject({ name: '全屋深度保洁', durationMin: 360, premium: true, quantity: { min: 1, max: 10, default: 1 } })

  // slots: 14 days x 3 windows, capacity from the cleaners
  const slots: SlotsView = await okFn(t, 'booking', 'slots', { serviceId: hourly._id }, token)
  expect(slots.days).toHaveLength(14)
  const day3 = slots.days.find((d) => d.date === dayAhead(3))!
  expect(day3.windows.map((w) => [w.window, w.remaining, w.bookable])).toEqual([['morning', 3, true], ['afternoon', 3, true], ['evening', 3, true]])
  expect(day3.windows[0].label).toBe('上午 08:00-12:00')
  expect(slots.days[0].label).toMatch(/^今天 \d+月\d+日$/)
  const deepId = catalog.categories[1].services[0].id
  const deepSlots: SlotsView = await okFn(t, 'booking', 'slots', { serviceId: deepId }, token)
  const onLeave = deepSlots.days.find((d) => d.date === dayAhead(4))!.windows[0]
  expect(onLeave).toMatchObject({ remaining: 0, bookable: false })
  expect(onLeave.reason).toMatch(/暂无可预约/)

  // quote
  expect(await okFn(t, 'booking', 'quote', { serviceId: hourly._id, quantity: 3 }, token)).toEqual({ priceFen: { base: 13500, discount: 0, payable: 13500 }, display: '¥135.00' })

  // create
  const order: OrderView = await okFn(t, 'booking', 'create', bookingInput(h, hourly, { requests: '重点打扫厨房', familyNotes: { children: true } }), token)
  expect(order).toMatchObject({
    status: 'pending_dispatch', statusLabel: '待派单', quantity: 3, quantityLabel: '3小时', date: dayAhead(3), window: 'morning',
    priceFen: { base: 13500, discount: 0, payable: 13500 }, priceDisplay: '¥135.00', requests: '重点打扫厨房',
    familyNotes: { elderly: false, children: true, pets: true, notes: '猫咪怕生，请关好门' },
    address: { contactName: '张女士', phoneMasked: '138****5678', city: '上海市', district: '浦东新区', detail: ADDRESS.detail },
    area: '上海市浦东新区', cleaner: null, photos: { before: [], after: [] },
    allowed: { complain: false, cancel: true, reschedule: true, confirm: false, rebook: false, contactStaff: false }
  })
  expect(order.orderNo).toMatch(/^JZ\d{14}$/)
  expect(new Date(order.end).getTime() - new Date(order.start).getTime()).toBe(3 * 3600_000)
  expect(order.timeline.map((e) => e.label)).toEqual(['提交预约'])
  const stored = await getDoc(t, 'orders', order.id)
  expect(JSON.stringify(stored)).not.toContain('13812345678')
  expect(stored.contact.phoneEnc).toMatch(/^v2:[0-9a-f]{8}:/)
  expect(await counter(stored.slotKey)).toBe(1)
  expect((await okFn(t, 'user', 'me', {}, token)).orderCount).toBe(1)
  const after: SlotsView = await okFn(t, 'booking', 'slots', { serviceId: hourly._id }, token)
  expect(after.days.find((d) => d.date === dayAhead(3))!.windows[0].remaining).toBe(2)

  // four more orders, then page through all five, newest first
  const more: OrderView[] = []
  for (let i = 4; i <= 7; i++) more.push(await okFn(t, 'booking', 'create', bookingInput(h, hourly, { date: dayAhead(i), window: 'afternoon' }), token))
  const seen: string[] = []
  let cursor: string | null = null
  do {
    const page: any = await okFn(t, 'booking', 'list', { limit: 2, ...(cursor ? { cursor } : {}) }, token)
    expect(page.list.length).toBeLessThanOrEqual(2)
    seen.push(...page.list.map((o: any) => o.id))
    cursor = page.nextCursor
  } while (cursor)
  expect(seen).toEqual([...more.map((o) => o.id).reverse(), order.id])

  // detail, with the cleaner's photos as temporary URLs
  const photo = await uploadPhoto(t, token)
  await t.db.collection('orders').doc(more[0].id).update({ photos: { before: [photo], after: [] } })
  const detail: OrderView = await okFn(t, 'booking', 'detail', { orderId: more[0].id }, token)
  expect(detail.photos.before).toEqual([{ fileID: photo, url: expect.stringContaining('/_storage/files/') }])
  expect((await fetch(detail.photos.before[0].url)).status).toBe(200)

  // reschedule before dispatch: the order moves at once, the old slot is given back
  const moved: OrderView = await okFn(t, 'booking', 'reschedule', { orderId: order.id, date: dayAhead(5), window: 'evening', reason: '那天要出差' }, token)
  expect(moved).toMatchObject({ date: dayAhead(5), window: 'evening', reschedulePending: false })
  expect(moved.reschedules).toEqual([expect.objectContaining({ status: 'applied', statusLabel: '已改约', reason: '那天要出差', from: expect.objectContaining({ date: dayAhead(3), window: 'morning' }), to: expect.objectContaining({ date: dayAhead(5), window: 'evening' }) })])
  expect(moved.timeline.map((e) => e.type)).toEqual(['created', 'rescheduled'])
  expect(await counter(stored.slotKey)).toBe(0)
  expect(await counter(`daily_cleaning:${dayAhead(5)}:evening`)).toBe(1)

  // cancel: slot given back, the customer file no longer counts it
  const cancelled: OrderView = await okFn(t, 'booking', 'cancel', { orderId: order.id, reason: '计划有变' }, token)
  expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '计划有变' })
  // a cancelled order: nothing to change or complain about, but the same service can be booked again
  expect(cancelled.allowed).toEqual({ complain: false, cancel: false, reschedule: false, confirm: false, rebook: true, contactStaff: false })
  expect(await counter(`daily_cleaning:${dayAhead(5)}:evening`)).toBe(0)
  expect((await okFn(t, 'user', 'me', {}, token)).orderCount).toBe(4)
  expect((await okFn(t, 'booking', 'list', { status: 'cancelled' }, token)).list.map((o: any) => o.id)).toEqual([order.id])
  expect((await okFn(t, 'booking', 'list', { status: 'active' }, token)).list).toHaveLength(4)

  // the cleaner finished (set directly: the cleaner function's part); the household confirms
  const done = more[1]
  await t.db.collection('orders').doc(done.id).update({ status: 'awaiting_confirmation', checkOut: { at: new Date(), note: '' } })
  const confirmed: OrderView = await okFn(t, 'booking', 'confirmDone', { orderId: done.id }, token)
  expect(confirmed).toMatchObject({ status: 'completed', allowed: { confirm: false, complain: true, rebook: true } })
  expect(confirmed.confirmedAt).not.toBeNull()
  expect(confirmed.timeline.map((e) => e.label)).toEqual(['提交预约', '已确认完成'])
  const file = (await t.db.collection('customers').where({ openid }).get()).data[0]
  expect(file).toMatchObject({ completedCount: 1, stage: 'new' })
  const again = await callFn(t, 'booking', 'confirmDone', { orderId: done.id }, token)
  expect(again.error).toMatchObject({ code: 'FAILED_PRECONDITION', message: '订单当前为「已完成」，不能确认完成' })
  expect((await okFn(t, 'booking', 'list', { status: 'completed' }, token)).list.map((o: any) => o.id)).toEqual([done.id])
})

test('the same requestKey sent again returns the same order', async () => {
  const { token } = await localLogin(t, 'household')
  const [address] = await okFn(t, 'user', 'addresses', { op: 'add', address: ADDRESS }, token)
  const input = bookingInput({ token, openid: '', addressId: address.id }, hourly, { date: dayAhead(8), requestKey: newRequestKey() })
  const first = await okFn(t, 'booking', 'create', input, token)
  const second = await okFn(t, 'booking', 'create', input, token)
  expect(second.id).toBe(first.id)
  expect(await counter(`daily_cleaning:${dayAhead(8)}:morning`)).toBe(1)
})

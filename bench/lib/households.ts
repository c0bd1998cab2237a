// Data for the booking benchmark (bench/index.ts), made the way the product makes it: the demo seed and extra
// cleaners through the SDK with the seed's own helpers, households through the gateway (local sign-in +
// user.addresses add), one real booking.create per reading household. Only the order history that list/detail read
// is written straight into the store: copies of that household's real order with dates, statuses and cleaners
// varied, so a household has ~100 orders without 100 bookings through the slot counters.
import crypto from 'node:crypto'
import { createCleaner } from '../../cloudfunctions/core/cleaners/accounts'
import type { ServiceCategoryId } from '../../cloudfunctions/core/contract/catalog'
import type { TimeWindowId } from '../../cloudfunctions/core/contract/order'
import type { OrderDoc } from '../../cloudfunctions/core/orders/orderDoc'
import { bookableDates, bookingRefusal } from '../../cloudfunctions/core/rules/bookingPolicy'
import { orderNumber } from '../../cloudfunctions/core/rules/orderNo'
import { addDays, shanghaiDate, HOUR_MS, MINUTE_MS } from '../../cloudfunctions/core/rules/time'
import { windowStart } from '../../cloudfunctions/core/rules/windows'
import { newId } from '../../local/engine/ejson'
import type { GatewayClient } from './gateway'

/** The categories booked (cleaning work: the extra cleaners have all four skills). */
export const BENCH_CATEGORIES: ServiceCategoryId[] = ['daily_cleaning', 'deep_cleaning', 'disinfection', 'appliance_cleaning']
const WINDOWS: TimeWindowId[] = ['morning', 'afternoon', 'evening']

export const ADDRESS = { contactName: '张女士', phone: '13812345678', city: '上海市', district: '浦东新区', detail: '世纪大道100号 8栋1203' }
/** What the booking page sends when the household did not change its family situation (src/pages/book). */
export const FAMILY = { elderly: true, children: false, pets: true, notes: '猫咪怕生，请关好门' }

export interface Household { token: string; openid: string; addressId: string }

export interface Slot { date: string; window: TimeWindowId }

export interface BookableService { id: string; category: ServiceCategoryId; name: string; quantity: number }

/** Extra cleaners with every benchmark skill, through createCleaner (as the seed and admin cleaners.create do). */
export async function seedCleaners(db: any, n: number): Promise<void> {
  const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
  for (let i = 0; i < n; i++) {
    await createCleaner(db, {
      name: `${surnames[i % surnames.length]}阿姨${i + 1}`,
      phone: `139${String(10_000_000 + i).slice(-8)}`,
      skills: BENCH_CATEGORIES,
      grade: (['regular', 'silver', 'gold'] as const)[i % 3]
    }, new Date())
  }
}

/** Active cleaners with the skill: a slot's capacity (no leave in this data). */
export async function capacityOf(db: any, category: ServiceCategoryId): Promise<number> {
  return (await db.collection('cleaners').where({ active: true, skills: category }).count()).total
}

/** A signed-in household with one saved (default) address, through the gateway as the H5 app does it. */
export async function household(gw: GatewayClient): Promise<Household> {
  const { token, openid } = await gw.login('household')
  const list = await gw.ok<any[]>('user', 'addresses', { op: 'add', address: ADDRESS }, token)
  return { token, openid, addressId: list[0].id }
}

/** The first service of each benchmark category, from booking.catalog, with its default quantity. */
export async function bookableServices(gw: GatewayClient, token: string): Promise<BookableService[]> {
  const cat = await gw.ok<any>('booking', 'catalog', {}, token)
  const out: BookableService[] = []
  for (const c of cat.categories) {
    if (!BENCH_CATEGORIES.includes(c.id) || !c.services.length) continue
    const s = c.services[0]
    out.push({ id: s.id, category: c.id, name: s.name, quantity: s.quantity.default })
  }
  return out
}

/** Every (date, window) of the 14-day horizon still bookable `marginMin` minutes from now. */
export function bookableSlots(now: Date, marginMin = 15): Slot[] {
  const later = new Date(now.getTime() + marginMin * MINUTE_MS)
  const out: Slot[] = []
  for (const date of bookableDates(now)) {
    for (const window of WINDOWS) if (!bookingRefusal(date, window, later)) out.push({ date, window })
  }
  return out
}

/** A distinct idempotency key shaped like the H5 app's (src/api/requestKey.ts), with a serial for certainty. */
export function requestKey(serial: number): string {
  return `bk-${Date.now().toString(36)}-${crypto.randomBytes(6).toString('hex')}-${serial}`
}

export function createInput(h: Household, s: BookableService, slot: Slot, serial: number): Record<string, unknown> {
  return {
    serviceId: s.id, quantity: s.quantity, date: slot.date, window: slot.window, addressId: h.addressId,
    requests: '请重点打扫厨房和卫生间', familyNotes: FAMILY, requestKey: requestKey(serial)
  }
}

let historySerial = 0

/**
 * `n` past and upcoming orders copied from `real` (an order booking.create wrote): created every 6 hours going back
 * from now, each for a date 3 days after it was booked. Past ones are mostly completed (dispatched, checked in and
 * out, confirmed: five timeline entries), every tenth cancelled; upcoming ones alternate pending dispatch and
 * dispatched. Order numbers use past dates with a running serial, so they never clash with today's real ones.
 */
export function historyOrders(real: OrderDoc, n: number, now: Date, cleaners: { _id: string; name: string }[]): OrderDoc[] {
  const out: OrderDoc[] = []
  const length = new Date(real.end).getTime() - new Date(real.start).getTime()
  const household = { kind: 'household' as const, id: real.customerId }
  for (let k = 0; k < n; k++) {
    const createdAt = new Date(now.getTime() - (k + 1) * 6 * HOUR_MS)
    const window = WINDOWS[k % 3]
    const date = addDays(shanghaiDate(createdAt), 3)
    const start = windowStart(date, window)
    const end = new Date(start.getTime() + length)
    const cleaner = cleaners[(k * 7) % cleaners.length]
    const byStaff = { kind: 'staff' as const, id: 'bench-staff', name: '客服小周' }
    const byCleaner = { kind: 'cleaner' as const, id: cleaner._id, name: cleaner.name }
    const created = { at: createdAt, type: 'created', by: household }
    const dispatched = { at: new Date(createdAt.getTime() + 2 * HOUR_MS), type: 'dispatched', by: byStaff, note: `阿姨：${cleaner.name}` }
    const base: OrderDoc = {
      ...real,
      _id: newId(),
      orderNo: orderNumber(createdAt, historySerial++ % 1_000_000),
      requestKey: `bench-history-${historySerial}-${crypto.randomBytes(4).toString('hex')}`,
      date, window, start, end,
      slotKey: `${real.service.category}:${date}:${window}`,
      reschedules: [],
      photos: { before: [], after: [] },
      createdAt,
      updatedAt: createdAt
    }
    let doc: OrderDoc
    if (end.getTime() > now.getTime()) {
      doc = k % 2
        ? { ...base, status: 'dispatched', cleanerId: cleaner._id, timeline: [created, dispatched], updatedAt: dispatched.at }
        : { ...base, status: 'pending_dispatch', cleanerId: null, timeline: [created] }
    } else if (k % 10 === 9) {
      const at = new Date(createdAt.getTime() + HOUR_MS)
      doc = { ...base, status: 'cancelled', cleanerId: null, cancel: { reason: '临时有事', by: household, at }, timeline: [created, { at, type: 'cancelled', by: household, note: '临时有事' }], updatedAt: at }
    } else {
      const confirmedAt = new Date(end.getTime() + 3 * HOUR_MS)
      doc = {
        ...base,
        status: 'completed',
        cleanerId: cleaner._id,
        checkIn: { at: start },
        checkOut: { at: end, note: '已按要求完成' },
        confirmedAt,
        timeline: [
          created, dispatched,
          { at: start, type: 'checked_in', by: byCleaner },
          { at: end, type: 'checked_out', by: byCleaner, note: '已按要求完成' },
          { at: confirmedAt, type: 'completed', by: household }
        ],
        updatedAt: confirmedAt
      }
    }
    out.push(doc)
  }
  return out
}

// Test data for the staff desk, the cleaner's jobs and the timers, written straight through the SDK (t.db) the way
// the seed and booking would, so these tests do not depend on the booking function.
import crypto from 'node:crypto'
import type { TestCloud } from './localCloud'
import { callFn, localLogin, okFn } from './api'
import { createStaff } from '../../cloudfunctions/core/auth/staffAccounts'
import { createCleaner, type NewCleaner } from '../../cloudfunctions/core/cleaners/accounts'
import type { StaffRole } from '../../cloudfunctions/core/contract/staff'
import type { ServiceCategoryId } from '../../cloudfunctions/core/contract/catalog'
import type { OrderStatus, TimeWindowId } from '../../cloudfunctions/core/contract/order'
import { addDays, shanghaiDate } from '../../cloudfunctions/core/rules/time'
import { windowStart } from '../../cloudfunctions/core/rules/windows'
import { slotKey } from '../../cloudfunctions/core/rules/capacity'

export const STAFF_PASSWORD = 'desk2026pass'
const uid = () => crypto.randomBytes(5).toString('hex')

export interface StaffSession { token: string; id: string; username: string; name: string }

/** A staff account (created as the seed does) and its signed-in token. */
export async function staffSession(t: TestCloud, role: StaffRole, name = `员工${role}`): Promise<StaffSession> {
  const username = `${role}${uid()}`
  const staff = await createStaff(t.db, { username, name, role, password: STAFF_PASSWORD }, t.cloud.clock.now())
  const r = await okFn(t, 'admin', 'login', { username, password: STAFF_PASSWORD })
  return { token: r.token, id: staff._id, username, name }
}

export const ALL_SKILLS: ServiceCategoryId[] = ['daily_cleaning', 'deep_cleaning']

export async function seedCleaner(t: TestCloud, over: Partial<NewCleaner> & { active?: boolean; leave?: { from: string; to: string }[] } = {}) {
  const { active, leave, ...input } = over
  const cleaner = await createCleaner(t.db, { name: `阿姨${uid().slice(0, 4)}`, phone: '13912345678', skills: ALL_SKILLS, grade: 'regular', ...input }, t.cloud.clock.now())
  const patch: Record<string, unknown> = {}
  if (active !== undefined) patch.active = active
  if (leave) patch.leave = leave
  if (Object.keys(patch).length) await t.db.collection('cleaners').doc(cleaner._id).update(patch)
  return { ...cleaner, ...patch } as typeof cleaner
}

/** A cleaner who has redeemed her invite code: her session token and record. */
export async function boundCleaner(t: TestCloud, over: Parameters<typeof seedCleaner>[1] = {}) {
  const cleaner = await seedCleaner(t, over)
  const session = await localLogin(t, 'cleaner')
  const r = await callFn(t, 'cleaner', 'bind', { inviteCode: cleaner.inviteCode }, session.token)
  if (!r.ok) throw new Error(`bind failed: ${r.error.message}`)
  return { cleaner, token: session.token, openid: session.openid }
}

export async function seedCustomer(t: TestCloud, name = '张三'): Promise<string> {
  const now = new Date()
  const r = await t.db.collection('customers').add({
    openid: `o_test_${uid()}`, name, phoneMasked: '138****5678', addresses: [], family: { elderly: false, children: false, pets: false, notes: '' },
    stage: 'prospect', orderCount: 1, firstOrderAt: now, lastOrderAt: now, createdAt: now, updatedAt: now
  })
  return r.id
}

export interface OrderSeed {
  _id?: string
  customerId?: string
  category?: ServiceCategoryId
  /** Shanghai date and window (start = window start, end = start + hours) */
  date?: string
  window?: TimeWindowId
  hours?: number
  /** or explicit instants */
  start?: Date
  end?: Date
  status?: OrderStatus
  cleanerId?: string | null
  checkOut?: { at: Date; note?: string } | null
  checkIn?: { at: Date } | null
}

// Order numbers must be unique (a unique index): random serials collided now and then in tests that insert hundreds
// of orders, so they count up from a random start instead.
let serialSeed = crypto.randomInt(1_000_000)
const nextSerial = () => (serialSeed = (serialSeed + 1) % 1_000_000)

/** An order as booking.create stores it (core/orders/orderDoc.ts). */
export function orderDoc(s: OrderSeed = {}) {
  const now = new Date()
  const window = s.window ?? 'morning'
  const date = s.date ?? (s.start ? shanghaiDate(s.start) : addDays(shanghaiDate(now), 3))
  const start = s.start ?? windowStart(date, window)
  const end = s.end ?? new Date(start.getTime() + (s.hours ?? 3) * 3600_000)
  const category = s.category ?? 'daily_cleaning'
  const serial = String(nextSerial()).padStart(6, '0')
  return {
    ...(s._id ? { _id: s._id } : {}),
    orderNo: `JZ${date.replace(/-/g, '')}${serial}`,
    requestKey: `rk_${uid()}${uid()}`,
    customerId: s.customerId ?? 'cust-none',
    service: { id: 'svc-1', category, name: category === 'daily_cleaning' ? '日常保洁3小时' : '深度保洁', unit: 'hour', priceFen: 4500, durationMin: 0, premium: false },
    quantity: 3,
    address: { id: 'addr-1', province: '上海市', city: '上海市', district: '浦东新区', detail: '世纪大道100号 8栋1203' },
    contact: { name: '张女士', phoneEnc: 'v1:x:y:z', phoneMasked: '138****5678' },
    date, window, start, end,
    slotKey: slotKey(category, date, window),
    cleanerId: s.cleanerId ?? null,
    status: s.status ?? 'pending_dispatch',
    priceFen: { base: 13500, discount: 0, payable: 13500 },
    couponId: null,
    requests: '请重点打扫厨房',
    familyNotes: { elderly: true, children: false, pets: true, notes: '猫咪怕生，请关好门' },
    reschedules: [],
    checkIn: s.checkIn ?? null,
    checkOut: s.checkOut ?? null,
    photos: { before: [], after: [] },
    timeline: [{ at: now, type: 'created', by: { kind: 'household' } }],
    cancel: null,
    confirmedAt: null,
    createdAt: now,
    updatedAt: now
  }
}

export async function seedOrder(t: TestCloud, s: OrderSeed = {}) {
  const doc = orderDoc(s)
  const r = await t.db.collection('orders').add(doc)
  return { ...doc, _id: r.id as string }
}

export async function getDoc(t: TestCloud, coll: string, id: string): Promise<any> {
  return (await t.db.collection(coll).where({ _id: id }).get()).data[0]
}

/** Everything in these collections, to prove a refused call wrote nothing. */
export async function snapshot(t: TestCloud, colls: string[]): Promise<string> {
  const parts: unknown[] = []
  for (const c of colls) {
    const r = await t.db.collection(c).orderBy('_id', 'asc').limit(1000).get()
    parts.push(r.data)
  }
  return JSON.stringify(parts)
}

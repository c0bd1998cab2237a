// Test data for the household side (catalogue, signed-in households with an address, bookable dates), written through
// the SDK (t.db) or through the gateway the way the H5 app does. Staff and cleaner data: desk.ts.
import crypto from 'node:crypto'
import type { TestCloud } from './localCloud'
import { okFn, localLogin } from './api'
import type { ServiceDoc } from '../../cloudfunctions/core/data/services'
import { bookableDates } from '../../cloudfunctions/core/rules/bookingPolicy'

/** Hourly daily cleaning, 45 yuan an hour (as in the demo catalogue). */
export const HOURLY_CLEANING: Omit<ServiceDoc, '_id'> = {
  category: 'daily_cleaning', name: '日常保洁（按小时）', description: '日常清洁整理', priceFen: 4500, unit: 'hour',
  premium: false, active: true, sort: 1
}

/** A per-visit deep clean, 6 hours on the job. */
export const DEEP_CLEAN: Omit<ServiceDoc, '_id'> = {
  category: 'deep_cleaning', name: '全屋深度保洁', description: '全屋死角清洁', priceFen: 49900, unit: 'visit',
  durationMin: 360, premium: true, active: true, sort: 1
}

export async function seedService(t: TestCloud, over: Partial<Omit<ServiceDoc, '_id'>> = {}): Promise<ServiceDoc> {
  const now = new Date()
  const doc = { ...HOURLY_CLEANING, ...over, createdAt: now, updatedAt: now }
  const r = await t.db.collection('services').add(doc)
  return { ...doc, _id: r.id }
}

/** The Shanghai date `n` days from today: n >= 3 keeps a test clear of the 2 h notice and 4 h cutoff, any hour. */
export function dayAhead(n = 3): string {
  return bookableDates(new Date())[n]
}

export const newRequestKey = () => `rk_${crypto.randomBytes(8).toString('hex')}`

export const ADDRESS = { contactName: '张女士', phone: '13812345678', city: '上海市', district: '浦东新区', detail: '世纪大道100号 8栋1203' }

export interface Household { token: string; openid: string; addressId: string }

/** A signed-in household with one saved (default) address, made through the user function. */
export async function household(t: TestCloud, address: Partial<typeof ADDRESS> = {}): Promise<Household> {
  const { token, openid } = await localLogin(t, 'household')
  const list = await okFn(t, 'user', 'addresses', { op: 'add', address: { ...ADDRESS, ...address } }, token)
  return { token, openid, addressId: list[0].id }
}

/** A booking input for `service` on `date` (default: 3 days ahead, morning) at the household's address. */
export function bookingInput(h: Household, service: { _id: string }, over: Record<string, unknown> = {}) {
  return { serviceId: service._id, quantity: 3, date: dayAhead(3), window: 'morning', addressId: h.addressId, requestKey: newRequestKey(), ...over }
}

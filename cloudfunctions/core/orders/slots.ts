// Slot counters: one document per (category, Shanghai date, window) with `booked` and `capacity`. A booking takes a
// unit only through a conditional update (booked < capacity), so simultaneous bookings can never oversell a slot.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { isDuplicate } from '../data/db'
import { conflict } from '../contract/errors'
import type { ServiceCategoryId } from '../contract/catalog'
import type { TimeWindowId } from '../contract/order'
import { slotCapacity, slotKey, type CleanerAvailability } from '../rules/capacity'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

/** Active cleaners with this skill (leave is checked per date by the rules). */
export async function cleanersWithSkill(ctx: Ctx, category: ServiceCategoryId): Promise<CleanerAvailability[]> {
  const r = await ctx.db.collection(COLL.cleaners).where({ active: true, skills: category }).field({ active: true, skills: true, leave: true }).limit(1000).get()
  return r.data
}

/** Booked units per slot key, for the given keys (missing counters are 0). */
export async function bookedBySlot(ctx: Ctx, keys: string[]): Promise<Map<string, number>> {
  const _ = ctx.db.command
  const out = new Map<string, number>()
  for (let i = 0; i < keys.length; i += 100) {
    const r = await ctx.db.collection(COLL.slotCounters).where({ _id: _.in(keys.slice(i, i + 100)) }).limit(100).get()
    for (const c of r.data) out.set(c._id, c.booked)
  }
  return out
}

/** Take one unit of a slot, or CONFLICT when it is full. Capacity is recomputed from today's cleaners. */
export async function takeSlot(ctx: Ctx, category: ServiceCategoryId, date: string, window: TimeWindowId): Promise<string> {
  const _ = ctx.db.command
  const key = slotKey(category, date, window)
  const capacity = slotCapacity(await cleanersWithSkill(ctx, category), category, date)
  const counters = ctx.db.collection(COLL.slotCounters)
  try {
    await counters.add({ _id: key, category, date, window, booked: 0, capacity, createdAt: ctx.now, updatedAt: ctx.now })
  } catch (e) {
    if (!isDuplicate(e)) throw e
  }
  const r = await counters.where({ _id: key, booked: _.lt(capacity) }).update({ booked: _.inc(1), capacity, updatedAt: ctx.now })
  if (r.updated !== 1) throw conflict('该时段已约满，请选择其他时间', { slot: key })
  return key
}

/** Give a unit back (cancel, reschedule away). Never goes below zero. */
export async function releaseSlot(ctx: Ctx, key: string): Promise<void> {
  const _ = ctx.db.command
  await ctx.db.collection(COLL.slotCounters).where({ _id: key, booked: _.gt(0) }).update({ booked: _.inc(-1), updatedAt: ctx.now })
}

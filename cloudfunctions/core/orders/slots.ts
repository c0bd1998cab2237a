// Slot counters: one document per (category, Shanghai date, window) with `booked` and `capacity`. A booking takes a
// unit only through a conditional update (booked < capacity), so simultaneous bookings can never oversell a slot.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { isDuplicate } from '../data/db'
import { conflict } from '../contract/errors'
import type { ServiceCategoryId } from '../contract/catalog'
import type { TimeWindowId } from '../contract/order'
import { slotCapacity, slotKey, type CleanerAvailability } from '../rules/capacity'
import { TtlCache } from '../data/ttlCache'

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

/**
 * How long a function instance keeps the cleaners it read for a category's capacity (by ctx.now). A new cleaner or a
 * lifted leave counts as soon as it matters (a slot that looks full is checked again with fresh cleaners before the
 * answer is CONFLICT); a deactivation or new leave lowers capacity within this time. Bookings already over a shrunk capacity are a state the desk handles
 * anyway (rules/capacity: remainingCapacity), since leave can be added after bookings too.
 */
export const CAPACITY_CACHE_TTL_MS = 30_000

/** The cleaners read for a category, and the capacity they give per date (worked out once per date). */
class TeamCapacity {
  private byDate = new Map<string, number>()
  constructor(private readonly cleaners: CleanerAvailability[], private readonly category: ServiceCategoryId) {}
  on(date: string): number {
    let n = this.byDate.get(date)
    if (n === undefined) this.byDate.set(date, (n = slotCapacity(this.cleaners, this.category, date)))
    return n
  }
}

const teams = new TtlCache<ServiceCategoryId, TeamCapacity>(CAPACITY_CACHE_TTL_MS)

type SlotRef = { category: ServiceCategoryId; date: string; window: TimeWindowId }

/**
 * Take one unit of a slot, or CONFLICT when it is full. Capacity comes from the cleaners with the skill (cached per
 * instance, see CAPACITY_CACHE_TTL_MS). Usually one request: the conditional update of an existing counter.
 */
export async function takeSlot(ctx: Ctx, category: ServiceCategoryId, date: string, window: TimeWindowId): Promise<string> {
  const key = slotKey(category, date, window)
  const slot = { category, date, window }
  const read = async () => new TeamCapacity(await cleanersWithSkill(ctx, category), category)
  const cached = await teams.get(category, ctx.now, read)
  const capacity = cached.value.on(date)
  if (await takeUnit(ctx, key, slot, capacity)) return key
  if (!cached.read) {
    // full by the cleaners we knew: one may have joined since
    const fresh = (await teams.refresh(category, ctx.now, read, cached)).value.on(date)
    if (fresh > capacity && await takeUnit(ctx, key, slot, fresh)) return key
  }
  throw conflict('该时段已约满，请选择其他时间', { slot: key })
}

/** One unit under `capacity`: update the counter, or create it when this is the slot's first booking. */
async function takeUnit(ctx: Ctx, key: string, slot: SlotRef, capacity: number): Promise<boolean> {
  if (capacity <= 0) return false
  const _ = ctx.db.command
  const counters = ctx.db.collection(COLL.slotCounters)
  const take = async () =>
    (await counters.where({ _id: key, booked: _.lt(capacity) }).update({ booked: _.inc(1), capacity, updatedAt: ctx.now })).updated === 1
  if (await take()) return true
  try {
    await counters.add({ _id: key, ...slot, booked: 1, capacity, createdAt: ctx.now, updatedAt: ctx.now })
    return true
  } catch (e) {
    if (!isDuplicate(e)) throw e
  }
  // the counter exists: full, or another booking created it between our update and our add
  return take()
}

/** Give a unit back (cancel, reschedule away). Never goes below zero. */
export async function releaseSlot(ctx: Ctx, key: string): Promise<void> {
  const _ = ctx.db.command
  await ctx.db.collection(COLL.slotCounters).where({ _id: key, booked: _.gt(0) }).update({ booked: _.inc(-1), updatedAt: ctx.now })
}

// After the timed runs: no slot oversold. Every slot counter is checked against its capacity and against the orders
// that hold a unit of it (those booked through the gateway; the copied history holds none, bench/lib/households.ts).
import type { SlotCounter } from '../../cloudfunctions/core/rules/capacity'

export interface SlotAudit {
  counters: number
  /** units booked over all counters */
  units: number
  /** orders booked through the gateway and not cancelled */
  orders: number
  /** counters with booked > capacity */
  oversold: string[]
  /** counters whose booked differs from the orders holding them */
  mismatched: string[]
  /** the fullest counter, as "key booked/capacity" */
  fullest: string
}

const PAGE = 1000

async function all<T>(db: any, coll: string, where: Record<string, unknown>, fields: Record<string, true>): Promise<T[]> {
  const out: T[] = []
  for (;;) {
    const r = await db.collection(coll).where(where).field(fields).orderBy('_id', 'asc').skip(out.length).limit(PAGE).get()
    out.push(...r.data)
    if (r.data.length < PAGE) return out
  }
}

/** `gatewayKeyPrefix`: how the requestKeys of gateway bookings begin (bench/lib/households.ts requestKey) */
export async function auditSlots(db: any, gatewayKeyPrefix = 'bk-'): Promise<SlotAudit> {
  const counters = await all<SlotCounter & { _id: string }>(db, 'slot_counters', {}, { _id: true, booked: true, capacity: true })
  const orders = await all<{ slotKey: string; requestKey: string; status: string }>(db, 'orders', {}, { slotKey: true, requestKey: true, status: true })
  const holding = new Map<string, number>()
  let held = 0
  for (const o of orders) {
    if (!o.requestKey?.startsWith(gatewayKeyPrefix) || o.status === 'cancelled') continue
    holding.set(o.slotKey, (holding.get(o.slotKey) ?? 0) + 1)
    held++
  }
  const audit: SlotAudit = { counters: counters.length, units: 0, orders: held, oversold: [], mismatched: [], fullest: '-' }
  let fullest = -1
  for (const c of counters) {
    audit.units += c.booked
    if (c.booked > c.capacity) audit.oversold.push(`${c._id} ${c.booked}/${c.capacity}`)
    if (c.booked !== (holding.get(c._id) ?? 0)) audit.mismatched.push(`${c._id}: booked ${c.booked}, orders ${holding.get(c._id) ?? 0}`)
    const fill = c.capacity > 0 ? c.booked / c.capacity : Infinity
    if (fill > fullest) { fullest = fill; audit.fullest = `${c._id} ${c.booked}/${c.capacity}` }
  }
  const known = new Set(counters.map((c) => c._id))
  for (const [key, n] of holding) if (!known.has(key)) audit.mismatched.push(`${key}: no counter, orders ${n}`)
  return audit
}

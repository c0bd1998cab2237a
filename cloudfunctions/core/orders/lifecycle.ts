// Moving an order through its states. Every move is a conditional update on the status the caller saw, so two
// people acting at once cannot both move it (the second gets CONFLICT), and every move adds a timeline entry.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { conflict } from '../contract/errors'
import type { OrderStatus } from '../contract/order'
import { assertTransition } from '../rules/orderStatus'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

export interface Actor { kind: 'household' | 'cleaner' | 'staff' | 'system'; id?: string; name?: string }

export interface TimelineEntry { at: Date; type: string; by: Actor; note?: string }

export function timelineEntry(ctx: Ctx, type: string, by: Actor, note?: string): TimelineEntry {
  return note ? { at: ctx.now, type, by, note } : { at: ctx.now, type, by }
}

/**
 * Move `order` from its current status to `to`, applying `patch` in the same write. `guard` adds conditions the
 * order must still meet (e.g. the slot it held when read), so a concurrent change elsewhere in it is not overwritten.
 */
export async function moveOrder(ctx: Ctx, order: { _id: string; status: OrderStatus }, to: OrderStatus, patch: Record<string, unknown>, entry: TimelineEntry, guard: Record<string, unknown> = {}): Promise<void> {
  assertTransition(order.status, to)
  const _ = ctx.db.command
  const r = await ctx.db.collection(COLL.orders).where({ ...guard, _id: order._id, status: order.status }).update({
    ...patch,
    status: to,
    updatedAt: ctx.now,
    timeline: _.push([entry])
  })
  if (r.updated !== 1) throw conflict('订单状态刚刚发生了变化，请刷新后重试')
}

/**
 * The customer file follows its orders: placed orders count, first/last order dates, completed services. One write
 * when the caller knows whether the customer had ordered before (`hadOrdered`, from the file it read); the
 * first-order date is still set only where it is missing, so a concurrent first booking cannot overwrite it.
 */
export async function recordOrderPlaced(ctx: Ctx, customerId: string, at: Date, hadOrdered?: boolean): Promise<void> {
  const _ = ctx.db.command
  const customers = ctx.db.collection(COLL.customers)
  const counted = { orderCount: _.inc(1), lastOrderAt: at, updatedAt: ctx.now }
  if (hadOrdered === false) {
    const r = await customers.where({ _id: customerId, firstOrderAt: null }).update({ ...counted, firstOrderAt: at })
    if (r.updated === 1) return
  }
  await customers.where({ _id: customerId }).update(counted)
  if (hadOrdered === undefined) await customers.where({ _id: customerId, firstOrderAt: null }).update({ firstOrderAt: at })
}

export async function recordOrderCancelled(ctx: Ctx, customerId: string): Promise<void> {
  const _ = ctx.db.command
  await ctx.db.collection(COLL.customers).where({ _id: customerId, orderCount: _.gt(0) }).update({ orderCount: _.inc(-1), updatedAt: ctx.now })
}

export async function recordServiceCompleted(ctx: Ctx, customerId: string, serviceStart: Date): Promise<void> {
  const _ = ctx.db.command
  const customers = ctx.db.collection(COLL.customers)
  await customers.where({ _id: customerId }).update({ completedCount: _.inc(1), lastServiceAt: serviceStart, updatedAt: ctx.now })
  await customers.where({ _id: customerId, firstServiceAt: null }).update({ firstServiceAt: serviceStart })
  await customers.where({ _id: customerId, stage: 'prospect' }).update({ stage: 'new' })
}

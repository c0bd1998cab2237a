// Placing an order: take a unit of its slot, insert it under a fresh order number, count it on the customer file.
// Idempotent on the client's requestKey (unique index): the same booking sent twice, even at once, is one order.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { findOne, insertedId, isDuplicate } from '../data/db'
import { conflict, internal, isAppError } from '../contract/errors'
import { orderNumber, randomSerial } from '../rules/orderNo'
import { recordOrderPlaced } from './lifecycle'
import { releaseSlot, takeSlot } from './slots'
import type { ServiceDoc } from '../data/services'
import type { StoredAddress } from '../customers/customerDoc'
import type { OrderDoc, OrderDraft, ServiceSnapshot } from './orderDoc'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

/** The service as booked; the catalogue may change later. */
export function serviceSnapshot(s: ServiceDoc): ServiceSnapshot {
  return {
    id: s._id, category: s.category, name: s.name, unit: s.unit, priceFen: s.priceFen,
    durationMin: s.unit === 'visit' ? s.durationMin ?? 0 : 0, premium: !!s.premium
  }
}

/** Where and whom: the saved address without its phone, and its contact with the phone still encrypted. */
export function addressSnapshot(a: StoredAddress): Pick<OrderDoc, 'address' | 'contact'> {
  return {
    address: { id: a.id, city: a.city, district: a.district, detail: a.detail },
    contact: { name: a.contactName, phoneEnc: a.phoneEnc, phoneMasked: a.phoneMasked }
  }
}

export type { OrderDraft }

const ORDER_NO_ATTEMPTS = 5

/**
 * The order a requestKey already made for this customer, or undefined. Another customer's key is CONFLICT (keys are
 * random per attempt, so this is a client bug or a guess, and says nothing about that order).
 */
export async function orderForRequestKey(ctx: Ctx, requestKey: string, customerId: string | undefined): Promise<OrderDoc | undefined> {
  const existing = await findOne<OrderDoc>(ctx.db, COLL.orders, { requestKey })
  if (existing && existing.customerId !== customerId) throw conflict('该预约请求编号已被使用，请返回重新提交预约')
  return existing
}

/** Inserts the order, retrying on an order-number clash; undefined when the same requestKey won the race. */
async function insertOrder(ctx: Ctx, draft: OrderDraft, slotKey: string): Promise<OrderDoc | undefined> {
  for (let attempt = 0; attempt < ORDER_NO_ATTEMPTS; attempt++) {
    const doc = { ...draft, slotKey, orderNo: orderNumber(ctx.now, randomSerial()), createdAt: ctx.now, updatedAt: ctx.now }
    try {
      const r = await ctx.db.collection(COLL.orders).add(doc)
      return { ...doc, _id: insertedId(r) }
    } catch (e) {
      if (!isDuplicate(e)) throw e
      // Which unique index? Ask the data rather than the error text: a twin with our key means a replay.
      if (await findOne(ctx.db, COLL.orders, { requestKey: draft.requestKey })) return undefined
    }
  }
  throw internal('生成订单号失败，请重试')
}

/**
 * Places a validated draft. Returns the new order, or the order the same requestKey placed first (the unique index
 * finds it; callers need not look first). The slot is released again whenever no new order ends up holding it.
 * CONFLICT when the slot is full. `hadOrdered`: whether the customer file had a first order when read (saves a write).
 */
export async function placeOrder(ctx: Ctx, draft: OrderDraft, hadOrdered?: boolean): Promise<OrderDoc> {
  let slotKey: string
  try {
    slotKey = await takeSlot(ctx, draft.service.category, draft.date, draft.window)
  } catch (e) {
    // the twin of a request that just took the last unit must still get its order, not "full"
    const replay = isAppError(e) && e.code === 'CONFLICT' ? await orderForRequestKey(ctx, draft.requestKey, draft.customerId) : undefined
    if (replay) return replay
    throw e
  }
  let order: OrderDoc | undefined
  try {
    order = await insertOrder(ctx, draft, slotKey)
  } catch (e) {
    await releaseSlot(ctx, slotKey)
    throw e
  }
  if (!order) {
    await releaseSlot(ctx, slotKey)
    const replay = await orderForRequestKey(ctx, draft.requestKey, draft.customerId)
    if (!replay) throw internal('预约提交失败，请重试')
    return replay
  }
  await recordOrderPlaced(ctx, draft.customerId, ctx.now, hadOrdered)
  return order
}

// Granting compensation (服务补救). A coupon is a `coupons` document {kind: 'compensation', customerId, amountFen,
// status 'available', dedupeKey `comp:<complaintId>:<n>`, validUntil +90 days, source {complaintId}}; issuing it twice
// is a no-op. A free re-service is a new order linked to the work order (reserviceOf = the complained order,
// complaintId), placed through orders/place.ts with payable 0, status pending_dispatch, taking capacity like any
// booking (CONFLICT when the slot is full). Who may grant how much is rules/complaints/compensation.ts.
import crypto from 'node:crypto'
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { findOne, isDuplicate } from '../data/db'
import { activeService } from '../data/services'
import { invalid, precondition } from '../contract/errors'
import type { TimeWindowId } from '../contract/order'
import { TIME_WINDOW_IDS } from '../contract/order'
import { orderDraft, type OrderDoc, type ServiceSnapshot } from '../orders/orderDoc'
import { placeOrder, serviceSnapshot } from '../orders/place'
import { cancelOrder } from '../orders/cancel'
import { timelineEntry, type Actor } from '../orders/lifecycle'
import { assertBookable } from '../rules/bookingPolicy'
import { assertBookingDate } from '../rules/bookingRequest'
import { quote } from '../rules/pricing'
import { DEFAULT_QUANTITY } from '../rules/quantity'
import { jobEnd } from '../rules/units'
import { DAY_MS } from '../rules/time'
import type { ComplaintDoc, CompensationRecord, WorkOrderActor } from './complaintDoc'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'now'>

export const COMPENSATION_COUPON_VALID_DAYS = 90
export const COMPENSATION_COUPON_TITLE = '服务补偿券'

export const compensationCouponKey = (complaintId: string, n: number) => `comp:${complaintId}:${n}`

export function newCouponId(): string {
  return `cpn_${crypto.randomBytes(10).toString('hex')}`
}

/** Issues the coupon of a granted record (its couponId was fixed when the grant was written); idempotent. */
export async function issueCompensationCoupon(ctx: Ctx, wo: Pick<ComplaintDoc, '_id' | 'ticketNo' | 'customerId'>, rec: CompensationRecord): Promise<string> {
  const dedupeKey = compensationCouponKey(wo._id, rec.n)
  const coupon = {
    _id: rec.couponId ?? newCouponId(),
    kind: 'compensation',
    title: COMPENSATION_COUPON_TITLE,
    customerId: wo.customerId,
    amountFen: rec.amountFen,
    minSpendFen: 0,
    status: 'available',
    dedupeKey,
    validFrom: ctx.now,
    validUntil: new Date(ctx.now.getTime() + COMPENSATION_COUPON_VALID_DAYS * DAY_MS),
    source: { complaintId: wo._id, ticketNo: wo.ticketNo, n: rec.n },
    createdAt: ctx.now,
    updatedAt: ctx.now
  }
  try {
    await ctx.db.collection(COLL.coupons).add(coupon)
    return coupon._id
  } catch (e) {
    if (!isDuplicate(e)) throw e
    const existing = await findOne<{ _id: string }>(ctx.db, COLL.coupons, { dedupeKey })
    if (!existing) throw e
    return existing._id
  }
}

export interface ReserviceInput {
  /** another service than the complained one (default: the same service and quantity) */
  serviceId?: string
  quantity?: number
  date?: string
  window?: string
}

export interface ReservicePlan {
  service: ServiceSnapshot
  quantity: number
  date: string
  window: TimeWindowId
  start: Date
  end: Date
  /** what it is worth: the service's base price */
  valueFen: number
}

/** Checks a re-service request against the complained order and the booking rules; nothing is written. */
export async function planReservice(ctx: Ctx, wo: ComplaintDoc, input: ReserviceInput): Promise<{ plan: ReservicePlan; order: OrderDoc }> {
  if (!wo.orderId) throw precondition('这条投诉没有关联订单，无法安排免费返工', { complaintId: wo._id })
  const order = await findOne<OrderDoc>(ctx.db, COLL.orders, { _id: wo.orderId })
  if (!order) throw precondition('投诉关联的订单不存在，无法安排免费返工', { orderId: wo.orderId })
  if (!input.date) throw invalid('请选择返工的服务日期')
  if (!input.window || !(TIME_WINDOW_IDS as readonly string[]).includes(input.window)) throw invalid('请选择返工的服务时段')
  const window = input.window as TimeWindowId
  const sameService = !input.serviceId || input.serviceId === order.service.id
  const service = sameService ? order.service : serviceSnapshot(await activeService(ctx.db, input.serviceId as string))
  const quantity = input.quantity ?? (sameService ? order.quantity : DEFAULT_QUANTITY[service.unit])
  const priced = quote(service, quantity)
  assertBookingDate(input.date, ctx.now)
  const start = assertBookable(input.date, window, ctx.now)
  return {
    order,
    plan: { service, quantity, date: input.date, window, start, end: jobEnd(start, service, quantity), valueFen: priced.base }
  }
}

/** Places the free re-service order (CONFLICT when the slot is full). */
export async function placeReservice(ctx: Ctx, wo: ComplaintDoc, order: OrderDoc, plan: ReservicePlan, by: WorkOrderActor): Promise<OrderDoc> {
  const actor: Actor = { kind: 'staff', id: by.id, name: by.name }
  return placeOrder(ctx, orderDraft({
    requestKey: `rs_${crypto.randomBytes(12).toString('hex')}`,
    customerId: wo.customerId,
    service: plan.service,
    quantity: plan.quantity,
    address: order.address,
    contact: order.contact,
    date: plan.date,
    window: plan.window,
    start: plan.start,
    end: plan.end,
    priceFen: { base: plan.valueFen, discount: plan.valueFen, payable: 0 },
    requests: order.requests ?? '',
    familyNotes: order.familyNotes,
    created: timelineEntry(ctx, 'created', actor, `投诉补救：免费返工（工单 ${wo.ticketNo}）`),
    reservice: { of: order._id, complaintId: wo._id }
  }))
}

/** Undoes a re-service order whose grant was not recorded (the work order changed meanwhile). */
export async function withdrawReservice(ctx: Ctx, order: OrderDoc): Promise<void> {
  try {
    await cancelOrder(ctx, order, { kind: 'system', name: '系统' }, '投诉工单已被他人更新，本次返工安排撤回')
  } catch (e) {
    console.error(JSON.stringify({ level: 'error', what: 'withdraw-reservice', orderId: order._id, error: String((e as Error)?.message ?? e) }))
  }
}

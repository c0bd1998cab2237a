// How the booking function shows services and orders to the household that owns them: labels in Chinese, instants
// as ISO strings, phones masked, photos as temporary URLs; never ciphertexts, slot keys or other households' data.
import type { HandlerContext } from '../core/runtime'
import type {
  OrderSummary, OrderView, RescheduleView, ServiceView, SlotRefView, TimelineView
} from '../core/contract/api/booking'
import { PRICE_UNIT_LABELS, SERVICE_CATEGORIES } from '../core/contract/catalog'
import { CLEANER_GRADE_LABELS, type CleanerGrade } from '../core/contract/cleaner'
import { ORDER_STATUS_LABELS } from '../core/contract/order'
import { orderEventLabel, RESCHEDULE_STATUS_LABELS } from '../core/contract/orderHistory'
import { COLL } from '../core/data/collections'
import { getById } from '../core/data/db'
import { photoViews } from '../core/data/files'
import { isServiceOffered, type ServiceDoc } from '../core/data/services'
import type { OrderDoc } from '../core/orders/orderDoc'
import type { TimelineEntry } from '../core/orders/lifecycle'
import { householdOrderActions } from '../core/rules/householdOrder'
import { isTerminal } from '../core/rules/orderStatus'
import { formatFen } from '../core/rules/pricing'
import { maskAddress } from '../core/rules/privacy'
import { quantityLabel, quantityTerms, unitPriceLabel } from '../core/rules/quantity'
import { findPendingReschedule, type RescheduleRequest, type SlotRef } from '../core/rules/reschedule'
import { describeSlot } from '../core/rules/windows'

const iso = (at: Date | string) => new Date(at).toISOString()
const isoOrNull = (at: Date | string | null | undefined) => (at ? iso(at) : null)
const categoryLabel = (category: string) => (SERVICE_CATEGORIES as Record<string, { label: string }>)[category]?.label ?? category

export function serviceView(s: ServiceDoc): ServiceView {
  const view: ServiceView = {
    id: s._id,
    category: s.category,
    categoryLabel: categoryLabel(s.category),
    name: s.name,
    description: s.description ?? '',
    priceFen: s.priceFen,
    priceDisplay: `${formatFen(s.priceFen)}/${unitPriceLabel(s.unit)}`,
    unit: s.unit,
    unitLabel: PRICE_UNIT_LABELS[s.unit],
    durationMin: s.unit === 'visit' ? s.durationMin ?? 0 : 0,
    premium: !!s.premium,
    quantity: quantityTerms(s.unit)
  }
  if (Array.isArray(s.includes)) view.includes = s.includes
  return view
}

export function orderSummary(o: OrderDoc): OrderSummary {
  return {
    id: o._id,
    orderNo: o.orderNo,
    status: o.status,
    statusLabel: ORDER_STATUS_LABELS[o.status],
    service: {
      id: o.service.id, name: o.service.name, category: o.service.category, categoryLabel: categoryLabel(o.service.category),
      unit: o.service.unit, unitLabel: PRICE_UNIT_LABELS[o.service.unit]
    },
    quantity: o.quantity,
    quantityLabel: quantityLabel(o.service.unit, o.quantity),
    date: o.date,
    window: o.window,
    slotLabel: describeSlot(o.date, o.window),
    start: iso(o.start),
    end: iso(o.end),
    area: maskAddress(o.address),
    priceFen: o.priceFen,
    priceDisplay: formatFen(o.priceFen.payable),
    reschedulePending: findPendingReschedule(o) !== null,
    createdAt: iso(o.createdAt)
  }
}

function slotRefView(r: SlotRef): SlotRefView {
  return { date: r.date, window: r.window, slotLabel: describeSlot(r.date, r.window), start: iso(r.start), end: iso(r.end) }
}

function rescheduleView(r: RescheduleRequest): RescheduleView {
  const view: RescheduleView = {
    id: r.id, from: slotRefView(r.from), to: slotRefView(r.to), reason: r.reason,
    status: r.status, statusLabel: RESCHEDULE_STATUS_LABELS[r.status] ?? r.status,
    requestedAt: iso(r.requestedAt), decidedAt: isoOrNull(r.decidedAt)
  }
  if (r.note) view.note = r.note
  return view
}

function timelineView(e: TimelineEntry): TimelineView {
  const view: TimelineView = { at: iso(e.at), type: e.type, label: orderEventLabel(e.type) }
  if (e.note) view.note = e.note
  return view
}

/** Who is coming: name and grade, the phone masked (the cleaner's own number is not the household's to keep). */
function cleanerView(c: { name: string; grade: CleanerGrade; phoneMasked?: string }): NonNullable<OrderView['cleaner']> {
  return { name: c.name, grade: c.grade, gradeLabel: CLEANER_GRADE_LABELS[c.grade] ?? '', phoneMasked: c.phoneMasked ?? '' }
}

/** The whole order for its household: its cleaner (masked phone), photos as temporary URLs, what it may do now. */
export async function orderView(ctx: HandlerContext, o: OrderDoc): Promise<OrderView> {
  const [cleaner, before, after, serviceOffered] = await Promise.all([
    o.cleanerId ? getById<any>(ctx.db, COLL.cleaners, o.cleanerId) : Promise.resolve(undefined),
    photoViews(ctx.app, o.photos?.before),
    photoViews(ctx.app, o.photos?.after),
    // only a finished or cancelled order offers rebooking, and only while its service is still offered
    isTerminal(o.status) ? isServiceOffered(ctx.db, o.service.id, ctx.now) : Promise.resolve(false)
  ])
  const actions = householdOrderActions(o, ctx.now, { serviceOffered })
  const view: OrderView = {
    ...orderSummary(o),
    address: {
      contactName: o.contact?.name ?? '', phoneMasked: o.contact?.phoneMasked ?? '',
      city: o.address.city, district: o.address.district, detail: o.address.detail
    },
    requests: o.requests ?? '',
    familyNotes: o.familyNotes ?? null,
    cleaner: cleaner ? cleanerView(cleaner) : null,
    photos: { before, after },
    timeline: (o.timeline ?? []).map(timelineView),
    reschedules: (o.reschedules ?? []).map(rescheduleView),
    cancelReason: o.cancel?.reason ?? null,
    confirmedAt: isoOrNull(o.confirmedAt),
    allowed: actions.allowed
  }
  if (actions.changeRefusal) view.changeRefusal = actions.changeRefusal
  return view
}

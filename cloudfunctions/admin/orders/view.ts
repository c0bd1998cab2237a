// How staff see orders: the customer's name and phone masked, the address as city and district only (DESIGN §7:
// staff see masked values). Lists load the customers and cleaners they show in one query each.
import { PRICE_UNIT_LABELS } from '../../core/contract/catalog'
import { CLEANER_GRADE_LABELS } from '../../core/contract/cleaner'
import { orderEventLabel, RESCHEDULE_STATUS_LABELS } from '../../core/contract/orderHistory'
import type { AdminOrderSummary, AdminOrderView, RescheduleView, TimelineView } from '../../core/contract/api/admin'
import type { OrderDoc } from '../../core/orders/orderDoc'
import type { Actor, TimelineEntry } from '../../core/orders/lifecycle'
import type { CleanerDoc } from '../../core/cleaners/accounts'
import type { RescheduleRequest, SlotRef } from '../../core/rules/reschedule'
import { COLL } from '../../core/data/collections'
import { photoViews } from '../../core/data/files'
import { maskAddress, maskName } from '../../core/rules/privacy'
import { describeSlot } from '../../core/rules/windows'
import { orderCard } from '../../core/orders/orderCard'
import type { StaffDoc } from '../../core/auth/staffAccounts'
import type { CustomerDoc } from '../../core/customers/customerDoc'
import type { CloudApp, Database } from '../../core/runtime/cloud'
import { staffOrderActions } from '../../core/rules/staffOrder'
import { actionsAllowed } from '../permissions'

interface Related {
  customers: Map<string, CustomerDoc>
  cleaners: Map<string, CleanerDoc>
}

async function byIds<T extends { _id: string }>(db: Database, coll: string, ids: (string | null | undefined)[]): Promise<Map<string, T>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))]
  const out = new Map<string, T>()
  for (let i = 0; i < unique.length; i += 100) {
    const r = await db.collection(coll).where({ _id: db.command.in(unique.slice(i, i + 100)) }).limit(100).get()
    for (const d of r.data) out.set(d._id, d)
  }
  return out
}

/** The customers and cleaners these orders refer to. */
export async function loadRelated(db: Database, orders: OrderDoc[]): Promise<Related> {
  const [customers, cleaners] = await Promise.all([
    byIds<CustomerDoc>(db, COLL.customers, orders.map((o) => o.customerId)),
    byIds<CleanerDoc>(db, COLL.cleaners, orders.map((o) => o.cleanerId))
  ])
  return { customers, cleaners }
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null)

export function orderSummary(o: OrderDoc, rel: Related): AdminOrderSummary {
  const customer = rel.customers.get(o.customerId)
  const cleaner = o.cleanerId ? rel.cleaners.get(o.cleanerId) : undefined
  return {
    id: o._id,
    ...orderCard(o),
    customer: {
      id: o.customerId,
      nameMasked: maskName(customer?.name || o.contact?.name),
      phoneMasked: customer?.phoneMasked || o.contact?.phoneMasked || ''
    },
    district: maskAddress(o.address),
    cleaner: o.cleanerId ? { id: o.cleanerId, name: cleaner?.name ?? '' } : null,
    payableFen: o.priceFen?.payable ?? 0,
    reschedulePending: (o.reschedules ?? []).some((r) => r.status === 'pending')
  }
}

const ACTOR_LABELS: Record<Actor['kind'], string> = { household: '客户', cleaner: '阿姨', staff: '员工', system: '系统' }

function actorLabel(by: Actor | undefined): string {
  if (!by) return ''
  return by.name && by.kind !== 'household' ? `${ACTOR_LABELS[by.kind]} ${by.name}` : ACTOR_LABELS[by.kind] ?? ''
}

function timelineView(e: TimelineEntry): TimelineView {
  return { at: e.at.toISOString(), type: e.type, label: orderEventLabel(e.type), by: actorLabel(e.by), ...(e.note ? { note: e.note } : {}) }
}

const slotView = (s: SlotRef) => ({ date: s.date, window: s.window, slotLabel: describeSlot(s.date, s.window) })

function rescheduleView(r: RescheduleRequest, index: number): RescheduleView {
  return {
    index,
    id: r.id,
    from: slotView(r.from),
    to: slotView(r.to),
    reason: r.reason,
    status: r.status,
    statusLabel: RESCHEDULE_STATUS_LABELS[r.status] ?? r.status,
    requestedAt: r.requestedAt.toISOString(),
    decidedAt: iso(r.decidedAt)
  }
}

export async function orderView(app: CloudApp, o: OrderDoc, rel: Related, staff: Pick<StaffDoc, 'role'>): Promise<AdminOrderView> {
  const cleaner = o.cleanerId ? rel.cleaners.get(o.cleanerId) : undefined
  const [before, after] = await Promise.all([photoViews(app, o.photos?.before), photoViews(app, o.photos?.after)])
  return {
    ...orderSummary(o, rel),
    quantity: o.quantity,
    unitLabel: PRICE_UNIT_LABELS[o.service.unit] ?? '',
    priceFen: o.priceFen,
    address: { contactNameMasked: maskName(o.contact?.name), phoneMasked: o.contact?.phoneMasked ?? '', area: maskAddress(o.address) },
    requests: o.requests ?? '',
    familyNotes: o.familyNotes ?? null,
    cleaner: cleaner
      ? { id: cleaner._id, name: cleaner.name, grade: cleaner.grade, gradeLabel: CLEANER_GRADE_LABELS[cleaner.grade], phoneMasked: cleaner.phoneMasked }
      : null,
    timeline: (o.timeline ?? []).map(timelineView),
    reschedules: (o.reschedules ?? []).map(rescheduleView),
    checkIn: o.checkIn ? { at: o.checkIn.at.toISOString() } : null,
    checkOut: o.checkOut ? { at: o.checkOut.at.toISOString(), note: o.checkOut.note ?? '' } : null,
    photos: { before, after },
    confirmedAt: iso(o.confirmedAt),
    cancelReason: o.cancel?.reason ?? null,
    allowed: staffOrderActions(o, (action) => actionsAllowed(staff.role).includes(action))
  }
}

/** One order as `staff` see it in full, loading what it refers to. */
export async function loadOrderView(db: Database, app: CloudApp, o: OrderDoc, staff: Pick<StaffDoc, 'role'>): Promise<AdminOrderView> {
  return orderView(app, o, await loadRelated(db, [o]), staff)
}

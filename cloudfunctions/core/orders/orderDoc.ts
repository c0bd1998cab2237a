// The stored order (collection `orders`) and the one builder of a new order's draft (`orderDraft`), used by
// booking.create and by compensation's free re-service, so both start life in the same shape. Every function that
// reads or moves orders relies on this shape; views (booking/view.ts, the cleaner's and the admin's) shape it.
import type { PriceUnit, ServiceCategoryId } from '../contract/catalog'
import type { FamilyInfo } from '../contract/api/user'
import type { Address, OrderStatus, PriceFen, TimeWindowId } from '../contract/order'
import type { RescheduleRequest } from '../rules/reschedule'
import type { Actor, TimelineEntry } from './lifecycle'

/** The service as it was when booked (the catalogue may change later). */
export interface ServiceSnapshot {
  id: string
  category: ServiceCategoryId
  name: string
  unit: PriceUnit
  /** price per unit, fen */
  priceFen: number
  /** minutes per visit (per-visit services), else 0 */
  durationMin: number
  premium: boolean
}

export interface OrderDoc {
  _id: string
  /** 'JZ' + Shanghai date + 6-digit serial (unique) */
  orderNo: string
  /** the client's idempotency key (unique): a repeated create returns this order */
  requestKey: string
  customerId: string
  service: ServiceSnapshot
  quantity: number
  /** where: the saved address it was booked for (id), without the phone */
  address: Address & { id: string }
  /** who opens the door: the address's contact; the phone encrypted (AES-256-GCM) and masked */
  contact: { name: string; phoneEnc: string; phoneMasked: string }
  /** Shanghai date and window of the start; start/end are instants (end = start + the service's duration) */
  date: string
  window: TimeWindowId
  start: Date
  end: Date
  /** the slot counter this order holds a unit of (rules/capacity slotKey) */
  slotKey: string
  cleanerId: string | null
  status: OrderStatus
  priceFen: PriceFen
  couponId: string | null
  /** the household's wishes for this visit */
  requests: string
  /** the family situation for the cleaner: the customer file's, with this booking's changes */
  familyNotes: FamilyInfo
  /** every reschedule, oldest first; at most one has status 'pending' (its slotKey is held) */
  reschedules: RescheduleRequest[]
  checkIn: { at: Date; [k: string]: unknown } | null
  checkOut: { at: Date; note?: string; [k: string]: unknown } | null
  /** fileIDs of the cleaner's photos */
  photos: { before: string[]; after: string[] }
  timeline: TimelineEntry[]
  cancel: { reason: string; by: Actor; at: Date } | null
  confirmedAt: Date | null
  /** a free re-service (服务补救): the complained order it redoes, and the work order that granted it */
  reserviceOf?: string
  complaintId?: string
  createdAt: Date
  updatedAt: Date
}

/** An order before placeOrder gives it its number and slot. */
export type OrderDraft = Omit<OrderDoc, '_id' | 'orderNo' | 'slotKey' | 'createdAt' | 'updatedAt'>

/** What differs between new orders; everything else starts the same (pending dispatch, no cleaner, no history). */
export interface NewOrder {
  requestKey: string
  customerId: string
  service: ServiceSnapshot
  quantity: number
  address: OrderDoc['address']
  contact: OrderDoc['contact']
  date: string
  window: TimeWindowId
  start: Date
  end: Date
  priceFen: PriceFen
  requests: string
  familyNotes: FamilyInfo
  /** the timeline's first entry ('created', by whom) */
  created: TimelineEntry
  /** set for a free re-service */
  reservice?: { of: string; complaintId: string }
}

export function orderDraft(o: NewOrder): OrderDraft {
  const { created, reservice, ...fields } = o
  return {
    ...fields,
    cleanerId: null,
    status: 'pending_dispatch',
    couponId: null,
    reschedules: [],
    checkIn: null,
    checkOut: null,
    photos: { before: [], after: [] },
    timeline: [created],
    cancel: null,
    confirmedAt: null,
    ...(reservice ? { reserviceOf: reservice.of, complaintId: reservice.complaintId } : {})
  }
}

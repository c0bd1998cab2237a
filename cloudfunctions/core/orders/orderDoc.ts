// The stored order (collection `orders`), as booking.create writes it. Every function that reads or moves orders
// relies on this shape; views (booking/view.ts, the cleaner's and the admin's) shape it for their callers.
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
  createdAt: Date
  updatedAt: Date
}

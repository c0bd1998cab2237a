// Response (and input) types of the `booking` function (docs/api.md). src/ imports these as types only.
// Instants are ISO strings (JSON), dates are Shanghai 'YYYY-MM-DD', money is integer fen.
import type { Page } from './page'
import type { PriceUnit, ServiceCategoryId } from '../catalog'
import type { CleanerGrade } from '../cleaner'
import { ORDER_STATUSES, type OrderStatus, type PriceFen, type TimeWindowId } from '../order'
import type { RescheduleStatus } from '../orderHistory'
import type { FamilyInfo } from './user'

/** What a household's order list can be filtered by: 'active' is every order not yet completed or cancelled. */
export const ORDER_LIST_FILTERS = ['active', ...ORDER_STATUSES] as const
export type OrderListFilter = (typeof ORDER_LIST_FILTERS)[number]

export interface QuantityTerms {
  min: number
  max: number
  default: number
}

export interface ServiceView {
  id: string
  category: ServiceCategoryId
  categoryLabel: string
  name: string
  description: string
  /** Price per unit. */
  priceFen: number
  /** '¥45.00/小时' */
  priceDisplay: string
  unit: PriceUnit
  unitLabel: string
  /** Minutes per visit for per-visit services; 0 when the unit itself is time (hour, day, 26-day term). */
  durationMin: number
  premium: boolean
  includes?: string[]
  quantity: QuantityTerms
}

/** Only categories with at least one active service, in the catalogue's order. */
export interface CatalogView {
  categories: Array<{ id: ServiceCategoryId; label: string; services: ServiceView[] }>
}

export interface WindowView {
  window: TimeWindowId
  /** '上午 08:00-12:00' */
  label: string
  startsAt: string
  remaining: number
  bookable: boolean
  /** Why it cannot be booked (past, too soon, full, nobody available); only when bookable is false. */
  reason?: string
}

/** The 14 bookable Shanghai dates from today. label: '今天 11月23日', '明天 11月24日', '周三 11月25日'. */
export interface SlotsView {
  days: Array<{ date: string; label: string; windows: WindowView[] }>
}

export interface QuoteView {
  priceFen: PriceFen
  display: string
}

export interface CreateOrderInput {
  serviceId: string
  quantity: number
  date: string
  window: TimeWindowId
  addressId: string
  /** Wishes for this visit, at most 200 characters. */
  requests?: string
  /** This order's family situation; fields left out come from the customer file. */
  familyNotes?: Partial<FamilyInfo>
  /** 8-64 of [A-Za-z0-9_-], made once per booking attempt by the client: a repeat returns the same order. */
  requestKey: string
}

export interface OrderListInput {
  status?: OrderListFilter
  cursor?: string | null
  limit?: number
}

export interface OrderSummary {
  id: string
  orderNo: string
  status: OrderStatus
  statusLabel: string
  service: { id: string; name: string; category: ServiceCategoryId; categoryLabel: string; unit: PriceUnit; unitLabel: string }
  quantity: number
  /** '3小时', '2次', '1期（每期26天）' */
  quantityLabel: string
  date: string
  window: TimeWindowId
  /** '11月23日 周一 上午 08:00-12:00' */
  slotLabel: string
  start: string
  end: string
  /** City and district, e.g. '上海市浦东新区' */
  area: string
  priceFen: PriceFen
  /** The payable amount, '¥135.00' */
  priceDisplay: string
  /** A reschedule request is waiting for staff. */
  reschedulePending: boolean
  createdAt: string
}

export interface PhotoView {
  fileID: string
  /** A temporary download URL ('' when the file is gone). */
  url: string
}

export interface TimelineView {
  at: string
  type: string
  label: string
  note?: string
}

export interface SlotRefView {
  date: string
  window: TimeWindowId
  slotLabel: string
  start: string
  end: string
}

export interface RescheduleView {
  id: string
  from: SlotRefView
  to: SlotRefView
  reason: string
  status: RescheduleStatus
  statusLabel: string
  requestedAt: string
  decidedAt: string | null
  note?: string
}

export interface OrderView extends OrderSummary {
  address: { contactName: string; phoneMasked: string; city: string; district: string; detail: string }
  requests: string
  familyNotes: FamilyInfo | null
  cleaner: { name: string; grade: CleanerGrade; gradeLabel: string; phoneMasked: string } | null
  photos: { before: PhotoView[]; after: PhotoView[] }
  timeline: TimelineView[]
  reschedules: RescheduleView[]
  cancelReason: string | null
  confirmedAt: string | null
  /** what the household may do now (rules/householdOrder.ts); the page shows exactly these buttons */
  allowed: HouseholdOrderAllowed
  /** Why the household cannot cancel or reschedule by itself now (contact staff instead); absent when it can. */
  changeRefusal?: string
}

/** What the household may do with its order now, decided by the server (rules/householdOrder.ts). */
export interface HouseholdOrderAllowed {
  /** file a complaint about this order (a cleaner was sent or the service happened) */
  complain: boolean
  cancel: boolean
  reschedule: boolean
  /** confirm the finished service */
  confirm: boolean
  /** book the same service again (a finished or cancelled order whose service is still offered) */
  rebook: boolean
  /** the order can still change before the service, but only through staff (inside the 4 h cutoff) */
  contactStaff: boolean
}

export type OrderPage = Page<OrderSummary>
export type { Page }

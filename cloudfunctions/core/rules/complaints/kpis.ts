// Complaint-desk KPIs over a list of work orders: SLA pass rates, response and resolution times in business minutes,
// reopen and confirmation rates, satisfaction with the handling, and what (and who) is complained about most.
import {
  COMPLAINT_CATEGORY_LABELS,
  type ComplaintCategory,
  type ComplaintStep,
  type SlaBreach,
  type SlaClock,
  type SlaPause
} from '../../contract/complaint'
import { businessMinutesBetween, DEFAULT_BUSINESS_CALENDAR, type BusinessCalendar } from './businessCalendar'
import { pausedSpans } from './sla'

export interface KpiWorkOrder {
  category: ComplaintCategory
  customerId: string
  cleanerId?: string | null
  step: ComplaintStep
  receivedAt: Date
  firstResponseAt?: Date | null
  /** When the resolution now on the table (for a closed order: the accepted one) was proposed. */
  resolvedAt?: Date | null
  pauses?: readonly SlaPause[]
  breaches?: ReadonlyArray<Pick<SlaBreach, 'clock'>>
  reopenCount?: number
  /** When the household answered the proposed resolution by confirming it. */
  confirmedAt?: Date | null
  /** The household's 1-5 rating of how the complaint was handled. */
  satisfaction?: number | null
}

/** part / whole, with the counts; rate is null when there is nothing to count. */
export interface Ratio {
  part: number
  whole: number
  rate: number | null
}

export interface SlaPassRate {
  met: number
  breached: number
  /** met / (met + breached); clocks still running and not breached are not counted yet. */
  rate: number | null
}

const ratio = (part: number, whole: number): Ratio => ({ part, whole, rate: whole === 0 ? null : part / whole })

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length
}

const stopOf = (order: KpiWorkOrder, clock: SlaClock) =>
  (clock === 'first_response' ? order.firstResponseAt : order.resolvedAt) ?? null

export function slaPassRate(orders: readonly KpiWorkOrder[], clock: SlaClock): SlaPassRate {
  let met = 0
  let breached = 0
  for (const order of orders) {
    if ((order.breaches ?? []).some((breach) => breach.clock === clock)) breached += 1
    else if (stopOf(order, clock)) met += 1
  }
  return { met, breached, rate: met + breached === 0 ? null : met / (met + breached) }
}

function businessMinutesTo(order: KpiWorkOrder, until: Date, calendar: BusinessCalendar): number {
  return businessMinutesBetween(order.receivedAt, until, calendar, pausedSpans(order.pauses ?? [], until))
}

/** Mean business minutes from receipt to the first staff reply, paused time left out; null when none replied yet. */
export function averageFirstResponseMinutes(
  orders: readonly KpiWorkOrder[],
  calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR
): number | null {
  return average(orders.flatMap((order) => (order.firstResponseAt ? [businessMinutesTo(order, order.firstResponseAt, calendar)] : [])))
}

/** Mean business minutes from receipt to the (accepted) resolution, paused time left out. */
export function averageResolutionMinutes(
  orders: readonly KpiWorkOrder[],
  calendar: BusinessCalendar = DEFAULT_BUSINESS_CALENDAR
): number | null {
  return average(orders.flatMap((order) => (order.resolvedAt ? [businessMinutesTo(order, order.resolvedAt, calendar)] : [])))
}

/** Of the work orders that ever had a resolution proposed, the share the household reopened at least once. */
export function reopenRate(orders: readonly KpiWorkOrder[]): Ratio {
  const proposed = orders.filter(
    (order) =>
      !!order.resolvedAt ||
      (order.reopenCount ?? 0) > 0 ||
      order.step === 'awaiting_confirmation' ||
      order.step === 'closed'
  )
  return ratio(proposed.filter((order) => (order.reopenCount ?? 0) > 0).length, proposed.length)
}

/** Of the closed work orders, the share whose household answered (confirmed) rather than staff closing unanswered. */
export function confirmationRate(orders: readonly KpiWorkOrder[]): Ratio {
  const closed = orders.filter((order) => order.step === 'closed')
  return ratio(closed.filter((order) => !!order.confirmedAt).length, closed.length)
}

/** Mean 1-5 rating of the handling; ratings outside 1-5 are ignored. */
export function averageSatisfaction(orders: readonly KpiWorkOrder[]): { average: number | null; count: number } {
  const ratings = orders.flatMap((order) =>
    typeof order.satisfaction === 'number' && order.satisfaction >= 1 && order.satisfaction <= 5 ? [order.satisfaction] : []
  )
  return { average: average(ratings), count: ratings.length }
}

export interface CategoryCount {
  category: ComplaintCategory
  label: string
  count: number
}

/** Most complained-about categories first; ties by category id. */
export function topCategories(orders: readonly KpiWorkOrder[], limit = 5): CategoryCount[] {
  const counts = new Map<ComplaintCategory, number>()
  for (const order of orders) counts.set(order.category, (counts.get(order.category) ?? 0) + 1)
  return [...counts]
    .map(([category, count]) => ({ category, label: COMPLAINT_CATEGORY_LABELS[category] ?? category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category))
    .slice(0, limit)
}

export interface CleanerCount {
  cleanerId: string
  count: number
  /** Distinct households among those complaints. */
  households: number
}

/** Cleaners with the most complaints first (then the most households, then by id); complaints without one skipped. */
export function topCleaners(orders: readonly KpiWorkOrder[], limit = 5): CleanerCount[] {
  const byCleaner = new Map<string, KpiWorkOrder[]>()
  for (const order of orders) {
    if (order.cleanerId) byCleaner.set(order.cleanerId, [...(byCleaner.get(order.cleanerId) ?? []), order])
  }
  return [...byCleaner]
    .map(([cleanerId, list]) => ({
      cleanerId,
      count: list.length,
      households: new Set(list.map((order) => order.customerId)).size
    }))
    .sort((a, b) => b.count - a.count || b.households - a.households || a.cleanerId.localeCompare(b.cleanerId))
    .slice(0, limit)
}

export interface ComplaintKpis {
  total: number
  firstResponseSla: SlaPassRate
  resolutionSla: SlaPassRate
  averageFirstResponseMinutes: number | null
  averageResolutionMinutes: number | null
  reopenRate: Ratio
  confirmationRate: Ratio
  satisfaction: { average: number | null; count: number }
  topCategories: CategoryCount[]
  topCleaners: CleanerCount[]
}

export function complaintKpis(
  orders: readonly KpiWorkOrder[],
  options: { calendar?: BusinessCalendar; top?: number } = {}
): ComplaintKpis {
  const calendar = options.calendar ?? DEFAULT_BUSINESS_CALENDAR
  const top = options.top ?? 5
  return {
    total: orders.length,
    firstResponseSla: slaPassRate(orders, 'first_response'),
    resolutionSla: slaPassRate(orders, 'resolution'),
    averageFirstResponseMinutes: averageFirstResponseMinutes(orders, calendar),
    averageResolutionMinutes: averageResolutionMinutes(orders, calendar),
    reopenRate: reopenRate(orders),
    confirmationRate: confirmationRate(orders),
    satisfaction: averageSatisfaction(orders),
    topCategories: topCategories(orders, top),
    topCleaners: topCleaners(orders, top)
  }
}

// dashboard.kpis: the complaints desk's figures. Period figures (rules/complaints/kpis: SLA pass rates,
// response and resolution times in business minutes, reopen and confirmation rates, satisfaction, top categories and
// cleaners) cover the work orders received in the Shanghai dates from..to (default: the last 30 days); the current
// state (open by level and step, escalated and still open, new today) is as of now.
import { z } from '../../core/runtime'
import { shanghaiDateInput } from '../../core/runtime/schemas'
import { COMPLAINT_LEVELS, COMPLAINT_STEPS, type ComplaintLevel, type ComplaintStep } from '../../core/contract/complaint'
import { invalid } from '../../core/contract/errors'
import { COLL } from '../../core/data/collections'
import type { DeskKpis } from '../../core/contract/api/complaintsDesk'
import type { CleanerDoc } from '../../core/cleaners/accounts'
import { complaintSettings, type ComplaintDoc } from '../../core/complaints'
import { complaintKpis, type KpiWorkOrder } from '../../core/rules/complaints/kpis'
import { addDays, shanghaiDate, shanghaiInstant } from '../../core/rules/time'
import { staffAction } from '../staffAction'
import { scanWorkOrders } from '../complaints/scan'

const schema = z.object({ from: shanghaiDateInput.optional(), to: shanghaiDateInput.optional() }).strict()

const DEFAULT_DAYS = 30
const MAX_DAYS = 366

function kpiWorkOrder(wo: ComplaintDoc): KpiWorkOrder {
  return {
    category: wo.category,
    customerId: wo.customerId,
    cleanerId: wo.cleanerId,
    step: wo.step,
    receivedAt: wo.sla.receivedAt,
    firstResponseAt: wo.sla.firstResponseAt,
    resolvedAt: wo.sla.resolvedAt,
    pauses: wo.sla.pauses ?? [],
    breaches: wo.sla.breached ?? [],
    reopenCount: wo.reopenCount ?? 0,
    confirmedAt: wo.confirmedAt,
    satisfaction: wo.confirmation?.satisfied ? wo.confirmation.rating ?? null : null
  }
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
}

export const kpis = staffAction('supervisor', schema, async (input, ctx): Promise<DeskKpis> => {
  const today = shanghaiDate(ctx.now)
  const to = input.to ?? today
  const from = input.from ?? addDays(to, -(DEFAULT_DAYS - 1))
  if (from > to) throw invalid('开始日期不能晚于结束日期')
  if (daysBetween(from, to) > MAX_DAYS) throw invalid(`统计区间最长${MAX_DAYS}天`)

  const _ = ctx._
  const [settings, inPeriod, open, newToday] = await Promise.all([
    complaintSettings(ctx.db),
    scanWorkOrders(ctx.db, { createdAt: _.and(_.gte(shanghaiInstant(from, '00:00')), _.lt(shanghaiInstant(addDays(to, 1), '00:00'))) }),
    scanWorkOrders(ctx.db, { status: _.neq('closed') }),
    ctx.db.collection(COLL.complaints).where({ createdAt: _.gte(shanghaiInstant(today, '00:00')) }).count()
  ])

  const k = complaintKpis(inPeriod.map(kpiWorkOrder), { calendar: settings.sla.calendar })
  const cleanerIds = k.topCleaners.map((c) => c.cleanerId)
  const cleaners: CleanerDoc[] = cleanerIds.length
    ? (await ctx.db.collection(COLL.cleaners).where({ _id: _.in(cleanerIds) }).limit(cleanerIds.length).get()).data
    : []
  const cleanerName = new Map(cleaners.map((c) => [c._id, c.name]))

  const openByLevel = Object.fromEntries(COMPLAINT_LEVELS.map((level) => [level, 0])) as Record<ComplaintLevel, number>
  const openSteps = COMPLAINT_STEPS.filter((step): step is Exclude<ComplaintStep, 'closed'> => step !== 'closed')
  const openByStep = Object.fromEntries(openSteps.map((step) => [step, 0])) as DeskKpis['openByStep']
  for (const wo of open) {
    openByLevel[wo.level] += 1
    if (wo.step !== 'closed') openByStep[wo.step] += 1
  }
  const rate = (r: { met: number; breached: number; rate: number | null }) => ({ part: r.met, whole: r.met + r.breached, rate: r.rate })

  return {
    period: { from, to },
    received: k.total,
    openByLevel,
    openByStep,
    slaPassRate: { firstResponse: rate(k.firstResponseSla), resolution: rate(k.resolutionSla) },
    avgFirstResponseMin: round1(k.averageFirstResponseMinutes),
    avgResolutionMin: round1(k.averageResolutionMinutes),
    reopenRate: k.reopenRate,
    confirmationRate: k.confirmationRate,
    satisfaction: { average: round1(k.satisfaction.average), count: k.satisfaction.count },
    topCategories: k.topCategories,
    topCleaners: k.topCleaners.map((c) => ({ ...c, name: cleanerName.get(c.cleanerId) ?? '' })),
    newToday: newToday.total ?? 0,
    escalatedOpen: open.filter((wo) => !!wo.escalatedAt).length
  }
})

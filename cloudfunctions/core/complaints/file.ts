// Filing a complaint: the work order is created already assessed by the rules: severity with its reasons (category,
// keywords, customer value, repeat complaints in 90 days), the starting level, the SLA deadlines on the business
// calendar (settings 'business'.businessHours), then incident detection over recent complaints (incident.ts).
// Idempotent on the household's requestKey (unique index): the same complaint sent twice is one work order; another
// household's key is CONFLICT and reveals nothing. The caller validates the input (order ownership, photos) first.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { findOne, insertedId, isDuplicate } from '../data/db'
import { conflict, internal } from '../contract/errors'
import type { ComplaintCategory } from '../contract/complaint'
import type { CustomerDoc } from '../customers/customerDoc'
import type { OrderDoc } from '../orders/orderDoc'
import { assessSeverity, DEFAULT_SEVERITY_POLICY } from '../rules/complaints/severity'
import { initialLevel } from '../rules/complaints/levels'
import { slaDueAt, type SlaState } from '../rules/complaints/sla'
import { slaNextDueAt } from '../rules/complaints/nextDue'
import { randomSerial } from '../rules/orderNo'
import { ticketNumber } from '../rules/ticketNo'
import { DAY_MS } from '../rules/time'
import type { ComplaintDoc, ComplaintSla } from './complaintDoc'
import { complaintSettings } from './settings'
import { newEvent } from './timeline'
import { linkIncident } from './incident'
import { queueRankOf } from './dueIndex'
import { complaintsOfHousehold, loadWorkOrder } from './load'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'now'>

export interface NewComplaint {
  customer: CustomerDoc
  /** the household's own order the complaint is about, already checked */
  order: OrderDoc | null
  category: ComplaintCategory
  description: string
  /** fileIDs already checked to exist */
  photos: string[]
  contactTime: string
  requestKey: string
}

/** Premium services in the last 90 days that make a customer valuable (DESIGN §7: >= 2 premium cleanings in 3 months). */
export const PREMIUM_ORDERS_AT_LEAST = 2
const VALUE_WINDOW_DAYS = 90
const TICKET_NO_ATTEMPTS = 5
export const REPEAT_TAG = '重复投诉'
export const VALUABLE_TAG = '重要客户'

/** The work order a requestKey already made for this household, or undefined; another household's key is CONFLICT. */
export async function complaintForRequestKey(ctx: Pick<Ctx, 'db'>, requestKey: string, customerId: string | undefined): Promise<ComplaintDoc | undefined> {
  const existing = await findOne<ComplaintDoc>(ctx.db, COLL.complaints, { requestKey })
  if (existing && existing.customerId !== customerId) throw conflict('该投诉请求编号已被使用，请返回重新提交')
  return existing
}

async function premiumOrderCount(ctx: Ctx, customerId: string): Promise<number> {
  const _ = ctx._
  const since = new Date(ctx.now.getTime() - VALUE_WINDOW_DAYS * DAY_MS)
  const r = await ctx.db.collection(COLL.orders)
    .where({ customerId, 'service.premium': true, status: _.neq('cancelled'), createdAt: _.gte(since) })
    .count()
  return r.total ?? 0
}

/** Inserts under a fresh ticket number, retrying on a clash; undefined when the same requestKey won the race. */
async function insertWorkOrder(ctx: Ctx, draft: Omit<ComplaintDoc, '_id' | 'ticketNo' | 'queueRank'>): Promise<ComplaintDoc | undefined> {
  for (let attempt = 0; attempt < TICKET_NO_ATTEMPTS; attempt++) {
    const ticketNo = ticketNumber(ctx.now, randomSerial())
    const doc = { ...draft, ticketNo, queueRank: queueRankOf({ ...draft, ticketNo }) }
    try {
      const r = await ctx.db.collection(COLL.complaints).add(doc)
      return { ...doc, _id: insertedId(r) }
    } catch (e) {
      if (!isDuplicate(e)) throw e
      if (await findOne(ctx.db, COLL.complaints, { requestKey: draft.requestKey })) return undefined
    }
  }
  throw internal('生成工单号失败，请重试')
}

export async function fileComplaint(ctx: Ctx, input: NewComplaint): Promise<ComplaintDoc> {
  const { customer, order } = input
  const replay = await complaintForRequestKey(ctx, input.requestKey, customer._id)
  if (replay) return replay

  const settings = await complaintSettings(ctx.db)
  const since = new Date(ctx.now.getTime() - DEFAULT_SEVERITY_POLICY.repeatWindowDays * DAY_MS)
  const earlier = await complaintsOfHousehold(ctx, customer._id, { since })
  const premium = customer.premium === true || (await premiumOrderCount(ctx, customer._id)) >= PREMIUM_ORDERS_AT_LEAST
  const customerValue = { valueScore: (customer.valueScore as number | undefined) ?? null, tier: customer.tier ?? null, premium }
  const assessment = assessSeverity({
    category: input.category,
    description: input.description,
    customer: customerValue,
    earlierComplaintsAt: earlier.map((c) => c.createdAt),
    at: ctx.now
  })
  const riskTags = [...assessment.keywords]
  if (earlier.length >= DEFAULT_SEVERITY_POLICY.repeatAtLeast) riskTags.push(REPEAT_TAG)
  if (assessment.reasons.some((r) => r.includes('重要客户'))) riskTags.push(VALUABLE_TAG)

  const state: SlaState = { severity: assessment.severity, receivedAt: ctx.now, firstResponseAt: null, resolvedAt: null, pauses: [], breaches: [] }
  const sla: ComplaintSla = {
    receivedAt: ctx.now,
    firstResponseAt: null,
    resolvedAt: null,
    pauses: [],
    breached: [],
    firstResponseDue: slaDueAt(state, 'first_response', ctx.now, settings.sla),
    resolveDue: slaDueAt(state, 'resolution', ctx.now, settings.sla),
    nextDueAt: slaNextDueAt(state, settings.sla)
  }
  const household = { kind: 'household' as const, id: customer._id }
  const created = newEvent('created', ctx.now, household, { text: input.description, photos: input.photos })

  const inserted = await insertWorkOrder(ctx, {
    requestKey: input.requestKey,
    customerId: customer._id,
    openid: customer.openid,
    orderId: order?._id ?? null,
    orderNo: order?.orderNo ?? null,
    cleanerId: order?.cleanerId ?? null,
    area: order ? `${order.address.city ?? ''}${order.address.district ?? ''}` || null : null,
    category: input.category,
    description: input.description,
    photos: input.photos,
    contactTime: input.contactTime,
    severity: assessment.severity,
    severityReasons: assessment.reasons,
    keywords: assessment.keywords,
    level: initialLevel(assessment.severity),
    step: 'received',
    status: 'open',
    assignee: null,
    sla,
    timeline: [created],
    resolution: null,
    compensations: [],
    confirmation: null,
    confirmedAt: null,
    reopenCount: 0,
    riskTags,
    incidentId: null,
    escalatedAt: null,
    alerts: 0,
    closedAt: null,
    lastEventAt: ctx.now,
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now
  })
  if (!inserted) {
    const twin = await complaintForRequestKey(ctx, input.requestKey, customer._id)
    if (!twin) throw internal('投诉提交失败，请重试')
    return twin
  }
  const incidentId = await linkIncident(ctx, inserted)
  return incidentId ? loadWorkOrder(ctx, inserted._id) : inserted
}

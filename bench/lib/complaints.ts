// Open work orders for `npm run bench:sla`, written straight into the store as fileComplaint and applyAction would
// have left them (the same fields, a short timeline, `sla.nextDueAt` and `queueRank` stamped by core/complaints
// dueIndexOf). The mix, from a seeded PRNG, relative to `now`:
//   due      first response never given, received 2-3 days ago: past due, not recorded (the watch escalates them)
//   breached a first-response breach on record (answered late), the resolution clock running
//   paused   waiting on the household (an open pause): no due instant
//   fresh    received in the last 15 minutes, not answered yet (first response due within the next 2 hours)
//   answered received in the last 6 hours and answered: the resolution clock (24-72 business hours) runs
import { slaStateOf, type ComplaintDoc, type WorkOrderEvent } from '../../cloudfunctions/core/complaints/complaintDoc'
import { dueIndexOf } from '../../cloudfunctions/core/complaints/dueIndex'
import type { ComplaintCategory, ComplaintSeverity } from '../../cloudfunctions/core/contract/complaint'
import { slaDueAt, type SlaSettings } from '../../cloudfunctions/core/rules/complaints/sla'
export { prng } from './orders'

export type WorkOrderKind = 'due' | 'breached' | 'paused' | 'fresh' | 'answered'

const MIN = 60_000
const H = 60 * MIN
const DAY = 24 * H
const CATEGORIES: ComplaintCategory[] = ['lateness', 'missed_spots', 'attitude', 'damage', 'lost_item']
const SEVERITIES: ComplaintSeverity[] = ['low', 'medium', 'high']

/** `due` work orders, then the rest in the mix 2 % breached, 3 % paused, 10 % fresh, the others answered. */
export function kindOf(i: number, due: number, random: () => number): WorkOrderKind {
  if (i < due) return 'due'
  const r = random()
  return r < 0.02 ? 'breached' : r < 0.05 ? 'paused' : r < 0.15 ? 'fresh' : 'answered'
}

const event = (id: string, type: WorkOrderEvent['type'], at: Date, actor: WorkOrderEvent['actor'], text: string, visibility: WorkOrderEvent['visibility'] = 'household'): WorkOrderEvent =>
  ({ id, type, at, visibility, actor, text }) as WorkOrderEvent

export function benchWorkOrder(i: number, kind: WorkOrderKind, now: Date, random: () => number, settings: SlaSettings): ComplaintDoc {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]
  const ago =
    kind === 'due' ? 2 * DAY + random() * DAY
      : kind === 'fresh' ? random() * 15 * MIN
        : kind === 'breached' ? DAY + random() * 6 * H
          : random() * 6 * H
  const receivedAt = new Date(now.getTime() - ago)
  const severity: ComplaintSeverity = kind === 'fresh' || kind === 'due' ? pick(['low', 'medium'] as const) : pick(SEVERITIES)
  const household = { kind: 'household' as const, id: `cust_${i % 20_000}` }
  const agent = { kind: 'staff' as const, id: 'staff_bench', role: 'agent' as const, name: '客服小周' }
  const ticketNo = `TS${receivedAt.toISOString().slice(0, 10).replace(/-/g, '')}${String(i).padStart(6, '0')}`
  const timeline: WorkOrderEvent[] = [event(`e${i}a`, 'created', receivedAt, household, '厨房台面没有擦干净，油渍还在，卫生间地漏也有头发')]
  const sla: ComplaintDoc['sla'] = {
    receivedAt,
    firstResponseDue: receivedAt,
    resolveDue: receivedAt,
    firstResponseAt: null,
    resolvedAt: null,
    pauses: [],
    breached: []
  }
  if (kind === 'breached' || kind === 'paused' || kind === 'answered') {
    const state = slaStateOf({ severity, sla })
    const due = slaDueAt(state, 'first_response', receivedAt, settings)
    // answered in time, or (breached) an hour after the deadline, which the watch recorded
    const at = kind === 'breached' ? new Date(due.getTime() + H) : new Date(Math.min(receivedAt.getTime() + 10 * MIN, now.getTime()))
    sla.firstResponseAt = at
    timeline.push(event(`e${i}b`, 'reply', at, agent, '非常抱歉给您添麻烦了，我们马上核实并安排处理。'))
    if (kind === 'breached') sla.breached = [{ clock: 'first_response', dueAt: due, detectedAt: new Date(due.getTime() + 5 * MIN), levelFrom: 'L1', levelTo: 'L2' }]
    if (kind === 'paused') {
      sla.pauses = [{ start: at, end: null, reason: '等待客户提供照片' }]
      timeline.push(event(`e${i}c`, 'sla_paused', at, agent, '等待客户提供照片', 'internal'))
    }
  }
  const state = slaStateOf({ severity, sla })
  sla.firstResponseDue = slaDueAt(state, 'first_response', now, settings)
  sla.resolveDue = slaDueAt(state, 'resolution', now, settings)
  const base = {
    severity,
    step: kind === 'fresh' || kind === 'due' ? ('received' as const) : ('investigating' as const),
    sla,
    ticketNo
  }
  const index = dueIndexOf(base, settings)
  return {
    _id: `wo_${String(i).padStart(7, '0')}`,
    ...base,
    requestKey: `bench_${i}`,
    customerId: household.id,
    openid: `openid_${i % 20_000}`,
    orderId: `order_${i}`,
    orderNo: `JZ${String(i).padStart(10, '0')}`,
    cleanerId: `cleaner_${i % 400}`,
    area: `上海市${pick(['浦东新区', '徐汇区', '静安区', '闵行区', '长宁区'])}`,
    category: pick(CATEGORIES),
    description: timeline[0].text ?? '',
    photos: [],
    contactTime: '工作日晚上7点后',
    severityReasons: ['投诉类型：服务质量'],
    keywords: [],
    level: kind === 'breached' ? 'L2' : severity === 'high' ? 'L2' : 'L1',
    status: 'open',
    assignee: kind === 'fresh' || kind === 'due' ? null : { id: agent.id, name: agent.name, role: 'agent' },
    sla: { ...sla, nextDueAt: index.nextDueAt },
    queueRank: index.queueRank,
    timeline,
    resolution: null,
    compensations: [],
    confirmation: null,
    confirmedAt: null,
    reopenCount: 0,
    riskTags: [],
    incidentId: null,
    escalatedAt: kind === 'breached' ? new Date(receivedAt.getTime() + 3 * H) : null,
    alerts: kind === 'breached' ? 1 : 0,
    closedAt: null,
    lastEventAt: timeline[timeline.length - 1].at,
    version: timeline.length,
    createdAt: receivedAt,
    updatedAt: timeline[timeline.length - 1].at
  }
}

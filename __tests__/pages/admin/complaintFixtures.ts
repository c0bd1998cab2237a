// Answers of the complaints desk (admin complaints.*, scripts.*, scenarios.*, drills.*, dashboard.kpis), shaped by
// contract/api/complaintsDesk.ts, for the admin page tests. Times are relative to the real clock (pages count down).
import type {
  DeskKpis, DeskSla, DeskSlaDetail, DeskTimelineEntry, DrillResultView, DrillStartView, QueueItem, ScenarioView,
  ScriptView, WorkOrderView
} from '@core/contract/api/complaintsDesk'
import type { StaffView } from '@core/contract/api/admin'

export const MIN = 60_000
export const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()

export const SUPERVISOR: StaffView = { id: 's2', username: 'zhuguan', name: '主管老李', role: 'supervisor', roleLabel: '主管' }

export function sla(over: Partial<DeskSla> = {}): DeskSla {
  return {
    firstResponseDue: at(90 * MIN),
    resolveDue: at(48 * 60 * MIN),
    breached: [],
    nextDue: at(90 * MIN),
    nextClock: 'first_response',
    state: 'ok',
    paused: false,
    ...over
  }
}

export function queueItem(over: Partial<QueueItem> = {}): QueueItem {
  return {
    id: 'c1',
    ticketNo: 'TS20261122000001',
    category: 'missed_spots',
    categoryLabel: '漏扫/不干净',
    severity: 'medium',
    severityLabel: '一般',
    level: 'L1',
    levelLabel: '一级（客服）',
    step: 'assessed',
    stepLabel: '已定级',
    status: 'open',
    assignee: { id: 's1', name: '李客服', role: 'agent' },
    customerName: '王**',
    orderNo: 'JZ20261121000001',
    createdAt: at(-30 * MIN),
    lastEventAt: at(-10 * MIN),
    sla: sla(),
    incidentId: null,
    escalated: false,
    ...over
  }
}

function slaDetail(base: DeskSla): DeskSlaDetail {
  return {
    ...base,
    clocks: [
      { clock: 'first_response', label: '首次响应', dueAt: base.firstResponseDue, status: 'running', stoppedAt: null },
      { clock: 'resolution', label: '解决', dueAt: base.resolveDue, status: 'running', stoppedAt: null }
    ],
    pauses: [],
    breaches: []
  }
}

export function entry(over: Partial<DeskTimelineEntry> = {}): DeskTimelineEntry {
  return {
    id: 'e1', at: at(-30 * MIN), type: 'created', label: '客户提交投诉', visibility: 'household', by: '客户',
    text: '厨房油烟机没擦，地上还有水渍', from: null, to: null, photos: [], details: null,
    ...over
  }
}

export function workOrder(over: Partial<WorkOrderView> = {}): WorkOrderView {
  const base = queueItem(over)
  return {
    ...base,
    description: '厨房油烟机没擦，地上还有水渍，阿姨提前走了。',
    contactTime: '工作日晚上7点后',
    photos: [],
    severityReasons: ['投诉类型「漏扫/不干净」基础级别：一般'],
    keywords: [],
    riskTags: [],
    reopenCount: 0,
    household: { id: 'cus1', nameMasked: '王**', phoneMasked: '138****5678', tier: null, stage: 'active', orderCount: 3, valueScore: null, tags: [], since: at(-90 * 24 * 60 * MIN) },
    order: {
      id: 'o1', orderNo: 'JZ20261121000001', status: 'completed', statusLabel: '已完成', serviceName: '深度保洁', category: 'deep_cleaning',
      categoryLabel: '深度保洁', slotLabel: '11月21日 周六 上午 08:00-12:00', area: '上海市浦东新区', payableFen: 49900,
      cleaner: { id: 'k1', name: '张阿姨', gradeLabel: '金牌' }, checkIn: at(-26 * 60 * MIN), checkOut: at(-22 * 60 * MIN), confirmedAt: null
    },
    earlierComplaints: [],
    timeline: [entry()],
    sla: slaDetail(base.sla),
    compensations: [],
    resolution: null,
    confirmation: null,
    closedAt: null,
    caseStudy: null,
    mustCall: false,
    actions: [
      { action: 'reply', label: '回复' },
      { action: 'note', label: '添加备注' },
      { action: 'escalate', label: '升级' },
      { action: 'start_investigation', label: '开始调查' },
      { action: 'pause_sla', label: '暂停计时（等待客户）' }
    ],
    version: 3,
    ...over
  } as WorkOrderView
}

export function script(over: Partial<ScriptView> = {}): ScriptView {
  return {
    id: 'sc1', scenario: 'missed_spots', scenarioLabel: '漏扫/不干净', step: 'assessed', stepLabel: '已定级',
    title: '漏扫致歉并约返工', text: '{{客户称呼}}您好，非常抱歉{{服务时间}}的{{服务项目}}让您不满意……',
    variables: ['客户称呼', '服务时间', '服务项目'], usage: 12, updatedAt: at(-24 * 60 * MIN),
    ...over
  }
}

export function scenario(over: Partial<ScenarioView> = {}): ScenarioView {
  return {
    id: 'sn1', title: '深度保洁后客户说厨房没擦', category: 'missed_spots', categoryLabel: '漏扫/不干净',
    serviceCategory: 'deep_cleaning', serviceCategoryLabel: '深度保洁', background: '客户做完深度保洁的第二天来电。',
    customerWords: '你们阿姨干的什么活？油烟机根本没擦！', recommendedScripts: ['先致歉，再约返工时间'],
    keyPoints: [{ id: 'apology', label: '真诚致歉' }, { id: 'reservice', label: '提出免费返工' }, { id: 'deadline', label: '给出处理时限' }],
    difficulty: 2, timeLimitSec: 180,
    ...over
  }
}

export function drillStart(s: ScenarioView = scenario()): DrillStartView {
  return {
    drillId: 'd1',
    scenario: { id: s.id, title: s.title, category: s.category, categoryLabel: s.categoryLabel, background: s.background, customerWords: s.customerWords, keyPointCount: s.keyPoints.length },
    startedAt: at(0),
    timeLimitSec: s.timeLimitSec
  }
}

export function drillResult(over: Partial<DrillResultView> = {}): DrillResultView {
  return {
    drillId: 'd1', scenarioId: 'sn1', scenarioTitle: '深度保洁后客户说厨房没擦',
    covered: [{ id: 'apology', label: '真诚致歉', matched: '抱歉' }, { id: 'reservice', label: '提出免费返工', matched: '返工' }],
    missed: [{ id: 'deadline', label: '给出处理时限' }],
    score: 67, passed: true, durationSec: 95, timeLimitSec: 180, overtime: false, recommendedScripts: ['先致歉，再约返工时间'],
    ...over
  }
}

export function kpis(over: Partial<DeskKpis> = {}): DeskKpis {
  return {
    period: { from: '2026-10-24', to: '2026-11-22' },
    received: 42,
    openByLevel: { L1: 7, L2: 3, L3: 1 },
    openByStep: { received: 2, assessed: 3, investigating: 4, resolving: 1, awaiting_confirmation: 1 },
    slaPassRate: { firstResponse: { part: 38, whole: 40, rate: 0.95 }, resolution: { part: 27, whole: 33, rate: 27 / 33 } },
    avgFirstResponseMin: 42.5,
    avgResolutionMin: 1350,
    reopenRate: { part: 2, whole: 30, rate: 2 / 30 },
    confirmationRate: { part: 24, whole: 28, rate: 24 / 28 },
    satisfaction: { average: 4.36, count: 25 },
    topCategories: [{ category: 'missed_spots', label: '漏扫/不干净', count: 15 }, { category: 'lateness', label: '迟到', count: 9 }],
    topCleaners: [{ cleanerId: 'k1', name: '张阿姨', count: 4, households: 3 }],
    newToday: 5,
    escalatedOpen: 2,
    ...over
  }
}

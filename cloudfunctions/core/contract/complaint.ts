// The complaint work order's vocabulary: steps, response levels, severities, categories, staff actions, timeline
// event types, SLA clocks, compensation kinds and script variables. The rules live in rules/complaints/.
import type { StaffRole } from './staff'

/** received -> assessed -> investigating -> resolving -> awaiting_confirmation -> closed (reopen: back to investigating). */
export const COMPLAINT_STEPS = [
  'received',
  'assessed',
  'investigating',
  'resolving',
  'awaiting_confirmation',
  'closed'
] as const
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number]

export const COMPLAINT_STEP_LABELS: Record<ComplaintStep, string> = {
  received: '已受理',
  assessed: '已定级',
  investigating: '调查中',
  resolving: '处理中',
  awaiting_confirmation: '待客户确认',
  closed: '已结案'
}

/** L1 客服 soothes and records; L2 主管 finds the root cause and allocates resources; L3 经理 supervises and closes. */
export const COMPLAINT_LEVELS = ['L1', 'L2', 'L3'] as const
export type ComplaintLevel = (typeof COMPLAINT_LEVELS)[number]

export const COMPLAINT_LEVEL_LABELS: Record<ComplaintLevel, string> = {
  L1: '一级（客服）',
  L2: '二级（主管）',
  L3: '三级（经理）'
}

/** The staff role that owns each level: decisions on a work order need at least this role. */
export const COMPLAINT_LEVEL_ROLES: Record<ComplaintLevel, StaffRole> = {
  L1: 'agent',
  L2: 'supervisor',
  L3: 'manager'
}

export const COMPLAINT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number]

export const COMPLAINT_SEVERITY_LABELS: Record<ComplaintSeverity, string> = {
  low: '轻微',
  medium: '一般',
  high: '严重',
  critical: '重大'
}

export const COMPLAINT_CATEGORIES = [
  'lateness',
  'missed_spots',
  'attitude',
  'damage',
  'lost_item',
  'safety',
  'price_dispute',
  'privacy',
  'professional',
  'fraud_claim',
  'other'
] as const
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number]

export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  lateness: '迟到',
  missed_spots: '漏扫/不干净',
  attitude: '服务态度',
  damage: '物品损坏',
  lost_item: '物品丢失',
  safety: '安全问题',
  price_dispute: '价格争议',
  privacy: '隐私泄露',
  professional: '专业能力（保姆/月嫂）',
  fraud_claim: '诈骗指控/舆情',
  other: '其他'
}

export function isComplaintCategory(value: unknown): value is ComplaintCategory {
  return typeof value === 'string' && (COMPLAINT_CATEGORIES as readonly string[]).includes(value)
}

/** What a person can do to a work order; rules/complaints/workflow.ts says where and by whom. */
export const COMPLAINT_ACTIONS = [
  'reply',
  'note',
  'assess',
  'assign',
  'escalate',
  'start_investigation',
  'start_resolving',
  'compensate',
  'approve_compensation',
  'propose_resolution',
  'pause_sla',
  'resume_sla',
  'close',
  'confirm',
  'reopen'
] as const
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number]

export const COMPLAINT_ACTION_LABELS: Record<ComplaintAction, string> = {
  reply: '回复',
  note: '添加备注',
  assess: '定级',
  assign: '分派',
  escalate: '升级',
  start_investigation: '开始调查',
  start_resolving: '开始处理',
  compensate: '提出补偿',
  approve_compensation: '审批补偿',
  propose_resolution: '提交处理方案',
  pause_sla: '暂停计时（等待客户）',
  resume_sla: '恢复计时',
  close: '结案',
  confirm: '确认处理结果',
  reopen: '重新打开'
}

/** Every entry of a work order's timeline has one of these types. */
export const COMPLAINT_TIMELINE_EVENTS = [
  'created',
  'household_message',
  'reply',
  'note',
  'severity_assessed',
  'assigned',
  'level_changed',
  'step_changed',
  'compensation_proposed',
  'compensation_approved',
  'resolution_proposed',
  'household_confirmed',
  'household_reopened',
  'closed',
  'sla_paused',
  'sla_resumed',
  'sla_breached',
  'incident_linked'
] as const
export type ComplaintTimelineEventType = (typeof COMPLAINT_TIMELINE_EVENTS)[number]

export const COMPLAINT_TIMELINE_EVENT_LABELS: Record<ComplaintTimelineEventType, string> = {
  created: '客户提交投诉',
  household_message: '客户留言',
  reply: '客服回复',
  note: '内部备注',
  severity_assessed: '评定严重程度',
  assigned: '分派处理人',
  level_changed: '响应级别变更',
  step_changed: '处理环节变更',
  compensation_proposed: '提出补偿',
  compensation_approved: '补偿获批',
  resolution_proposed: '提交处理方案',
  household_confirmed: '客户确认解决',
  household_reopened: '客户不满意，重新打开',
  closed: '结案',
  sla_paused: '暂停计时（等待客户）',
  sla_resumed: '恢复计时',
  sla_breached: '超出时限',
  incident_linked: '并入群体事件'
}

export interface ComplaintTimelineEvent {
  type: ComplaintTimelineEventType
  at: Date
  actor: { kind: 'household' | 'staff' | 'system'; id?: string; role?: StaffRole }
  text?: string
  from?: string
  to?: string
  details?: Record<string, unknown>
}

/** The two SLA clocks a work order runs. */
export const SLA_CLOCKS = ['first_response', 'resolution'] as const
export type SlaClock = (typeof SLA_CLOCKS)[number]

export const SLA_CLOCK_LABELS: Record<SlaClock, string> = {
  first_response: '首次响应',
  resolution: '解决'
}

/** A span in which the clocks stand still because staff wait on the household; end is null while it lasts. */
export interface SlaPause {
  start: Date
  end?: Date | null
  reason?: string
}

/** A breach as recorded on the work order: never removed, and it carries the escalation it caused. */
export interface SlaBreach {
  clock: SlaClock
  dueAt: Date
  detectedAt: Date
  levelFrom: ComplaintLevel
  levelTo: ComplaintLevel
}

export const COMPENSATION_KINDS = ['coupon', 're_service'] as const
export type CompensationKind = (typeof COMPENSATION_KINDS)[number]

export const COMPENSATION_KIND_LABELS: Record<CompensationKind, string> = {
  coupon: '优惠券',
  re_service: '免费返工/复检'
}

export const INCIDENT_KINDS = ['same_cleaner', 'same_area_day'] as const
export type IncidentKind = (typeof INCIDENT_KINDS)[number]

export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  same_cleaner: '同一阿姨被多户投诉',
  same_area_day: '同一区域同日多户投诉'
}

/** The variables a script template (话术模板) may use, written {{客户称呼}}, with what each holds. */
export const SCRIPT_VARIABLES = {
  客户称呼: '如：王女士',
  服务时间: '如：11月22日 上午 08:00-12:00',
  服务项目: '如：深度保洁',
  补偿内容: '如：¥50.00 优惠券',
  工单号: '投诉工单号',
  阿姨称呼: '如：李阿姨',
  客服姓名: '处理人的名字',
  处理时限: '如：今天 18:00 前',
  公司名称: '公司对外名称'
} as const
export type ScriptVariable = keyof typeof SCRIPT_VARIABLES
export const SCRIPT_VARIABLE_NAMES = Object.keys(SCRIPT_VARIABLES) as ScriptVariable[]

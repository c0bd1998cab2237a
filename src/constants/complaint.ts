// The complaint vocabulary as src/ shows it (the household pages and the desk), the limits the forms check before
// sending, and the household's own guard on what a timeline may show. The labels repeat the contract's
// (contract/complaint.ts; src/ may import only types from there); page tests check they stay equal.
import type { ComplaintCategory, ComplaintLevel, ComplaintSeverity, ComplaintStep, ComplaintTimelineEventType } from '@core/contract/complaint'

export const COMPLAINT_CATEGORY_TEXT: Record<ComplaintCategory, string> = {
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

export const COMPLAINT_LEVEL_TEXT: Record<ComplaintLevel, string> = { L1: '一级（客服）', L2: '二级（主管）', L3: '三级（经理）' }

export const COMPLAINT_STEP_TEXT: Record<ComplaintStep, string> = {
  received: '已受理',
  assessed: '已定级',
  investigating: '调查中',
  resolving: '处理中',
  awaiting_confirmation: '待客户确认',
  closed: '已结案'
}

export const COMPLAINT_SEVERITY_TEXT: Record<ComplaintSeverity, string> = { low: '轻微', medium: '一般', high: '严重', critical: '重大' }

/** The categories a household picks from, in the order people think of them. 诈骗指控/舆情 is staff's classification
 *  (the words in the description raise the severity on the server), so households are not asked to choose it. */
export const HOUSEHOLD_CATEGORIES: Array<{ id: ComplaintCategory; label: string }> = (
  ['missed_spots', 'lateness', 'attitude', 'damage', 'lost_item', 'safety', 'price_dispute', 'privacy', 'professional', 'other'] as const
).map((id) => ({ id, label: COMPLAINT_CATEGORY_TEXT[id] }))

export const DESCRIPTION_MIN = 5
export const DESCRIPTION_MAX = 1000
export const REPLY_MAX = 500
export const PHOTOS_MAX = 6
export const CONTACT_TIME_MAX = 50
export const REOPEN_REASON_MIN = 2
export const REOPEN_REASON_MAX = 300
export const COMMENT_MAX = 300

/** When the household would like a call back; the last choice lets them type their own. */
export const CONTACT_TIMES = ['随时可以', '工作日白天', '工作日晚上7点后', '周末全天']
export const CONTACT_TIME_OWN = '自己填写'

/** The five steps of the progress bar; the fifth is 待确认 until the household answers, then 已结案. */
export const PROGRESS_STEPS: Array<{ steps: ComplaintStep[]; label: string }> = [
  ...(['received', 'assessed', 'investigating', 'resolving'] as const).map((step) => ({ steps: [step], label: COMPLAINT_STEP_TEXT[step] })),
  { steps: ['awaiting_confirmation', 'closed'], label: '待确认' }
]

/** What the household's screen shows of a timeline, whatever arrives: never notes, levels, assignment or SLA. */
export const HOUSEHOLD_EVENTS: readonly ComplaintTimelineEventType[] = [
  'created', 'household_message', 'reply', 'step_changed', 'resolution_proposed', 'household_confirmed',
  'household_reopened', 'closed'
]

/** Characters as a person counts them (and as the server checks lengths): an emoji is one. */
export const charCount = (s: string) => Array.from(s).length

// UI copy for the household's complaint pages that is needed before any complaint has loaded, and the household's
// own guard on what a timeline may show. The labels repeat the contract's (contract/complaint.ts; src/ may import
// only types from there) and a page test checks they stay equal.
import type { ComplaintCategory, ComplaintStep, ComplaintTimelineEventType } from '@core/contract/complaint'

/** The categories a household picks from, in the order people think of them. 诈骗指控/舆情 is staff's classification
 *  (the words in the description raise the severity on the server), so households are not asked to choose it. */
export const HOUSEHOLD_CATEGORIES: Array<{ id: ComplaintCategory; label: string }> = [
  { id: 'missed_spots', label: '漏扫/不干净' },
  { id: 'lateness', label: '迟到' },
  { id: 'attitude', label: '服务态度' },
  { id: 'damage', label: '物品损坏' },
  { id: 'lost_item', label: '物品丢失' },
  { id: 'safety', label: '安全问题' },
  { id: 'price_dispute', label: '价格争议' },
  { id: 'privacy', label: '隐私泄露' },
  { id: 'professional', label: '专业能力（保姆/月嫂）' },
  { id: 'other', label: '其他' }
]

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
  { steps: ['received'], label: '已受理' },
  { steps: ['assessed'], label: '已定级' },
  { steps: ['investigating'], label: '调查中' },
  { steps: ['resolving'], label: '处理中' },
  { steps: ['awaiting_confirmation', 'closed'], label: '待确认' }
]

/** What the household's screen shows of a timeline, whatever arrives: never notes, levels, assignment or SLA. */
export const HOUSEHOLD_EVENTS: readonly ComplaintTimelineEventType[] = [
  'created', 'household_message', 'reply', 'step_changed', 'resolution_proposed', 'household_confirmed',
  'household_reopened', 'closed'
]

/** Characters as a person counts them (and as the server checks lengths): an emoji is one. */
export const charCount = (s: string) => Array.from(s).length

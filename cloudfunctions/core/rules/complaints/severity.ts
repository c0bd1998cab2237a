// How serious a complaint is, with the reasons staff see: the category sets a base, words in the description set a
// floor, and a valuable customer or a repeat complainer raises it one step each.
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_SEVERITY_LABELS,
  isComplaintCategory,
  type ComplaintCategory,
  type ComplaintSeverity
} from '../../contract/complaint'
import { invalid } from '../../contract/errors'
import { DAY_MS } from '../time'
import { findMention } from './textMatch'

/** Service-quality complaints start low; harm to property, person, privacy or reputation starts high. */
export const CATEGORY_BASE_SEVERITY: Record<ComplaintCategory, ComplaintSeverity> = {
  lateness: 'low',
  missed_spots: 'low',
  other: 'low',
  attitude: 'medium',
  price_dispute: 'medium',
  professional: 'medium',
  damage: 'high',
  lost_item: 'high',
  safety: 'high',
  privacy: 'high',
  fraud_claim: 'high'
}

export interface KeywordRule {
  /** What the words mean, shown in the reason: 描述提到「受伤」（人身伤害）. */
  topic: string
  words: readonly string[]
  exclude?: readonly string[]
  /** The severity is at least this when a word is mentioned. */
  floor: ComplaintSeverity
}

export const KEYWORD_RULES: readonly KeywordRule[] = [
  {
    topic: '人身伤害',
    words: ['受伤', '流血', '烫伤', '摔伤', '骨折', '住院', '咬伤', '虐待', '打孩子', '打老人', '体罚'],
    floor: 'critical'
  },
  {
    topic: '偷窃',
    words: ['偷', '盗', '失窃', '顺走', '手脚不干净'],
    // 偷懒 (slacking), 偷工减料 (cutting corners), 偷偷 (secretly) and 偷拍 (privacy, below) are not theft.
    exclude: ['偷懒', '偷工减料', '偷偷', '偷拍'],
    floor: 'critical'
  },
  { topic: '报警', words: ['报警', '警察', '派出所'], floor: 'critical' },
  { topic: '安全事故', words: ['着火', '失火', '火灾', '触电', '漏电', '燃气泄漏', '煤气泄漏'], floor: 'critical' },
  {
    topic: '物品损坏',
    words: ['损坏', '弄坏', '打碎', '打破', '摔坏', '摔碎', '碎了', '刮花', '划花', '烧坏', '泡坏'],
    floor: 'high'
  },
  { topic: '物品丢失', words: ['丢失', '丢了', '不见了'], floor: 'high' },
  { topic: '诈骗', words: ['诈骗', '骗子', '骗钱', '欺诈'], floor: 'high' },
  { topic: '隐私', words: ['偷拍', '泄露', '隐私'], floor: 'high' },
  {
    topic: '舆情/外部投诉',
    words: ['曝光', '投诉到', '12315', '消协', '消费者协会', '媒体', '记者', '微博', '抖音', '小红书', '热搜'],
    floor: 'high'
  },
  { topic: '法律纠纷', words: ['律师', '起诉', '法院', '打官司'], floor: 'high' }
]

export interface SeverityPolicy {
  /** A valueScore at or above this marks a valuable customer. */
  valueScoreAtLeast: number
  /** Customer tiers that count as valuable. */
  valuableTiers: readonly string[]
  repeatWindowDays: number
  /** Earlier complaints in the window from which the household counts as a repeat complainer. */
  repeatAtLeast: number
}

export const DEFAULT_SEVERITY_POLICY: SeverityPolicy = {
  valueScoreAtLeast: 80,
  valuableTiers: ['gold', 'platinum', 'diamond'],
  repeatWindowDays: 90,
  repeatAtLeast: 2
}

export interface SeverityInput {
  category: ComplaintCategory
  description?: string | null
  customer?: { valueScore?: number | null; tier?: string | null; premium?: boolean | null } | null
  /** When this household's earlier complaints were filed (any age; the window is applied here). */
  earlierComplaintsAt?: readonly Date[]
  /** When this complaint is filed. */
  at: Date
}

export interface SeverityAssessment {
  severity: ComplaintSeverity
  /** Why, in Chinese, in the order the rules applied. */
  reasons: string[]
  /** The words of the description that set a floor. */
  keywords: string[]
}

const rank = (severity: ComplaintSeverity) => COMPLAINT_SEVERITIES.indexOf(severity)
const label = (severity: ComplaintSeverity) => `「${COMPLAINT_SEVERITY_LABELS[severity]}」`

export function raiseSeverity(severity: ComplaintSeverity): ComplaintSeverity {
  return COMPLAINT_SEVERITIES[Math.min(rank(severity) + 1, COMPLAINT_SEVERITIES.length - 1)]
}

/** The tail of a reason for a one-step raise: 提高一级至「严重」, or 已是最高级「重大」 when there is no step left. */
function raisedTo(before: ComplaintSeverity, after: ComplaintSeverity): string {
  return after === before ? `已是最高级${label(after)}` : `提高一级至${label(after)}`
}

export function maxSeverity(a: ComplaintSeverity, b: ComplaintSeverity): ComplaintSeverity {
  return rank(a) >= rank(b) ? a : b
}

function valuableCustomerReason(customer: SeverityInput['customer'], policy: SeverityPolicy): string | null {
  if (!customer) return null
  if (customer.premium) return '高端服务客户'
  if (customer.tier && policy.valuableTiers.includes(customer.tier)) return `会员等级 ${customer.tier}`
  if (typeof customer.valueScore === 'number' && customer.valueScore >= policy.valueScoreAtLeast) {
    return `客户价值分 ${customer.valueScore}`
  }
  return null
}

function recentComplaintCount(input: SeverityInput, policy: SeverityPolicy): number {
  const since = input.at.getTime() - policy.repeatWindowDays * DAY_MS
  return (input.earlierComplaintsAt ?? []).filter((at) => at.getTime() >= since && at.getTime() < input.at.getTime())
    .length
}

export function assessSeverity(input: SeverityInput, policy: SeverityPolicy = DEFAULT_SEVERITY_POLICY): SeverityAssessment {
  if (!isComplaintCategory(input.category)) throw invalid('请选择投诉类型', { category: input.category })
  const base = CATEGORY_BASE_SEVERITY[input.category]
  let severity = base
  const reasons = [`投诉类型「${COMPLAINT_CATEGORY_LABELS[input.category]}」起评为${label(base)}`]
  const keywords: string[] = []

  for (const rule of KEYWORD_RULES) {
    const word = findMention(input.description ?? '', rule.words, { exclude: rule.exclude })
    if (!word) continue
    keywords.push(word)
    const before = severity
    severity = maxSeverity(severity, rule.floor)
    reasons.push(
      rank(rule.floor) > rank(before)
        ? `描述提到「${word}」（${rule.topic}），升为${label(severity)}`
        : `描述提到「${word}」（${rule.topic}）`
    )
  }

  const valuable = valuableCustomerReason(input.customer, policy)
  if (valuable) {
    const before = severity
    severity = raiseSeverity(severity)
    reasons.push(`${valuable}，重要客户${raisedTo(before, severity)}`)
  }

  const earlier = recentComplaintCount(input, policy)
  if (earlier >= policy.repeatAtLeast) {
    const before = severity
    severity = raiseSeverity(severity)
    reasons.push(`${policy.repeatWindowDays} 天内已投诉 ${earlier} 次，重复投诉${raisedTo(before, severity)}`)
  }

  return { severity, reasons, keywords }
}

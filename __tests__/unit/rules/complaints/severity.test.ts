import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../../../cloudfunctions/core/contract/complaint'
import {
  assessSeverity,
  CATEGORY_BASE_SEVERITY,
  type SeverityInput
} from '../../../../cloudfunctions/core/rules/complaints/severity'
import { thrownBy } from '../../helpers/thrownBy'

const AT = new Date('2026-11-20T02:00:00Z')
const DAY = 24 * 3600 * 1000
const daysAgo = (days: number) => new Date(AT.getTime() - days * DAY)
const assess = (category: ComplaintCategory, description = '', extra: Partial<SeverityInput> = {}) =>
  assessSeverity({ category, description, at: AT, ...extra })

describe('category base', () => {
  it('starts service-quality complaints low and harm high', () => {
    expect(Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, CATEGORY_BASE_SEVERITY[c]]))).toEqual({
      lateness: 'low',
      missed_spots: 'low',
      attitude: 'medium',
      damage: 'high',
      lost_item: 'high',
      safety: 'high',
      price_dispute: 'medium',
      privacy: 'high',
      professional: 'medium',
      fraud_claim: 'high',
      other: 'low'
    })
  })

  it('says where it started', () => {
    expect(assess('lateness', '阿姨迟到了 40 分钟')).toEqual({
      severity: 'low',
      reasons: ['投诉类型「迟到」起评为「轻微」'],
      keywords: []
    })
  })

  it('refuses a category it does not know', () => {
    expect(thrownBy(() => assess('broken' as ComplaintCategory)).code).toBe('INVALID_ARGUMENT')
  })
})

describe('keywords in the description', () => {
  it('raise a lateness complaint to critical when someone was hurt', () => {
    const result = assess('lateness', '阿姨赶时间，把孩子烫伤了')
    expect(result.severity).toBe('critical')
    expect(result.reasons).toEqual(['投诉类型「迟到」起评为「轻微」', '描述提到「烫伤」（人身伤害），升为「重大」'])
    expect(result.keywords).toEqual(['烫伤'])
  })

  it('name a keyword that confirms the base without raising it', () => {
    const result = assess('damage', '打碎了客厅的花瓶')
    expect(result.severity).toBe('high')
    expect(result.reasons[1]).toBe('描述提到「打碎」（物品损坏）')
  })

  it('treat 偷 as theft but not 偷懒, 偷工减料 or 偷偷', () => {
    expect(assess('missed_spots', '家里的金项链被偷了').severity).toBe('critical')
    expect(assess('missed_spots', '阿姨偷懒，厨房没擦，还偷偷玩手机，偷工减料').severity).toBe('low')
    expect(assess('missed_spots', '阿姨手脚不干净').keywords).toEqual(['手脚不干净'])
  })

  it('treat 偷拍 as privacy, not theft', () => {
    const result = assess('attitude', '怀疑阿姨偷拍我家')
    expect(result.severity).toBe('high')
    expect(result.keywords).toEqual(['偷拍'])
  })

  it('ignore a negated mention', () => {
    const result = assess('damage', '孩子没有受伤，但花瓶打碎了')
    expect(result.severity).toBe('high')
    expect(result.keywords).toEqual(['打碎'])
    expect(assess('lateness', '东西没被偷，就是来晚了').severity).toBe('low')
  })

  it('see threats to go public or to the authorities, in full-width digits too', () => {
    expect(assess('price_dispute', '再不处理我就投诉到１２３１５').reasons[1]).toBe('描述提到「投诉到」（舆情/外部投诉），升为「严重」')
    expect(assess('attitude', '我要发小红书曝光你们').severity).toBe('high')
    expect(assess('attitude', '我已经报警了').severity).toBe('critical')
    expect(assess('price_dispute', '我会找律师').severity).toBe('high')
    expect(assess('fraud_claim', '你们就是诈骗').keywords).toEqual(['诈骗'])
  })

  it('list every topic mentioned, in rule order', () => {
    expect(assess('other', '东西丢了还弄坏了门，我要曝光').keywords).toEqual(['弄坏', '丢了', '曝光'])
  })
})

describe('customer value and repeat complaints', () => {
  it('raise a valuable customer one step, by value score, tier or premium service', () => {
    const byScore = assess('lateness', '', { customer: { valueScore: 85 } })
    expect(byScore.severity).toBe('medium')
    expect(byScore.reasons[1]).toBe('客户价值分 85，重要客户提高一级至「一般」')
    expect(assess('lateness', '', { customer: { valueScore: 79 } }).severity).toBe('low')
    expect(assess('lateness', '', { customer: { tier: 'gold' } }).severity).toBe('medium')
    expect(assess('lateness', '', { customer: { premium: true } }).reasons[1]).toBe('高端服务客户，重要客户提高一级至「一般」')
    expect(assess('lateness', '', { customer: { tier: 'regular', valueScore: 0 } }).severity).toBe('low')
  })

  it('raise one step from the second earlier complaint within 90 days', () => {
    expect(assess('lateness', '', { earlierComplaintsAt: [daysAgo(10)] }).severity).toBe('low')
    const repeat = assess('lateness', '', { earlierComplaintsAt: [daysAgo(10), daysAgo(89)] })
    expect(repeat.severity).toBe('medium')
    expect(repeat.reasons[1]).toBe('90 天内已投诉 2 次，重复投诉提高一级至「一般」')
    expect(assess('lateness', '', { earlierComplaintsAt: [daysAgo(10), daysAgo(91)] }).severity).toBe('low')
  })

  it('apply both raises, and say so when there is no step left', () => {
    const both = { customer: { valueScore: 90 }, earlierComplaintsAt: [daysAgo(1), daysAgo(2), daysAgo(3)] }
    expect(assess('lateness', '', both).severity).toBe('high')
    const top = assess('damage', '被偷了', both)
    expect(top.severity).toBe('critical')
    expect(top.reasons.slice(-2)).toEqual([
      '客户价值分 90，重要客户已是最高级「重大」',
      '90 天内已投诉 3 次，重复投诉已是最高级「重大」'
    ])
  })
})

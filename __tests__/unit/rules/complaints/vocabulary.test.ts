import {
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_ACTIONS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_LEVEL_LABELS,
  COMPLAINT_LEVEL_ROLES,
  COMPLAINT_LEVELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_SEVERITY_LABELS,
  COMPLAINT_STEP_LABELS,
  COMPLAINT_STEPS,
  COMPLAINT_TIMELINE_EVENT_LABELS,
  COMPLAINT_TIMELINE_EVENTS,
  COMPENSATION_KIND_LABELS,
  isComplaintCategory,
  SCRIPT_VARIABLE_NAMES
} from '../../../../cloudfunctions/core/contract/complaint'

describe('complaint vocabulary', () => {
  it('names the five steps and the end', () => {
    expect(COMPLAINT_STEPS.map((step) => COMPLAINT_STEP_LABELS[step])).toEqual([
      '已受理',
      '已定级',
      '调查中',
      '处理中',
      '待客户确认',
      '已结案'
    ])
  })

  it('names three levels, each owned by a staff role', () => {
    expect(COMPLAINT_LEVELS.map((level) => [COMPLAINT_LEVEL_LABELS[level], COMPLAINT_LEVEL_ROLES[level]])).toEqual([
      ['一级（客服）', 'agent'],
      ['二级（主管）', 'supervisor'],
      ['三级（经理）', 'manager']
    ])
  })

  it('orders severities from low to critical', () => {
    expect(COMPLAINT_SEVERITIES.map((s) => COMPLAINT_SEVERITY_LABELS[s])).toEqual(['轻微', '一般', '严重', '重大'])
  })

  it('labels the eleven categories', () => {
    expect(COMPLAINT_CATEGORIES.map((c) => [c, COMPLAINT_CATEGORY_LABELS[c]])).toEqual([
      ['lateness', '迟到'],
      ['missed_spots', '漏扫/不干净'],
      ['attitude', '服务态度'],
      ['damage', '物品损坏'],
      ['lost_item', '物品丢失'],
      ['safety', '安全问题'],
      ['price_dispute', '价格争议'],
      ['privacy', '隐私泄露'],
      ['professional', '专业能力（保姆/月嫂）'],
      ['fraud_claim', '诈骗指控/舆情'],
      ['other', '其他']
    ])
    expect(isComplaintCategory('damage')).toBe(true)
    expect(isComplaintCategory('物品损坏')).toBe(false)
    expect(isComplaintCategory('toString')).toBe(false)
  })

  it('labels every action, timeline event and compensation kind in Chinese', () => {
    const chinese = /[\u4e00-\u9fff]/
    expect(COMPLAINT_ACTIONS.every((a) => chinese.test(COMPLAINT_ACTION_LABELS[a]))).toBe(true)
    expect(COMPLAINT_TIMELINE_EVENTS.every((e) => chinese.test(COMPLAINT_TIMELINE_EVENT_LABELS[e]))).toBe(true)
    expect(COMPENSATION_KIND_LABELS).toEqual({ coupon: '优惠券', re_service: '免费返工/复检' })
  })

  it('lists the script variables staff may use', () => {
    expect(SCRIPT_VARIABLE_NAMES).toEqual(
      expect.arrayContaining(['客户称呼', '服务时间', '补偿内容', '工单号', '阿姨称呼', '客服姓名'])
    )
  })
})

import { drillTiming, scoreDrillAnswer, type DrillKeyPoint } from '../../../../cloudfunctions/core/rules/complaints/drills'
import { thrownBy } from '../../helpers/thrownBy'

// Scenario: 阿姨打碎了客户的花瓶，客户很生气。
const KEY_POINTS: DrillKeyPoint[] = [
  { id: 'apologise', label: '先道歉安抚', keywords: ['道歉', '抱歉', '对不起'] },
  { id: 'facts', label: '核实经过与物品价值', keywords: ['核实', '了解情况', '照片'] },
  { id: 'plan', label: '给出赔付方案', keywords: ['赔偿', '补偿', '照价赔'], weight: 2 },
  { id: 'deadline', label: '承诺处理时限', keywords: ['小时内', '今天之内', '明天前'] }
]

describe('scoreDrillAnswer', () => {
  it('scores by the weight of the key points covered', () => {
    const result = scoreDrillAnswer('王女士，真的非常抱歉！麻烦您发一下花瓶的照片，我们会照价赔偿。', KEY_POINTS)
    expect(result).toEqual({
      score: 80,
      passed: true,
      covered: [
        { id: 'apologise', label: '先道歉安抚', matched: '抱歉' },
        { id: 'facts', label: '核实经过与物品价值', matched: '照片' },
        { id: 'plan', label: '给出赔付方案', matched: '赔偿' }
      ],
      missed: [{ id: 'deadline', label: '承诺处理时限' }]
    })
  })

  it('gives 100 for all points and 0 for none', () => {
    expect(scoreDrillAnswer('对不起，我先核实，2 小时内给您补偿方案', KEY_POINTS).score).toBe(100)
    const none = scoreDrillAnswer('这个不归我管', KEY_POINTS)
    expect(none).toMatchObject({ score: 0, passed: false, covered: [] })
    expect(none.missed.map((point) => point.id)).toEqual(['apologise', 'facts', 'plan', 'deadline'])
  })

  it('does not count a negated phrase', () => {
    const result = scoreDrillAnswer('我们不道歉，也没有补偿', KEY_POINTS)
    expect(result.covered).toEqual([])
  })

  it('passes at the pass score, which the scenario may change', () => {
    const answer = '抱歉，我来核实'
    expect(scoreDrillAnswer(answer, KEY_POINTS).score).toBe(40)
    expect(scoreDrillAnswer(answer, KEY_POINTS).passed).toBe(false)
    expect(scoreDrillAnswer(answer, KEY_POINTS, 40).passed).toBe(true)
  })

  it('refuses a scenario without key points, a point without keywords, or a weight of 0', () => {
    expect(thrownBy(() => scoreDrillAnswer('抱歉', [])).message).toBe('演练场景还没有设置要点')
    expect(thrownBy(() => scoreDrillAnswer('抱歉', [{ id: 'x', label: '道歉', keywords: [' '] }])).message).toBe(
      '要点「道歉」至少需要一个关键词'
    )
    expect(thrownBy(() => scoreDrillAnswer('抱歉', [{ id: 'x', label: '道歉', keywords: ['抱歉'], weight: 0 }])).code).toBe(
      'INVALID_ARGUMENT'
    )
  })
})

describe('drillTiming', () => {
  const start = new Date('2026-03-02T02:00:00Z')
  it('counts whole seconds and flags a run over its limit', () => {
    expect(drillTiming(start, new Date(start.getTime() + 179_600), 180)).toEqual({ durationSec: 180, overtime: false })
    expect(drillTiming(start, new Date(start.getTime() + 181_000), 180)).toEqual({ durationSec: 181, overtime: true })
  })
  it('never goes below zero', () => {
    expect(drillTiming(start, new Date(start.getTime() - 5_000), 60)).toEqual({ durationSec: 0, overtime: false })
  })
})

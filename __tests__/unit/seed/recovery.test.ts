// The seeded training material is usable as it stands: every script uses only known variables, every scenario has
// 3-5 scorable key points, and its own model answer passes its drill.
import { COMPLAINT_CATEGORIES, COMPLAINT_STEPS, SCRIPT_VARIABLE_NAMES } from '../../../cloudfunctions/core/contract/complaint'
import { SCRIPT_SCENARIOS } from '../../../cloudfunctions/core/contract/recovery'
import { scoreDrillAnswer } from '../../../cloudfunctions/core/rules/complaints/drills'
import { renderScript, templateProblem } from '../../../cloudfunctions/core/rules/complaints/scripts'
import { RECOVERY_SCENARIOS, RECOVERY_SCRIPTS } from '../../../local/seed/recovery'

describe('seeded scenarios', () => {
  it('are at least 30, with unique ids, covering every complaint category', () => {
    expect(RECOVERY_SCENARIOS.length).toBeGreaterThanOrEqual(30)
    expect(new Set(RECOVERY_SCENARIOS.map((s) => s.id)).size).toBe(RECOVERY_SCENARIOS.length)
    expect(new Set(RECOVERY_SCENARIOS.map((s) => s.category))).toEqual(new Set(COMPLAINT_CATEGORIES))
  })

  it('cover nanny and maternity-nurse issues and a public post accusing the company of fraud', () => {
    const services = RECOVERY_SCENARIOS.map((s) => s.serviceCategory)
    expect(services).toContain('nanny')
    expect(services).toContain('maternity_nurse')
    expect(RECOVERY_SCENARIOS.some((s) => s.category === 'fraud_claim' && /小红书|朋友圈/.test(s.background + s.customerWords))).toBe(true)
  })

  it.each(RECOVERY_SCENARIOS.map((s) => [s.id, s] as const))('%s: customer words, model answers and 3-5 key points', (_id, s) => {
    expect(s.customerWords).toMatch(/[\u4e00-\u9fff]/)
    expect(s.recommendedScripts.length).toBeGreaterThan(0)
    expect(s.keyPoints.length).toBeGreaterThanOrEqual(3)
    expect(s.keyPoints.length).toBeLessThanOrEqual(5)
    expect(new Set(s.keyPoints.map((p) => p.id)).size).toBe(s.keyPoints.length)
    for (const p of s.keyPoints) expect(p.keywords.length).toBeGreaterThan(0)
    // the model answer is a good answer by the scorer's own measure
    expect(scoreDrillAnswer(s.recommendedScripts.join(''), s.keyPoints).passed).toBe(true)
    // and a shrug is not
    expect(scoreDrillAnswer('这个我也不清楚。', s.keyPoints).passed).toBe(false)
  })
})

describe('seeded script templates', () => {
  it('are at least 20, with unique ids, for known scenarios and steps', () => {
    expect(RECOVERY_SCRIPTS.length).toBeGreaterThanOrEqual(20)
    expect(new Set(RECOVERY_SCRIPTS.map((s) => s.id)).size).toBe(RECOVERY_SCRIPTS.length)
    for (const s of RECOVERY_SCRIPTS) {
      expect(SCRIPT_SCENARIOS).toContain(s.scenario)
      expect(COMPLAINT_STEPS).toContain(s.step)
    }
  })

  it.each(RECOVERY_SCRIPTS.map((s) => [s.id, s] as const))('%s: only known variables, well formed', (_id, s) => {
    expect(templateProblem(s.text)).toBeNull()
    const all = Object.fromEntries(SCRIPT_VARIABLE_NAMES.map((name) => [name, 'x']))
    const rendered = renderScript(s.text, all)
    expect(rendered.unknown).toEqual([])
    expect(rendered.text).not.toMatch(/\{\{|\}\}/)
  })
})

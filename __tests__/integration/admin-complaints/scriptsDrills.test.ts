// Script templates (话术模板): the seeded library, saving with only known variables, rendering from a work order
// (usage counted with _.inc, also under concurrent renders). Scenario drills: start, scoring by the key points covered,
// one submit only (also when sent twice at once), overtime flagged but scored, and each staff member sees only her own.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn } from '../../helpers/api'
import { staffSession, type StaffSession } from '../../helpers/desk'
import { actAll, complainant, fileAs } from '../../helpers/complaintsDesk'
import { RECOVERY_SCENARIOS, RECOVERY_SCRIPTS, seedRecovery } from '../../../local/seed/recovery'

jest.setTimeout(120_000)

let t: TestCloud
let agent: StaffSession
let otherAgent: StaffSession
let supervisor: StaffSession

beforeAll(async () => {
  t = await startTestCloud()
  const seeded = await seedRecovery(t.db)
  expect(seeded).toEqual({ scenarios: RECOVERY_SCENARIOS.length, scripts: RECOVERY_SCRIPTS.length })
  agent = await staffSession(t, 'agent', '小周')
  otherAgent = await staffSession(t, 'agent', '小吴')
  supervisor = await staffSession(t, 'supervisor', '老李')
})
afterAll(async () => { await t?.close() })

describe('seed', () => {
  it('is written once: a second run adds nothing and keeps what staff changed', async () => {
    await t.db.collection('scripts').doc('tpl-other-received').update({ title: '其他：受理（已修改）' })
    expect(await seedRecovery(t.db)).toEqual({ scenarios: 0, scripts: 0 })
    expect((await t.db.collection('scripts').where({ _id: 'tpl-other-received' }).get()).data[0].title).toBe('其他：受理（已修改）')
  })
})

describe('scripts', () => {
  it('lists the library by scenario and step, filtered on request', async () => {
    const all = await okFn(t, 'admin', 'scripts.list', {}, agent.token)
    expect(all.length).toBe(RECOVERY_SCRIPTS.length)
    expect(all[0]).toMatchObject({ scenario: 'general', scenarioLabel: '通用', step: 'received', stepLabel: '已受理', usage: 0 })
    const damage = await okFn(t, 'admin', 'scripts.list', { scenario: 'damage' }, agent.token)
    expect(damage.map((s: any) => s.step)).toEqual(['received', 'investigating', 'resolving'])
    const closing = await okFn(t, 'admin', 'scripts.list', { step: 'closed' }, agent.token)
    expect(closing.map((s: any) => s.id)).toEqual(['tpl-general-closed'])
  })

  it('a 主管 writes a new template and edits one; variables are listed; usage stays; both are audited', async () => {
    const created = await okFn(t, 'admin', 'scripts.save', {
      scenario: 'lateness', step: 'awaiting_confirmation', title: '迟到：请确认',
      text: '{{客户称呼}}您好，{{服务时间}}的迟到问题已经处理，{{补偿内容}}已发放，请您确认。'
    }, supervisor.token)
    expect(created).toMatchObject({ scenario: 'lateness', step: 'awaiting_confirmation', variables: ['客户称呼', '服务时间', '补偿内容'], usage: 0 })
    const listed = await okFn(t, 'admin', 'scripts.list', { scenario: 'lateness' }, agent.token)
    expect(listed.map((s: any) => s.id)).toContain(created.id)

    await t.db.collection('scripts').doc('tpl-lateness-received').update({ usage: 7 })
    const edited = await okFn(t, 'admin', 'scripts.save', {
      id: 'tpl-lateness-received', scenario: 'lateness', step: 'received', title: '迟到：致歉',
      text: '{{客户称呼}}您好，{{阿姨称呼}}迟到了，非常抱歉。'
    }, supervisor.token)
    expect(edited).toMatchObject({ id: 'tpl-lateness-received', title: '迟到：致歉', variables: ['客户称呼', '阿姨称呼'], usage: 7 })
    const audit = (await t.db.collection('audit_logs').where({ staffId: supervisor.id }).get()).data.map((a: any) => a.action).sort()
    expect(audit).toEqual(['scripts.create', 'scripts.update'])
  })

  it('renders from the work order, leaves what it does not know visible, and counts every use', async () => {
    const h = await complainant(t, { cleanerName: '赵丽华' })
    const id = await fileAs(t, h, 'lateness', '约的上午九点，阿姨十点才到，也没有打电话')
    const first = await okFn(t, 'admin', 'scripts.render', { scriptId: 'tpl-lateness-resolving', complaintId: id }, agent.token)
    // no compensation granted yet: the agent fills it in
    expect(first.missing).toEqual(['补偿内容'])
    expect(first.text).toContain('{{补偿内容}}')
    expect(first.text).toMatch(/^张女士您好，\d+月\d+日 周. 上午 08:00-12:00的服务迟到是我们的责任/)

    await actAll(t, id, [
      [agent.token, 'reply', { text: '非常抱歉' }],
      [agent.token, 'assess', { severity: 'low' }],
      [agent.token, 'start_investigation'],
      [supervisor.token, 'compensate', { compensation: { kind: 'coupon', amountFen: 3000 } }]
    ])
    const renders = await Promise.all(Array.from({ length: 5 }, () =>
      okFn(t, 'admin', 'scripts.render', { scriptId: 'tpl-lateness-resolving', complaintId: id }, agent.token)))
    expect(renders[0].missing).toEqual([])
    expect(renders[0].text).toContain('公司为您准备了¥30.00 优惠券')
    const received = await okFn(t, 'admin', 'scripts.render', { scriptId: 'tpl-damage-investigating', complaintId: id }, agent.token)
    expect(received.text).toContain('赵阿姨')
    const used = (await t.db.collection('scripts').where({ _id: 'tpl-lateness-resolving' }).get()).data[0]
    expect(used.usage).toBe(6)
    expect(used.lastUsedAt).toBeInstanceOf(Date)
  })
})

describe('scenarios', () => {
  it('lists at least 30 scenarios with the customer words, model answers and key points, never the keywords', async () => {
    const list = await okFn(t, 'admin', 'scenarios.list', {}, agent.token)
    expect(list.length).toBeGreaterThanOrEqual(30)
    expect(list[0]).toMatchObject({ id: RECOVERY_SCENARIOS[0].id, categoryLabel: '迟到', timeLimitSec: 180 })
    for (const s of list) {
      expect(s.customerWords).toBeTruthy()
      expect(s.recommendedScripts.length).toBeGreaterThan(0)
      expect(s.keyPoints.length).toBeGreaterThanOrEqual(3)
      for (const p of s.keyPoints) expect(Object.keys(p).sort()).toEqual(['id', 'label'])
    }
    const fraud = await okFn(t, 'admin', 'scenarios.list', { category: 'fraud_claim' }, agent.token)
    expect(fraud.map((s: any) => s.id)).toContain('scn-fraud-xiaohongshu-post')
  })
})

describe('drills', () => {
  const VASE = 'scn-damage-vase'

  it('scores the key points an answer covers, once', async () => {
    const started = await okFn(t, 'admin', 'drills.start', { scenarioId: VASE }, agent.token)
    expect(started).toMatchObject({ scenario: { id: VASE, title: '阿姨擦柜子时打碎了花瓶', keyPointCount: 4 }, timeLimitSec: 180 })
    expect(started.scenario).not.toHaveProperty('recommendedScripts')
    const stored = (await t.db.collection('scenarios').where({ _id: started.drillId }).get()).data[0]
    expect(stored).toMatchObject({ kind: 'drill', staffId: agent.id, scenarioId: VASE, status: 'started', timeLimitSec: 180 })
    expect(stored.startedAt).toBeInstanceOf(Date)

    const answer = '王女士，真的非常抱歉！麻烦您把碎片和购买记录拍照发给我，核实后我们按规定照价赔偿，今天下班前给您方案。'
    const result = await okFn(t, 'admin', 'drills.submit', { drillId: started.drillId, answer }, agent.token)
    expect(result).toMatchObject({ score: 100, passed: true, overtime: false, missed: [] })
    expect(result.covered.map((c: any) => c.id)).toEqual(['apologise', 'evidence', 'compensate', 'deadline'])
    expect(result.durationSec).toBeGreaterThanOrEqual(0)
    expect(result.durationSec).toBeLessThan(60)
    expect(result.recommendedScripts.length).toBeGreaterThan(0)

    const again = await callFn(t, 'admin', 'drills.submit', { drillId: started.drillId, answer: '不知道' }, agent.token)
    expect(again.error).toEqual({ code: 'FAILED_PRECONDITION', message: '这次演练已经提交过了，如需再练请重新开始' })
    expect((await t.db.collection('scenarios').where({ _id: started.drillId }).get()).data[0]).toMatchObject({ score: 100, answer })
  })

  it('weighs the points: an apology and an offer to pay cover 3 of 5', async () => {
    const { drillId } = await okFn(t, 'admin', 'drills.start', { scenarioId: VASE }, agent.token)
    const result = await okFn(t, 'admin', 'drills.submit', { drillId, answer: '对不起，我们会赔偿您的。' }, agent.token)
    expect(result).toMatchObject({ score: 60, passed: true })
    expect(result.covered.map((c: any) => c.id)).toEqual(['apologise', 'compensate'])
    expect(result.missed).toEqual([{ id: 'evidence', label: '请客户提供照片/凭证' }, { id: 'deadline', label: '承诺明确的处理时限' }])
  })

  it('an answer after the time limit is still scored, and flagged overtime', async () => {
    const { drillId } = await okFn(t, 'admin', 'drills.start', { scenarioId: VASE }, agent.token)
    await t.db.collection('scenarios').doc(drillId).update({ startedAt: new Date(Date.now() - 10 * 60_000) })
    const result = await okFn(t, 'admin', 'drills.submit', { drillId, answer: '非常抱歉，我们照价赔偿' }, agent.token)
    expect(result.overtime).toBe(true)
    expect(result.durationSec).toBeGreaterThanOrEqual(600)
    expect(result.score).toBe(60)
  })

  it('two submits at once: one is scored, the other refused', async () => {
    const { drillId } = await okFn(t, 'admin', 'drills.start', { scenarioId: VASE }, agent.token)
    const answers = ['非常抱歉，我们照价赔偿', '不关我的事']
    const results = await Promise.all(answers.map((answer) => callFn(t, 'admin', 'drills.submit', { drillId, answer }, agent.token)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(['FAILED_PRECONDITION'])
    const stored = (await t.db.collection('scenarios').where({ _id: drillId }).get()).data[0]
    const winner = results.find((r) => r.ok)!.data
    expect(stored.score).toBe(winner.score)
  })

  it("each staff member sees her own runs, newest first; another's run is not hers to submit", async () => {
    const theirs = await okFn(t, 'admin', 'drills.start', { scenarioId: 'scn-lateness-no-show' }, otherAgent.token)
    const mine = await okFn(t, 'admin', 'drills.mine', {}, agent.token)
    expect(mine).toHaveLength(4)
    expect(mine.every((r: any) => r.status === 'submitted')).toBe(true)
    expect(mine[0].overtime).toBe(false)
    expect(mine.map((r: any) => Date.parse(r.startedAt))).toEqual([...mine.map((r: any) => Date.parse(r.startedAt))].sort((a, b) => b - a))
    expect(await okFn(t, 'admin', 'drills.mine', {}, otherAgent.token)).toEqual([expect.objectContaining({ drillId: theirs.drillId, status: 'started', score: null })])
    const r = await callFn(t, 'admin', 'drills.submit', { drillId: theirs.drillId, answer: '抱歉' }, agent.token)
    expect(r.error.code).toBe('NOT_FOUND')
  })
})

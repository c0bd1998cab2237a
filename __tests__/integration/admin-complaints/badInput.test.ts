// Bad input for every complaints-desk action: INVALID_ARGUMENT (or NOT_FOUND for an id that does not exist, or for
// another staff member's drill) with a Chinese message a person can act on, and nothing written anywhere.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, CHINESE } from '../../helpers/api'
import { snapshot, staffSession, type StaffSession } from '../../helpers/desk'
import { actAll, complainant, fileAs } from '../../helpers/complaintsDesk'
import { seedRecovery } from '../../../local/seed/recovery'

jest.setTimeout(120_000)

let t: TestCloud
let manager: StaffSession
let ids: { open: string; investigating: string; drill: string; othersDrill: string }
const WRITTEN = ['complaints', 'scripts', 'scenarios', 'coupons', 'orders', 'audit_logs', 'messages', 'slot_counters']

beforeAll(async () => {
  t = await startTestCloud()
  await seedRecovery(t.db)
  manager = await staffSession(t, 'manager')
  const agent = await staffSession(t, 'agent')
  const open = await fileAs(t, await complainant(t), 'lateness', '阿姨迟到了半个多小时，也没有打电话说一声')
  const investigating = await fileAs(t, await complainant(t), 'missed_spots', '窗台和踢脚线都没有擦，地上还有头发')
  await actAll(t, investigating, [
    [manager.token, 'reply', { text: '非常抱歉，我们马上核实' }],
    [manager.token, 'assess', { severity: 'low' }],
    [manager.token, 'start_investigation']
  ])
  const drill = (await okFn(t, 'admin', 'drills.start', { scenarioId: 'scn-damage-vase' }, manager.token)).drillId
  const othersDrill = (await okFn(t, 'admin', 'drills.start', { scenarioId: 'scn-damage-vase' }, agent.token)).drillId
  ids = { open, investigating, drill, othersDrill }
})
afterAll(async () => { await t?.close() })

type Case = [string, () => Record<string, unknown>, 'INVALID_ARGUMENT' | 'NOT_FOUND', (string | RegExp)?]

const CASES: Case[] = [
  ['complaints.queue', () => ({ level: 'L4' }), 'INVALID_ARGUMENT', '响应级别的取值不正确'],
  ['complaints.queue', () => ({ step: 'done' }), 'INVALID_ARGUMENT', '处理环节的取值不正确'],
  ['complaints.queue', () => ({ severity: 3 }), 'INVALID_ARGUMENT', '严重程度的取值不正确'],
  ['complaints.queue', () => ({ category: 'noise' }), 'INVALID_ARGUMENT', '投诉类型的取值不正确'],
  ['complaints.queue', () => ({ status: 'pending' }), 'INVALID_ARGUMENT', '工单状态的取值不正确'],
  ['complaints.queue', () => ({ cursor: 'not-a-cursor' }), 'INVALID_ARGUMENT', '翻页参数不正确，请刷新后重试'],
  ['complaints.queue', () => ({ limit: 51 }), 'INVALID_ARGUMENT', '每页数量太大'],
  ['complaints.detail', () => ({}), 'INVALID_ARGUMENT', '缺少投诉工单'],
  ['complaints.detail', () => ({ complaintId: 'no-such-complaint' }), 'NOT_FOUND', '投诉工单不存在'],
  ['complaints.act', () => ({ complaintId: ids.open, op: 'fly' }), 'INVALID_ARGUMENT', '工单操作的取值不正确'],
  ['complaints.act', () => ({ complaintId: ids.open, op: 'reply' }), 'INVALID_ARGUMENT', '请填写回复内容'],
  ['complaints.act', () => ({ complaintId: ids.open, op: 'reply', text: '长'.repeat(501) }), 'INVALID_ARGUMENT', '回复内容不能超过500字'],
  ['complaints.act', () => ({ complaintId: ids.open, op: 'note', text: '   ' }), 'INVALID_ARGUMENT', '请填写备注内容'],
  ['complaints.act', () => ({ complaintId: ids.open, op: 'assess', severity: 'huge' }), 'INVALID_ARGUMENT', '严重程度的取值不正确'],
  ['complaints.act', () => ({ complaintId: ids.open, op: 'assess' }), 'INVALID_ARGUMENT', '请选择严重程度'],
  ['complaints.act', () => ({ complaintId: ids.open, op: 'assign', assigneeId: 'no-such-staff' }), 'NOT_FOUND', '处理人不存在或已停用'],
  ['complaints.act', () => ({ complaintId: ids.open, op: 'reply', text: '您好', scriptId: 'no-such-script' }), 'NOT_FOUND', '话术模板不存在'],
  ['complaints.act', () => ({ complaintId: ids.open, op: 'note', text: '备注', version: 'one' }), 'INVALID_ARGUMENT', '工单版本的类型不正确'],
  ['complaints.act', () => ({ complaintId: 'no-such-complaint', op: 'note', text: '备注' }), 'NOT_FOUND', '投诉工单不存在'],
  ['complaints.act', () => ({ complaintId: ids.investigating, op: 'compensate' }), 'INVALID_ARGUMENT', '请填写补偿内容'],
  ['complaints.act', () => ({ complaintId: ids.investigating, op: 'compensate', compensation: { kind: 'cash', amountFen: 100 } }), 'INVALID_ARGUMENT', '补偿方式的取值不正确'],
  ['complaints.act', () => ({ complaintId: ids.investigating, op: 'compensate', compensation: { kind: 'coupon' } }), 'INVALID_ARGUMENT', '优惠券金额必须是正整数分'],
  ['complaints.act', () => ({ complaintId: ids.investigating, op: 'compensate', compensation: { kind: 'coupon', amountFen: 12.5 } }), 'INVALID_ARGUMENT', '补偿金额的类型不正确'],
  ['complaints.act', () => ({ complaintId: ids.investigating, op: 'compensate', compensation: { kind: 'reservice', window: 'morning' } }), 'INVALID_ARGUMENT', '请选择返工的服务日期'],
  ['complaints.act', () => ({ complaintId: ids.investigating, op: 'compensate', compensation: { kind: 'reservice', date: '2026-02-30', window: 'morning' } }), 'INVALID_ARGUMENT', '日期格式不正确，应为 YYYY-MM-DD'],
  ['complaints.act', () => ({ complaintId: ids.investigating, op: 'compensate', compensation: { kind: 'reservice', date: '2026-03-01', window: 'night' } }), 'INVALID_ARGUMENT', '服务时段的取值不正确'],
  ['complaints.act', () => ({ complaintId: ids.investigating, op: 'compensate', compensation: { kind: 'reservice', serviceId: 'no-such-service', date: '2030-01-01', window: 'morning' } }), 'NOT_FOUND', '该服务不存在或已下架，请重新选择'],
  ['complaints.markCase', () => ({ complaintId: ids.open, isCase: 'yes' }), 'INVALID_ARGUMENT', '是否典型案例的类型不正确'],
  ['complaints.markCase', () => ({ complaintId: ids.open, isCase: true, lesson: '先道歉' }), 'INVALID_ARGUMENT', '请填写案例标题'],
  ['complaints.markCase', () => ({ complaintId: ids.open, isCase: true, title: '迟到', lesson: '长'.repeat(501) }), 'INVALID_ARGUMENT', '经验总结不能超过500字'],
  ['complaints.markCase', () => ({ complaintId: 'no-such-complaint', isCase: false }), 'NOT_FOUND', '投诉工单不存在'],
  ['cases.list', () => ({ category: 'damage' }), 'INVALID_ARGUMENT', '不认识的参数: category'],
  ['scripts.list', () => ({ scenario: 'noise' }), 'INVALID_ARGUMENT', '适用场景的取值不正确'],
  ['scripts.list', () => ({ step: 'done' }), 'INVALID_ARGUMENT', '处理环节的取值不正确'],
  ['scripts.save', () => ({ scenario: 'damage', step: 'received', title: '损坏', text: '{{客户名称}}您好' }), 'INVALID_ARGUMENT', /^话术中有不认识的变量 \{\{客户名称\}\}，可用的变量有：/],
  ['scripts.save', () => ({ scenario: 'damage', step: 'received', title: '损坏', text: '{{客户称呼您好' }), 'INVALID_ARGUMENT', '话术中的变量格式不正确，应写成 {{客户称呼}} 这样'],
  ['scripts.save', () => ({ scenario: 'damage', step: 'received', title: ' ', text: '您好' }), 'INVALID_ARGUMENT', '请填写标题'],
  ['scripts.save', () => ({ scenario: 'damage', step: 'received', title: '损坏', text: '长'.repeat(1001) }), 'INVALID_ARGUMENT', '话术内容不能超过1000字'],
  ['scripts.save', () => ({ scenario: 'damage', step: 'later', title: '损坏', text: '您好' }), 'INVALID_ARGUMENT', '处理环节的取值不正确'],
  ['scripts.save', () => ({ id: 'no-such-script', scenario: 'damage', step: 'received', title: '损坏', text: '您好' }), 'NOT_FOUND', '话术模板不存在'],
  ['scripts.render', () => ({ complaintId: ids.open }), 'INVALID_ARGUMENT', '缺少话术模板'],
  ['scripts.render', () => ({ scriptId: 'no-such-script', complaintId: ids.open }), 'NOT_FOUND', '话术模板不存在'],
  ['scripts.render', () => ({ scriptId: 'tpl-general-received', complaintId: 'no-such-complaint' }), 'NOT_FOUND', '投诉工单不存在'],
  ['scenarios.list', () => ({ category: 'noise' }), 'INVALID_ARGUMENT', '投诉类型的取值不正确'],
  ['drills.start', () => ({}), 'INVALID_ARGUMENT', '缺少演练场景'],
  ['drills.start', () => ({ scenarioId: 'no-such-scenario' }), 'NOT_FOUND', '演练场景不存在'],
  ['drills.start', () => ({ scenarioId: ids.drill }), 'NOT_FOUND', '演练场景不存在'],
  ['drills.submit', () => ({ drillId: ids.drill, answer: '   ' }), 'INVALID_ARGUMENT', '请填写回答'],
  ['drills.submit', () => ({ drillId: ids.drill, answer: '长'.repeat(2001) }), 'INVALID_ARGUMENT', '回答不能超过2000字'],
  ['drills.submit', () => ({ drillId: 'no-such-drill', answer: '非常抱歉' }), 'NOT_FOUND', '演练记录不存在'],
  ['drills.submit', () => ({ drillId: ids.othersDrill, answer: '非常抱歉' }), 'NOT_FOUND', '演练记录不存在'],
  ['drills.mine', () => ({ limit: 5 }), 'INVALID_ARGUMENT', '不认识的参数: limit'],
  ['dashboard.kpis', () => ({ from: '2026-02-30' }), 'INVALID_ARGUMENT', '日期格式不正确，应为 YYYY-MM-DD'],
  ['dashboard.kpis', () => ({ from: '2026-03-02', to: '2026-03-01' }), 'INVALID_ARGUMENT', '开始日期不能晚于结束日期'],
  ['dashboard.kpis', () => ({ from: '2024-01-01', to: '2026-01-01' }), 'INVALID_ARGUMENT', '统计区间最长366天']
]

it('has a case for every desk action', () => {
  expect(new Set(CASES.map((c) => c[0])).size).toBe(13)
})

it.each(CASES)('%s: refused with a Chinese message, nothing written', async (name, input, code, message) => {
  const before = await snapshot(t, WRITTEN)
  const r = await callFn(t, 'admin', name, input(), manager.token)
  expect(r.ok).toBe(false)
  expect(r.error.code).toBe(code)
  expect(r.error.message).toMatch(CHINESE)
  if (typeof message === 'string') expect(r.error.message).toBe(message)
  else if (message) expect(r.error.message).toMatch(message)
  expect(await snapshot(t, WRITTEN)).toBe(before)
})

it('a refused action leaves the work order and its version as they were', async () => {
  const before = (await okFn(t, 'admin', 'complaints.detail', { complaintId: ids.investigating }, manager.token)).version
  await callFn(t, 'admin', 'complaints.act', { complaintId: ids.investigating, op: 'close' }, manager.token)
  const after = await okFn(t, 'admin', 'complaints.detail', { complaintId: ids.investigating }, manager.token)
  expect(after.version).toBe(before)
})

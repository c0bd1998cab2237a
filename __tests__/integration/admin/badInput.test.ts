// Bad input for every admin action: INVALID_ARGUMENT (or NOT_FOUND for an id that does not exist) with a Chinese
// message a person can act on, and nothing written anywhere.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, CHINESE } from '../../helpers/api'
import { staffSession, seedCleaner, seedOrder, snapshot, type StaffSession } from '../../helpers/desk'
import { addDays, shanghaiDate } from '../../../cloudfunctions/core/rules/time'

jest.setTimeout(60_000)

let t: TestCloud
let manager: StaffSession
let ids: { order: string; cleaner: string }
const today = shanghaiDate(new Date())
const WRITTEN = ['orders', 'cleaners', 'staff', 'audit_logs', 'slot_counters', 'job_state']

beforeAll(async () => {
  t = await startTestCloud()
  manager = await staffSession(t, 'manager')
  ids = { order: (await seedOrder(t))._id, cleaner: (await seedCleaner(t))._id }
})
afterAll(async () => { await t?.close() })

type Case = [string, () => Record<string, unknown>, 'INVALID_ARGUMENT' | 'NOT_FOUND', (string | RegExp)?]

const CASES: Case[] = [
  ['login', () => ({ password: 'x' }), 'INVALID_ARGUMENT', '缺少用户名'],
  ['login', () => ({ username: 'a', password: 12345678 }), 'INVALID_ARGUMENT', '密码的类型不正确'],
  ['me', () => ({ extra: 1 }), 'INVALID_ARGUMENT', '不认识的参数: extra'],
  ['logout', () => ({ everywhere: true }), 'INVALID_ARGUMENT', '不认识的参数: everywhere'],
  ['orders.list', () => ({ date: '2026-02-30' }), 'INVALID_ARGUMENT', '日期格式不正确，应为 YYYY-MM-DD'],
  ['orders.list', () => ({ status: 'done' }), 'INVALID_ARGUMENT', '订单状态的取值不正确'],
  ['orders.list', () => ({ limit: 51 }), 'INVALID_ARGUMENT', '每页数量太大'],
  ['orders.list', () => ({ cursor: 'not-a-cursor' }), 'INVALID_ARGUMENT', '翻页参数不正确，请刷新后重试'],
  ['orders.detail', () => ({}), 'INVALID_ARGUMENT', '缺少订单'],
  ['orders.detail', () => ({ orderId: 'no-such-order' }), 'NOT_FOUND', '订单不存在'],
  ['orders.candidates', () => ({ orderId: '' }), 'INVALID_ARGUMENT', '订单不能为空或太短'],
  ['orders.candidates', () => ({ orderId: 'no-such-order' }), 'NOT_FOUND', '订单不存在'],
  ['orders.dispatch', () => ({ orderId: ids.order }), 'INVALID_ARGUMENT', '缺少阿姨'],
  ['orders.dispatch', () => ({ orderId: 'no-such-order', cleanerId: ids.cleaner }), 'NOT_FOUND', '订单不存在'],
  ['orders.dispatch', () => ({ orderId: ids.order, cleanerId: 'no-such-cleaner' }), 'NOT_FOUND', '阿姨不存在'],
  ['orders.approveReschedule', () => ({ orderId: ids.order, requestIndex: -1, approve: true }), 'INVALID_ARGUMENT', '改约申请太小'],
  ['orders.approveReschedule', () => ({ orderId: ids.order, requestIndex: 0, approve: 'yes' }), 'INVALID_ARGUMENT', '审批结果的类型不正确'],
  ['orders.approveReschedule', () => ({ orderId: ids.order, requestIndex: 0, approve: true }), 'NOT_FOUND', '改约申请不存在，请刷新后重试'],
  ['orders.cancel', () => ({ orderId: ids.order, reason: '   ' }), 'INVALID_ARGUMENT', '请填写取消原因'],
  ['orders.cancel', () => ({ orderId: ids.order, reason: '长'.repeat(201) }), 'INVALID_ARGUMENT', '取消原因不能超过200字'],
  ['orders.cancel', () => ({ orderId: 'no-such-order', reason: '客户要求' }), 'NOT_FOUND', '订单不存在'],
  ['cleaners.list', () => ({ q: '搜'.repeat(21) }), 'INVALID_ARGUMENT', '搜索内容太长了'],
  ['cleaners.list', () => ({ limit: 0 }), 'INVALID_ARGUMENT', '每页数量太小'],
  ['cleaners.create', () => ({ name: '', phone: '13800001111', skills: ['nanny'], grade: 'gold' }), 'INVALID_ARGUMENT', '姓名不能为空或太短'],
  ['cleaners.create', () => ({ name: '名'.repeat(21), phone: '13800001111', skills: ['nanny'], grade: 'gold' }), 'INVALID_ARGUMENT', '姓名太长了'],
  ['cleaners.create', () => ({ name: '李阿姨', phone: '12345', skills: ['nanny'], grade: 'gold' }), 'INVALID_ARGUMENT', '手机号格式不正确，请输入11位手机号'],
  ['cleaners.create', () => ({ name: '李阿姨', phone: '13800001111', skills: [], grade: 'gold' }), 'INVALID_ARGUMENT', '服务技能数量太少'],
  ['cleaners.create', () => ({ name: '李阿姨', phone: '13800001111', skills: ['cooking'], grade: 'gold' }), 'INVALID_ARGUMENT', '服务技能的取值不正确'],
  ['cleaners.create', () => ({ name: '李阿姨', phone: '13800001111', skills: ['nanny'], grade: 'diamond' }), 'INVALID_ARGUMENT', '等级的取值不正确'],
  ['cleaners.update', () => ({ cleanerId: ids.cleaner }), 'INVALID_ARGUMENT', '请至少修改一项内容'],
  ['cleaners.update', () => ({ cleanerId: ids.cleaner, phone: '1380000' }), 'INVALID_ARGUMENT', '手机号格式不正确，请输入11位手机号'],
  ['cleaners.update', () => ({ cleanerId: ids.cleaner, active: 'no' }), 'INVALID_ARGUMENT', '启用状态的类型不正确'],
  ['cleaners.update', () => ({ cleanerId: 'no-such-cleaner', grade: 'gold' }), 'NOT_FOUND', '阿姨不存在'],
  ['cleaners.invite', () => ({}), 'INVALID_ARGUMENT', '缺少阿姨'],
  ['cleaners.invite', () => ({ cleanerId: 'no-such-cleaner' }), 'NOT_FOUND', '阿姨不存在'],
  ['cleaners.leave', () => ({ cleanerId: ids.cleaner, op: 'add', from: addDays(today, 5), to: addDays(today, 4) }), 'INVALID_ARGUMENT', '请假结束日期不能早于开始日期'],
  ['cleaners.leave', () => ({ cleanerId: ids.cleaner, op: 'add', from: '2026/12/01', to: '2026-12-02' }), 'INVALID_ARGUMENT', '日期格式不正确，应为 YYYY-MM-DD'],
  ['cleaners.leave', () => ({ cleanerId: ids.cleaner, op: 'delete', from: addDays(today, 4), to: addDays(today, 4) }), 'INVALID_ARGUMENT', '操作的取值不正确'],
  ['cleaners.leave', () => ({ cleanerId: ids.cleaner, op: 'add', from: addDays(today, 1), to: addDays(today, 120) }), 'INVALID_ARGUMENT', '一次请假最长90天'],
  ['cleaners.leave', () => ({ cleanerId: ids.cleaner, op: 'remove', from: addDays(today, 1), to: addDays(today, 1) }), 'NOT_FOUND', /没有 .* 的请假记录/],
  ['cleaners.leave', () => ({ cleanerId: 'no-such-cleaner', op: 'add', from: addDays(today, 1), to: addDays(today, 1) }), 'NOT_FOUND', '阿姨不存在'],
  ['staff.list', () => ({ limit: 'ten' }), 'INVALID_ARGUMENT', '每页数量的类型不正确'],
  ['staff.create', () => ({ username: 'new.one', name: '新人', role: 'agent', password: 'aaaaaaa1' }), 'INVALID_ARGUMENT', '密码长度需为 10-64 位'],
  ['staff.create', () => ({ username: 'new.one', name: '新人', role: 'agent', password: 'Password123' }), 'INVALID_ARGUMENT', /太常见/],
  ['staff.create', () => ({ username: 'new.one', name: '新人', role: 'agent', password: 'aaaaaaaaaa1' }), 'INVALID_ARGUMENT', /过于简单/],
  ['staff.create', () => ({ username: '9lives', name: '新人', role: 'agent', password: 'abc12345xyz' }), 'INVALID_ARGUMENT', /用户名需为/],
  ['staff.create', () => ({ username: 'new.one', name: '新人', role: 'boss', password: 'abc12345xyz' }), 'INVALID_ARGUMENT', '角色的取值不正确'],
  ['staff.resetPassword', () => ({ staffId: manager.id, password: '1234567890' }), 'INVALID_ARGUMENT', /太常见/],
  ['staff.resetPassword', () => ({ staffId: 'no-such-staff', password: 'abc12345xyz' }), 'NOT_FOUND', '员工账号不存在']
]

it('has a case for every admin action', () => {
  expect(new Set(CASES.map((c) => c[0])).size).toBe(17)
})

it.each(CASES)('%s: refused with a Chinese message, nothing written', async (name, input, code, message) => {
  const before = await snapshot(t, WRITTEN)
  const r = await callFn(t, 'admin', name, input(), name === 'login' ? undefined : manager.token)
  expect(r.ok).toBe(false)
  expect(r.error.code).toBe(code)
  expect(r.error.message).toMatch(CHINESE)
  if (typeof message === 'string') expect(r.error.message).toBe(message)
  else if (message) expect(r.error.message).toMatch(message)
  expect(await snapshot(t, WRITTEN)).toBe(before)
})

// Bad input for every booking action: missing fields, wrong types, past dates, unknown ids, oversized text. Each is
// INVALID_ARGUMENT or NOT_FOUND with a Chinese message, and writes nothing (orders, slot counters, customers).
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, CHINESE, localLogin, okFn } from '../../helpers/api'
import { seedCleaner, snapshot } from '../../helpers/desk'
import { bookingInput, dayAhead, household, seedService, type Household } from '../../helpers/seed'
import { addDays, shanghaiDate } from '../../../cloudfunctions/core/rules/time'
import type { ServiceDoc } from '../../../cloudfunctions/core/data/services'

jest.setTimeout(30_000)

interface World { h: Household; service: ServiceDoc; inactive: ServiceDoc; orderId: string; today: string }
type Case = [label: string, action: string, input: (w: World) => Record<string, unknown>, code: 'INVALID_ARGUMENT' | 'NOT_FOUND', message: string]

let t: TestCloud
let w: World
const long = (n: number) => '很'.repeat(n)
const COLLS = ['orders', 'slot_counters', 'customers']

beforeAll(async () => {
  t = await startTestCloud()
  const service = await seedService(t)
  const inactive = await seedService(t, { name: '已下架', active: false })
  await seedCleaner(t, { skills: ['daily_cleaning'] })
  const h = await household(t)
  const order = await okFn(t, 'booking', 'create', bookingInput(h, service), h.token)
  w = { h, service, inactive, orderId: order.id, today: shanghaiDate(new Date()) }
})
afterAll(async () => { await t?.close() })

const create = (over: Record<string, unknown>, drop: string[] = []) => (x: World) => {
  const input: Record<string, unknown> = { ...bookingInput(x.h, x.service), ...over }
  for (const k of drop) delete input[k]
  return input
}
const move = (over: Record<string, unknown>) => (x: World) => ({ orderId: x.orderId, date: dayAhead(5), window: 'evening', reason: '有事', ...over })

const cases: Case[] = [
  ['catalog: unknown parameter', 'catalog', () => ({ category: 'nanny' }), 'INVALID_ARGUMENT', '不认识的参数: category'],

  ['slots: missing serviceId', 'slots', () => ({}), 'INVALID_ARGUMENT', '缺少服务'],
  ['slots: serviceId of the wrong type', 'slots', () => ({ serviceId: 42 }), 'INVALID_ARGUMENT', '服务的类型不正确'],
  ['slots: unknown service', 'slots', () => ({ serviceId: 'no-such-service' }), 'NOT_FOUND', '该服务不存在或已下架，请重新选择'],
  ['slots: withdrawn service', 'slots', (x) => ({ serviceId: x.inactive._id }), 'NOT_FOUND', '该服务不存在或已下架，请重新选择'],

  ['quote: missing quantity', 'quote', (x) => ({ serviceId: x.service._id }), 'INVALID_ARGUMENT', '缺少数量'],
  ['quote: quantity as text', 'quote', (x) => ({ serviceId: x.service._id, quantity: '3' }), 'INVALID_ARGUMENT', '数量的类型不正确'],
  ['quote: fractional quantity', 'quote', (x) => ({ serviceId: x.service._id, quantity: 2.5 }), 'INVALID_ARGUMENT', '数量的类型不正确'],
  ['quote: quantity over the limit', 'quote', (x) => ({ serviceId: x.service._id, quantity: 9 }), 'INVALID_ARGUMENT', '服务时长应为2-8小时'],
  ['quote: unknown service', 'quote', () => ({ serviceId: 'nope', quantity: 3 }), 'NOT_FOUND', '该服务不存在或已下架，请重新选择'],

  ['create: missing serviceId', 'create', create({}, ['serviceId']), 'INVALID_ARGUMENT', '缺少服务'],
  ['create: missing quantity', 'create', create({}, ['quantity']), 'INVALID_ARGUMENT', '缺少数量'],
  ['create: missing date', 'create', create({}, ['date']), 'INVALID_ARGUMENT', '缺少服务日期'],
  ['create: missing window', 'create', create({}, ['window']), 'INVALID_ARGUMENT', '缺少服务时段'],
  ['create: missing addressId', 'create', create({}, ['addressId']), 'INVALID_ARGUMENT', '缺少服务地址'],
  ['create: missing requestKey', 'create', create({}, ['requestKey']), 'INVALID_ARGUMENT', '缺少请求编号'],
  ['create: quantity as text', 'create', create({ quantity: '3' }), 'INVALID_ARGUMENT', '数量的类型不正确'],
  ['create: quantity under the limit', 'create', create({ quantity: 1 }), 'INVALID_ARGUMENT', '服务时长应为2-8小时'],
  ['create: date that does not exist', 'create', create({ date: '2026-02-30' }), 'INVALID_ARGUMENT', '日期格式不正确，应为 YYYY-MM-DD'],
  ['create: date as a number', 'create', create({ date: 20261123 }), 'INVALID_ARGUMENT', '服务日期的类型不正确'],
  ['create: yesterday', 'create', create({ date: addDays(shanghaiDate(new Date()), -1) }), 'INVALID_ARGUMENT', '不能预约已过去的日期'],
  ['create: a year ago', 'create', create({ date: addDays(shanghaiDate(new Date()), -365) }), 'INVALID_ARGUMENT', '不能预约已过去的日期'],
  ['create: beyond 14 days', 'create', create({ date: addDays(shanghaiDate(new Date()), 14) }), 'INVALID_ARGUMENT', '只能预约14天内的服务'],
  ['create: unknown window', 'create', create({ window: 'night' }), 'INVALID_ARGUMENT', '服务时段的取值不正确'],
  ['create: unknown service', 'create', create({ serviceId: 'no-such-service' }), 'NOT_FOUND', '该服务不存在或已下架，请重新选择'],
  ['create: withdrawn service', 'create', (x) => create({ serviceId: x.inactive._id })(x), 'NOT_FOUND', '该服务不存在或已下架，请重新选择'],
  ['create: unknown address', 'create', create({ addressId: 'no-such-address' }), 'NOT_FOUND', '服务地址不存在，请重新选择'],
  ['create: requests of 201 characters', 'create', create({ requests: long(201) }), 'INVALID_ARGUMENT', '服务要求不能超过200字'],
  ['create: family notes of 201 characters', 'create', create({ familyNotes: { notes: long(201) } }), 'INVALID_ARGUMENT', '家庭情况说明不能超过200字'],
  ['create: family notes as text', 'create', create({ familyNotes: '有猫' }), 'INVALID_ARGUMENT', '家庭情况的类型不正确'],
  ['create: family flag as text', 'create', create({ familyNotes: { pets: 'yes' } }), 'INVALID_ARGUMENT', '是否有宠物的类型不正确'],
  ['create: requestKey too short', 'create', create({ requestKey: 'abc' }), 'INVALID_ARGUMENT', '请求编号的格式不正确'],
  ['create: requestKey with spaces', 'create', create({ requestKey: 'abc def ghi' }), 'INVALID_ARGUMENT', '请求编号的格式不正确'],
  ['create: requestKey too long', 'create', create({ requestKey: 'k'.repeat(65) }), 'INVALID_ARGUMENT', '请求编号的格式不正确'],
  ['create: price from the client', 'create', create({ priceFen: 1 }), 'INVALID_ARGUMENT', '不认识的参数: priceFen'],
  ['create: customer chosen by the client', 'create', create({ customerId: 'someone' }), 'INVALID_ARGUMENT', '不认识的参数: customerId'],

  ['list: unknown status', 'list', () => ({ status: 'lost' }), 'INVALID_ARGUMENT', '订单状态的取值不正确'],
  ['list: limit 0', 'list', () => ({ limit: 0 }), 'INVALID_ARGUMENT', '每页数量太小'],
  ['list: limit 51', 'list', () => ({ limit: 51 }), 'INVALID_ARGUMENT', '每页数量太大'],
  ['list: limit as text', 'list', () => ({ limit: '10' }), 'INVALID_ARGUMENT', '每页数量的类型不正确'],
  ['list: a forged cursor', 'list', () => ({ cursor: 'not-a-cursor' }), 'INVALID_ARGUMENT', '翻页参数不正确，请刷新后重试'],

  ['detail: missing orderId', 'detail', () => ({}), 'INVALID_ARGUMENT', '缺少订单'],
  ['detail: orderId as a number', 'detail', () => ({ orderId: 7 }), 'INVALID_ARGUMENT', '订单的类型不正确'],
  ['detail: unknown order', 'detail', () => ({ orderId: 'no-such-order' }), 'NOT_FOUND', '订单不存在'],

  ['cancel: missing reason', 'cancel', (x) => ({ orderId: x.orderId }), 'INVALID_ARGUMENT', '缺少原因'],
  ['cancel: blank reason', 'cancel', (x) => ({ orderId: x.orderId, reason: '   ' }), 'INVALID_ARGUMENT', '请填写取消原因'],
  ['cancel: reason of 201 characters', 'cancel', (x) => ({ orderId: x.orderId, reason: long(201) }), 'INVALID_ARGUMENT', '取消原因不能超过200字'],
  ['cancel: unknown order', 'cancel', () => ({ orderId: 'no-such-order', reason: '有事' }), 'NOT_FOUND', '订单不存在'],

  ['reschedule: missing date', 'reschedule', (x) => { const i = move({})(x); delete (i as any).date; return i }, 'INVALID_ARGUMENT', '缺少服务日期'],
  ['reschedule: unknown window', 'reschedule', move({ window: 'noon' }), 'INVALID_ARGUMENT', '服务时段的取值不正确'],
  ['reschedule: yesterday', 'reschedule', move({ date: addDays(shanghaiDate(new Date()), -1) }), 'INVALID_ARGUMENT', '不能预约已过去的日期'],
  ['reschedule: beyond 14 days', 'reschedule', move({ date: addDays(shanghaiDate(new Date()), 20) }), 'INVALID_ARGUMENT', '只能预约14天内的服务'],
  ['reschedule: the same slot', 'reschedule', move({ date: dayAhead(3), window: 'morning' }), 'INVALID_ARGUMENT', '新时段与原时段相同，请选择其他时段'],
  ['reschedule: blank reason', 'reschedule', move({ reason: '' }), 'INVALID_ARGUMENT', '请填写改约原因'],
  ['reschedule: reason of 201 characters', 'reschedule', move({ reason: long(201) }), 'INVALID_ARGUMENT', '改约原因不能超过200字'],
  ['reschedule: unknown order', 'reschedule', move({ orderId: 'no-such-order' }), 'NOT_FOUND', '订单不存在'],

  ['confirmDone: missing orderId', 'confirmDone', () => ({}), 'INVALID_ARGUMENT', '缺少订单'],
  ['confirmDone: unknown order', 'confirmDone', () => ({ orderId: 'no-such-order' }), 'NOT_FOUND', '订单不存在'],

  ['an unknown action', 'refund', () => ({}), 'INVALID_ARGUMENT', '不支持的操作: refund']
]

test.each(cases)('%s', async (_label, action, input, code, message) => {
  const before = await snapshot(t, COLLS)
  const r = await callFn(t, 'booking', action, input(w), w.h.token)
  expect(r.ok).toBe(false)
  expect(r.error.code).toBe(code)
  expect(r.error.message).toMatch(CHINESE)
  expect(r.error.message).toBe(message)
  expect(await snapshot(t, COLLS)).toBe(before)
})

test('every action is covered', () => {
  const covered = new Set(cases.map((c) => c[1]))
  for (const action of ['catalog', 'slots', 'quote', 'create', 'list', 'detail', 'cancel', 'reschedule', 'confirmDone']) expect(covered).toContain(action)
})

test('a household that has no file yet: a refused booking creates none', async () => {
  const fresh = await localLogin(t, 'household')
  const before = await snapshot(t, COLLS)
  const r = await callFn(t, 'booking', 'create', { ...bookingInput(w.h, w.service), addressId: 'whatever' }, fresh.token)
  expect(r.error).toEqual({ code: 'NOT_FOUND', message: '服务地址不存在，请重新选择' })
  expect(await snapshot(t, COLLS)).toBe(before)
})

test('the body is not a JSON object', async () => {
  const res = await fetch(`${t.url}/api/booking`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${w.h.token}` }, body: '[1,2]' })
  const r: any = await res.json()
  expect(r.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: '请求内容不是合法的 JSON 对象' })
})

// Bad input for every user action: INVALID_ARGUMENT or NOT_FOUND with a Chinese message, and nothing written.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, CHINESE, localLogin } from '../../helpers/api'
import { snapshot } from '../../helpers/desk'
import { ADDRESS, household, type Household } from '../../helpers/seed'

jest.setTimeout(30_000)

type Case = [label: string, action: string, input: Record<string, unknown>, code: 'INVALID_ARGUMENT' | 'NOT_FOUND', message: string]

let t: TestCloud
let h: Household
const COLLS = ['customers', 'subscriptions', 'messages']
const long = (n: number) => '很'.repeat(n)

beforeAll(async () => {
  t = await startTestCloud()
  h = await household(t)
})
afterAll(async () => { await t?.close() })

const cases: Case[] = [
  ['me: unknown parameter', 'me', { openid: 'someone-else' }, 'INVALID_ARGUMENT', '不认识的参数: openid'],

  ['updateProfile: nothing to change', 'updateProfile', {}, 'INVALID_ARGUMENT', '请填写要修改的资料'],
  ['updateProfile: blank name', 'updateProfile', { name: '  ' }, 'INVALID_ARGUMENT', '姓名不能为空或太短'],
  ['updateProfile: name of 21 characters', 'updateProfile', { name: long(21) }, 'INVALID_ARGUMENT', '姓名太长了'],
  ['updateProfile: name as a number', 'updateProfile', { name: 12 }, 'INVALID_ARGUMENT', '姓名的类型不正确'],
  ['updateProfile: landline number', 'updateProfile', { phone: '021-12345678' }, 'INVALID_ARGUMENT', '请输入正确的11位手机号'],
  ['updateProfile: 10-digit phone', 'updateProfile', { phone: '1381234567' }, 'INVALID_ARGUMENT', '请输入正确的11位手机号'],
  ['updateProfile: phone starting 12', 'updateProfile', { phone: '12812345678' }, 'INVALID_ARGUMENT', '请输入正确的11位手机号'],
  ['updateProfile: phone as a number', 'updateProfile', { phone: 13812345678 }, 'INVALID_ARGUMENT', '手机号的类型不正确'],
  ['updateProfile: preferences of 201 characters', 'updateProfile', { preferences: long(201) }, 'INVALID_ARGUMENT', '服务偏好不能超过200字'],
  ['updateProfile: family notes of 201 characters', 'updateProfile', { family: { notes: long(201) } }, 'INVALID_ARGUMENT', '家庭情况说明不能超过200字'],
  ['updateProfile: family as text', 'updateProfile', { family: '有老人' }, 'INVALID_ARGUMENT', '家庭情况的类型不正确'],
  ['updateProfile: unknown family field', 'updateProfile', { family: { income: 1 } }, 'INVALID_ARGUMENT', '不认识的参数: income'],
  ['updateProfile: internal fields', 'updateProfile', { points: 9999 }, 'INVALID_ARGUMENT', '不认识的参数: points'],

  ['addresses: missing op', 'addresses', { address: ADDRESS }, 'INVALID_ARGUMENT', '地址操作不正确'],
  ['addresses: unknown op', 'addresses', { op: 'copy', id: 'x' }, 'INVALID_ARGUMENT', '地址操作不正确'],
  ['addresses: add without an address', 'addresses', { op: 'add' }, 'INVALID_ARGUMENT', '缺少地址'],
  ['addresses: add without a city', 'addresses', { op: 'add', address: { ...ADDRESS, city: undefined } }, 'INVALID_ARGUMENT', '缺少城市'],
  ['addresses: add with a bad phone', 'addresses', { op: 'add', address: { ...ADDRESS, phone: '110' } }, 'INVALID_ARGUMENT', '请输入正确的11位手机号'],
  ['addresses: add with a blank contact', 'addresses', { op: 'add', address: { ...ADDRESS, contactName: ' ' } }, 'INVALID_ARGUMENT', '联系人不能为空或太短'],
  ['addresses: detail of 101 characters', 'addresses', { op: 'add', address: { ...ADDRESS, detail: long(101) } }, 'INVALID_ARGUMENT', '详细地址太长了'],
  ['addresses: isDefault as text', 'addresses', { op: 'add', address: { ...ADDRESS, isDefault: 'yes' } }, 'INVALID_ARGUMENT', '是否默认地址的类型不正确'],
  ['addresses: update with nothing', 'addresses', { op: 'update', id: 'x', address: {} }, 'INVALID_ARGUMENT', '请填写要修改的地址信息'],
  ['addresses: update an unknown address', 'addresses', { op: 'update', id: 'no-such', address: { detail: '新地址' } }, 'NOT_FOUND', '地址不存在，请刷新后重试'],
  ['addresses: remove without an id', 'addresses', { op: 'remove' }, 'INVALID_ARGUMENT', '缺少地址'],
  ['addresses: remove an unknown address', 'addresses', { op: 'remove', id: 'no-such' }, 'NOT_FOUND', '地址不存在，请刷新后重试'],
  ['addresses: setDefault an unknown address', 'addresses', { op: 'setDefault', id: 'no-such' }, 'NOT_FOUND', '地址不存在，请刷新后重试'],

  ['subscribeAccepted: missing templateIds', 'subscribeAccepted', {}, 'INVALID_ARGUMENT', '缺少订阅消息模板'],
  ['subscribeAccepted: none', 'subscribeAccepted', { templateIds: [] }, 'INVALID_ARGUMENT', '订阅消息模板数量太少'],
  ['subscribeAccepted: four at once', 'subscribeAccepted', { templateIds: ['a', 'b', 'c', 'd'] }, 'INVALID_ARGUMENT', '订阅消息模板数量太多'],
  ['subscribeAccepted: not a list', 'subscribeAccepted', { templateIds: 'tpl_order' }, 'INVALID_ARGUMENT', '订阅消息模板的类型不正确'],
  ['subscribeAccepted: a strange id', 'subscribeAccepted', { templateIds: ['tpl order!'] }, 'INVALID_ARGUMENT', '订阅消息模板的格式不正确'],

  ['messages: limit 0', 'messages', { limit: 0 }, 'INVALID_ARGUMENT', '每页数量太小'],
  ['messages: limit 51', 'messages', { limit: 51 }, 'INVALID_ARGUMENT', '每页数量太大'],
  ['messages: a forged cursor', 'messages', { cursor: '%%%' }, 'INVALID_ARGUMENT', '翻页参数不正确，请刷新后重试'],
  ['messages: someone else\'s openid', 'messages', { openid: 'o_other' }, 'INVALID_ARGUMENT', '不认识的参数: openid']
]

test.each(cases)('%s', async (_label, action, input, code, message) => {
  const before = await snapshot(t, COLLS)
  const r = await callFn(t, 'user', action, input, h.token)
  expect(r.ok).toBe(false)
  expect(r.error).toMatchObject({ code, message })
  expect(r.error.message).toMatch(CHINESE)
  expect(await snapshot(t, COLLS)).toBe(before)
})

test('every action is covered', () => {
  const covered = new Set(cases.map((c) => c[1]))
  for (const action of ['me', 'updateProfile', 'addresses', 'subscribeAccepted', 'messages']) expect(covered).toContain(action)
})

test('a household without a file: a refused address change creates none', async () => {
  const fresh = await localLogin(t, 'household')
  const before = await snapshot(t, COLLS)
  const r = await callFn(t, 'user', 'addresses', { op: 'remove', id: 'anything' }, fresh.token)
  expect(r.error).toEqual({ code: 'NOT_FOUND', message: '地址不存在，请刷新后重试' })
  expect(await snapshot(t, COLLS)).toBe(before)
})

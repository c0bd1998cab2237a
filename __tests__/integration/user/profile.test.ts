// The household's own file through the gateway: profile (phone encrypted), addresses (at most 10, exactly one
// default), subscription acceptances counted per template, and the message centre.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, localLogin, okFn } from '../../helpers/api'
import { ADDRESS } from '../../helpers/seed'
import type { AddressView, CustomerView } from '../../../cloudfunctions/core/contract/api/user'

jest.setTimeout(30_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

const fileOf = async (openid: string) => (await t.db.collection('customers').where({ openid }).get()).data[0]

test('the customer file is made on first contact, and the profile keeps the phone encrypted', async () => {
  const { token, openid } = await localLogin(t, 'household')
  const [first, second] = await Promise.all([okFn(t, 'user', 'me', {}, token), okFn(t, 'user', 'me', {}, token)])
  expect(second.id).toBe(first.id)
  expect(first).toEqual({
    id: first.id, name: '', phoneMasked: '', addresses: [], family: { elderly: false, children: false, pets: false, notes: '' },
    preferences: '', orderCount: 0, points: 0, tier: 'regular'
  })

  const view: CustomerView = await okFn(t, 'user', 'updateProfile', { name: ' 李先生 ', phone: '+86 139-0000-1234', preferences: '周末上午方便' }, token)
  expect(view).toMatchObject({ name: '李先生', phoneMasked: '139****1234', preferences: '周末上午方便' })
  const file = await fileOf(openid)
  expect(file.phoneEnc).toMatch(/^v2:[0-9a-f]{8}:/)
  expect(file.phoneHash).toEqual(expect.any(String))
  expect(JSON.stringify(file)).not.toContain('13900001234')

  // family changes merge into what was saved
  await okFn(t, 'user', 'updateProfile', { family: { elderly: true, notes: '老人行动不便' } }, token)
  const merged: CustomerView = await okFn(t, 'user', 'updateProfile', { family: { pets: true } }, token)
  expect(merged.family).toEqual({ elderly: true, children: false, pets: true, notes: '老人行动不便' })
  expect(merged.name).toBe('李先生')
  // the same number gives the same lookup hash (staff find a customer by phone)
  const other = await localLogin(t, 'household')
  await okFn(t, 'user', 'updateProfile', { phone: '13900001234' }, other.token)
  expect((await fileOf(other.openid)).phoneHash).toBe(file.phoneHash)
})

test('addresses: add, update, choose the default, remove; exactly one default; at most 10', async () => {
  const { token, openid } = await localLogin(t, 'household')
  const addr = (over: Record<string, unknown> = {}) => ({ op: 'add', address: { ...ADDRESS, ...over } })

  let list: AddressView[] = await okFn(t, 'user', 'addresses', addr({ isDefault: false }), token)
  expect(list).toEqual([{ id: expect.any(String), contactName: '张女士', phoneMasked: '138****5678', city: '上海市', district: '浦东新区', detail: ADDRESS.detail, isDefault: true }])
  const home = list[0].id
  list = await okFn(t, 'user', 'addresses', addr({ detail: '公司 5楼', isDefault: true }), token)
  const office = list[1].id
  expect(list.map((a) => a.isDefault)).toEqual([false, true])
  list = await okFn(t, 'user', 'addresses', { op: 'setDefault', id: home }, token)
  expect(list.map((a) => a.isDefault)).toEqual([true, false])

  // update changes only what is given; the phone stays unless a new one is typed
  list = await okFn(t, 'user', 'addresses', { op: 'update', id: office, address: { detail: '公司 6楼' } }, token)
  expect(list[1]).toMatchObject({ detail: '公司 6楼', phoneMasked: '138****5678', isDefault: false })
  list = await okFn(t, 'user', 'addresses', { op: 'update', id: office, address: { phone: '13700001111', isDefault: true } }, token)
  expect(list[1]).toMatchObject({ phoneMasked: '137****1111', isDefault: true })
  const stored = (await fileOf(openid)).addresses
  expect(stored[1].phoneEnc).toMatch(/^v2:[0-9a-f]{8}:/)
  expect(JSON.stringify(stored)).not.toContain('13700001111')

  // removing the default hands it to the first one left
  list = await okFn(t, 'user', 'addresses', { op: 'remove', id: office }, token)
  expect(list.map((a) => [a.id, a.isDefault])).toEqual([[home, true]])

  for (let i = list.length; i < 10; i++) list = await okFn(t, 'user', 'addresses', addr({ detail: `第${i}个地址` }), token)
  expect(list).toHaveLength(10)
  expect(list.filter((a) => a.isDefault)).toHaveLength(1)
  const eleventh = await callFn(t, 'user', 'addresses', addr(), token)
  expect(eleventh.error).toMatchObject({ code: 'INVALID_ARGUMENT', message: '最多保存10个地址，请先删除不用的地址' })
  expect((await okFn(t, 'user', 'me', {}, token)).addresses).toHaveLength(10)
})

test('subscription acceptances are counted per template, also when they arrive at once', async () => {
  const { token, openid } = await localLogin(t, 'household')
  expect(await okFn(t, 'user', 'subscribeAccepted', { templateIds: ['tpl_order', 'tpl_revisit'] }, token)).toEqual({ quota: { tpl_order: 1, tpl_revisit: 1 } })
  expect(await okFn(t, 'user', 'subscribeAccepted', { templateIds: ['tpl_order', 'tpl_order'] }, token)).toEqual({ quota: { tpl_order: 2 } })
  await Promise.all(Array.from({ length: 10 }, () => okFn(t, 'user', 'subscribeAccepted', { templateIds: ['tpl_race'] }, token)))
  const doc = (await t.db.collection('subscriptions').where({ _id: `${openid}:tpl_race` }).get()).data[0]
  expect(doc).toMatchObject({ openid, templateId: 'tpl_race', count: 10 })
  // another household's count is its own
  const other = await localLogin(t, 'household')
  expect(await okFn(t, 'user', 'subscribeAccepted', { templateIds: ['tpl_order'] }, other.token)).toEqual({ quota: { tpl_order: 1 } })
})

test("messages: the household's delivered messages, newest first, page by page", async () => {
  const { token, openid } = await localLogin(t, 'household')
  const stranger = await localLogin(t, 'household')
  const base = Date.now() - 3600_000
  const msg = (i: number, over: Record<string, unknown> = {}) => ({
    openid, template: 'tpl_order', title: `订单通知${i}`, content: `您的订单有更新${i}`, page: 'pages/order/index?id=1',
    data: {}, status: 'sent', dedupeKey: `m:${openid}:${i}`, createdAt: new Date(base + i * 1000), sentAt: new Date(base + i * 1000 + 10), ...over
  })
  for (let i = 0; i < 5; i++) await t.db.collection('messages').add(msg(i))
  await t.db.collection('messages').add(msg(5, { status: 'queued' }))
  await t.db.collection('messages').add(msg(6, { openid: stranger.openid, dedupeKey: 'm:stranger' }))
  await t.db.collection('messages').add(msg(7, { title: undefined, content: undefined, data: { thing1: { value: '日常保洁' }, time2: { value: '11月23日' } } }))

  const titles: string[] = []
  let cursor: string | null = null
  do {
    const page: any = await okFn(t, 'user', 'messages', { limit: 2, ...(cursor ? { cursor } : {}) }, token)
    titles.push(...page.list.map((m: any) => m.title || m.content))
    cursor = page.nextCursor
  } while (cursor)
  expect(titles).toEqual(['日常保洁，11月23日', '订单通知4', '订单通知3', '订单通知2', '订单通知1', '订单通知0'])
  const [latest] = (await okFn(t, 'user', 'messages', { limit: 1 }, token)).list
  expect(latest).toEqual({ id: expect.any(String), template: 'tpl_order', title: '', content: '日常保洁，11月23日', page: 'pages/order/index?id=1', sentAt: expect.any(String) })
  expect((await okFn(t, 'user', 'messages', {}, stranger.token)).list.map((m: any) => m.title)).toEqual(['订单通知6'])
})

// The local clock end to end, in chromium: instead of editing orders in the database to make "the job's day" come,
// the test moves the local clock (POST /api/_local/clock, what `npm run clock` sends). A household's booking is
// dispatched; the clock goes to the morning of the job, the cleaner checks in and out; then it goes three days on and
// the nightly 02:00 run, fired by the move, confirms the order by itself. The staff desk shows the strip that says
// the clock is moved; the household sees the order completed. Screenshots: __tests__/e2e/screenshots/clock-NN-*.png.
import type { TestCloud } from '../helpers/localCloud'
import { screenshot } from '../helpers/browser'
import { keyHeader, localLogin, okFn, uploadPhoto } from '../helpers/api'
import { DESK, H5Stage, PHONE, sees, seesExactly, taroPage } from '../helpers/h5'
import type { SeedResult } from '../../local/seed/demo'
import { bookableDates } from '../../cloudfunctions/core/rules/bookingPolicy'

jest.setTimeout(300_000)

const SERVICE = '日常保洁（按小时）'
const CLEANER = '王秀兰'
const ADDRESS = { contactName: '周女士', phone: '13912345678', city: '上海市', district: '徐汇区', detail: '漕溪北路100号 2幢301室' }

const stage = new H5Stage()
const { pageErrors, newPage } = stage
let t: TestCloud
let seed: SeedResult
let householdToken = ''
let orderId = ''
let jobDate = ''

async function moveClock(body: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${t.url}/api/_local/clock`, { method: 'POST', headers: { 'content-type': 'application/json', ...keyHeader(t) }, body: JSON.stringify(body) })
  const r: any = await res.json()
  if (!r.ok) throw new Error(`clock: ${r.error?.message}`)
  return r.data
}

beforeAll(async () => {
  ({ t, seed } = await stage.start())
})

afterAll(async () => {
  await stage.stop()
})

test('1. a booking is dispatched; on the job\'s morning (clock moved) the cleaner checks in and out', async () => {
  const h = await localLogin(t, 'household')
  householdToken = h.token
  const [address] = await okFn(t, 'user', 'addresses', { op: 'add', address: ADDRESS }, h.token)
  const catalog = await okFn(t, 'booking', 'catalog', {}, h.token)
  const service = catalog.categories.flatMap((c: any) => c.services).find((s: any) => s.name === SERVICE)
  jobDate = bookableDates(new Date())[3]
  const order = await okFn(t, 'booking', 'create', {
    serviceId: service.id, quantity: 3, date: jobDate, window: 'morning', addressId: address.id, requestKey: `e2e-clock-${Date.now()}`
  }, h.token)
  orderId = order.id

  const agent = seed.staff.find((s) => s.role === 'agent')!
  const { token: staffToken } = await okFn(t, 'admin', 'login', { username: agent.username, password: agent.password })
  const { list } = await okFn(t, 'admin', 'orders.candidates', { orderId }, staffToken)
  await okFn(t, 'admin', 'orders.dispatch', { orderId, cleanerId: list.find((c: any) => c.name === CLEANER && c.available).cleanerId }, staffToken)
  const cleaner = await localLogin(t, 'cleaner')
  await okFn(t, 'cleaner', 'bind', { inviteCode: seed.cleaners.find((c) => c.name === CLEANER)!.inviteCode }, cleaner.token)

  // before the day: check-in is refused (it opens 2 h before the start, on the job's day)
  const early = await fetch(`${t.url}/api/cleaner`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${cleaner.token}` }, body: JSON.stringify({ action: 'checkIn', orderId })
  }).then((r) => r.json()) as any
  expect(early.ok).toBe(false)
  expect(early.error.code).toBe('FAILED_PRECONDITION')

  // the morning of the job: 08:10 Shanghai, without running the timers of the days in between
  const moved = await moveClock({ set: `${jobDate}T08:10:00+08:00`, runTimers: false })
  expect(moved.offsetMs).toBeGreaterThan(24 * 3600_000)
  await okFn(t, 'cleaner', 'checkIn', { orderId }, cleaner.token)
  await okFn(t, 'cleaner', 'checkOut', { orderId, photos: [await uploadPhoto(t, cleaner.token)], note: '已打扫完毕' }, cleaner.token)
  const stored = (await t.db.collection('orders').doc(orderId).get()).data[0]
  expect(stored.status).toBe('awaiting_confirmation')
  // stamped with the moved clock
  expect(Math.abs(stored.checkIn.at.getTime() - new Date(`${jobDate}T08:10:00+08:00`).getTime())).toBeLessThan(60_000)
})

test('2. three days on, the nightly run confirms the order by itself; staff see that the clock is moved', async () => {
  const moved = await moveClock({ advanceBy: '+3d' })
  expect(moved.ran.filter((r: any) => r.fn === 'nightly')).toHaveLength(1)
  expect(moved.ran.find((r: any) => r.fn === 'nightly').result.data.confirmed).toBe(1)

  const agent = seed.staff.find((s) => s.role === 'agent')!
  const staff = await newPage(DESK)
  await staff.goto(`${t.url}/#/admin/login/index`)
  const login = taroPage(staff, '/admin/login/index')
  await login.locator('input[placeholder="请输入用户名"]').fill(agent.username)
  await login.locator('input[placeholder="请输入密码"]').fill(agent.password)
  await login.locator('.adm-btn', { hasText: '登录' }).click()
  const home = taroPage(staff, '/admin/home/index')
  await sees(home, /本地时钟已调快 \d+天/, '.local-clock-banner')
  await sees(home, 'npm run clock -- reset', '.local-clock-banner')
  await screenshot(staff, 'clock-01-admin-banner')

  const household = await newPage(PHONE, { key: 'jz.token.household', value: householdToken })
  await household.goto(`${t.url}/#/pages/order/index?id=${orderId}`)
  const order = taroPage(household, '/pages/order/index')
  await seesExactly(order, '.order-banner__status', '已完成')
  await screenshot(household, 'clock-02-order-auto-confirmed')

  // back to the wall clock: the strip goes away
  await moveClock({ reset: true, runTimers: false })
  await staff.reload()
  await sees(taroPage(staff, '/admin/home/index'), agent.roleLabel, '.admin-shell__who')
  expect(await staff.locator('.local-clock-banner').count()).toBe(0)
  expect(pageErrors).toEqual([])
})

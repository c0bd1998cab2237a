// The booking spine in a real browser, end to end: the H5 build (dist/h5) served by a fresh local CloudBase with the
// demo data, driven in Debian's chromium. Three people, each in their own browser context (own localStorage, so
// their own session):
//   1. a household (phone-sized) browses the catalogue, books with a new address, sees 待派单 and its order list;
//   2. a 主管 signs in to the desk (laptop-sized) and dispatches the order to a cleaner with the skill;
//   3. that cleaner binds with her invite code, finds the job, checks in and checks out with an after photo;
//   4. the household sees the photo and confirms: 已完成, and the customer file counts it.
// Every page passed is screenshotted to __tests__/e2e/screenshots/booking-NN-*.png.
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { TestCloud } from '../helpers/localCloud'
import { screenshot } from '../helpers/browser'
import { DESK, H5Stage, PHONE, choosePhoto, sees, seesButton, seesExactly, seesImage, taroPage, writePng } from '../helpers/h5'
import type { SeedResult } from '../../local/seed/demo'
import { bookableDates } from '../../cloudfunctions/core/rules/bookingPolicy'
import { shanghaiDate } from '../../cloudfunctions/core/rules/time'
import { describeSlot } from '../../cloudfunctions/core/rules/windows'

jest.setTimeout(300_000)

const SERVICE = '日常保洁（按小时）'
const CLEANER = '王秀兰' // has daily_cleaning in the demo data
const NOT_SKILLED = '杨淑珍' // 保姆 / 育儿嫂 only: never a candidate for cleaning
const ADDRESS = { contactName: '陈女士', phone: '13912345678', city: '杭州市', district: '西湖区', detail: '文三路100号 3幢502室' }
const REQUESTS = '重点打扫厨房和卫生间'
const FAMILY_NOTES = '家里有只猫比较怕生'

const stage = new H5Stage()
const { contexts, pageErrors, newPage } = stage
let t: TestCloud
let photo = ''
let seed: SeedResult

// What the flow learns on the way, shared by the steps (they run in order).
let household: Page
let orderNo = ''
let orderId = ''

/** Waits until nothing on the page moves: Taro slides pages in and out (a 300 ms CSS transition). Every finite
 * animation or transition has ended (a spinner's endless one does not count); never a fixed sleep. */
async function still(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity))
}

/** Screenshots the page once it is still (a picture taken during a page's slide-in shows it half off screen). */
async function shot(page: Page, name: string): Promise<void> {
  await still(page)
  await screenshot(page, name)
}

/** The browser's back button, waiting until the page on top (`leaving`) is gone and the one below is still. A second
 * back while Taro's router is still animating the first is lost on a busy machine (the page stays in its stack and
 * a tab tapped next shows a blank page), so a person's pace is kept: one back at a time. */
async function back(page: Page, leaving: string): Promise<void> {
  await page.goBack()
  await page.locator(`.taro_page[id^="${leaving}"]`).waitFor({ state: 'detached' })
  await still(page)
}

/** A step of the flow; when it fails, every open page is screenshotted (booking-failed-*) to show where it stopped. */
function step(fn: () => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await fn()
    } catch (e) {
      for (const [i, ctx] of contexts.entries()) {
        for (const [j, p] of ctx.pages().entries()) await screenshot(p, `booking-failed-${i}-${j}`).catch(() => undefined)
      }
      throw e
    }
  }
}

async function orderDoc(): Promise<any> {
  const r = await t.db.collection('orders').doc(orderId).get()
  return r.data[0]
}

beforeAll(async () => {
  ({ t, seed } = await stage.start())
})

afterAll(async () => {
  await stage.stop(photo && path.dirname(photo))
})

test('1. a household books from the catalogue and sees 待派单', step(async () => {
  household = await newPage(PHONE)
  await household.goto(`${t.url}/#/pages/home/index`)

  // 首页: the catalogue by category, each service with its price per unit
  const home = taroPage(household, '/pages/home/index')
  const card = home.locator('.service-card', { hasText: SERVICE })
  await sees(card, '¥45.00/小时')
  for (const category of ['日常保洁', '深度保洁', '开荒保洁', '消毒杀菌', '家电清洗', '保姆', '月嫂', '育儿嫂']) {
    await seesExactly(home, '.pages-home__group-title', category)
  }
  await sees(home.locator('.service-card', { hasText: '全屋深度保洁' }), '¥499.00')
  await sees(home.locator('.service-card', { hasText: '金牌月嫂（26天）' }), '¥15800.00')
  await shot(household, 'booking-01-home')

  // 服务详情
  await card.click()
  const detail = taroPage(household, '/pages/service/index')
  await seesExactly(detail, '.pages-service__name', SERVICE)
  await sees(detail, '¥45.00/小时', '.pages-service__head')
  await sees(detail, '服务内容', '.jz-section')
  await sees(detail, '预约须知', '.jz-section')
  await shot(household, 'booking-02-service')
  await detail.getByText('立即预约').click()

  // 预约服务: a day two days ahead, a window that shows what is left
  const book = taroPage(household, '/pages/book/index')
  const date = bookableDates(new Date())[2]
  const [month, dayOfMonth] = date.slice(5).split('-').map(Number)
  const day = book.locator('.jz-slots__day', { hasText: `${month}月${dayOfMonth}日` })
  await day.click()
  await book.locator('.jz-slots__day--active', { hasText: `${month}月${dayOfMonth}日` }).waitFor()
  const morning = book.locator('.jz-slots__window', { hasText: '上午' })
  await sees(morning, /^剩余\d+$/, '.jz-slots__window-state')
  await morning.click()
  await book.locator('.jz-slots__window--active[aria-selected="true"]', { hasText: '上午' }).waitFor()
  await shot(household, 'booking-03-book-slot')

  // 服务地址: none yet, added right here in a sheet
  await book.getByText('还没有地址，点击新增').click()
  const sheet = household.locator('.jz-sheet[aria-label="新增地址"]')
  await sheet.locator('input[placeholder="怎么称呼您"]').fill(ADDRESS.contactName)
  await sheet.locator('input[placeholder="阿姨上门前会联系您"]').fill(ADDRESS.phone)
  await sheet.locator('input[placeholder="如：杭州市"]').fill(ADDRESS.city)
  await sheet.locator('input[placeholder="如：西湖区"]').fill(ADDRESS.district)
  await sheet.locator('input[placeholder="小区、楼栋、门牌号"]').fill(ADDRESS.detail)
  await shot(household, 'booking-04-address')
  await sheet.getByText('保存地址').click()
  await sheet.waitFor({ state: 'detached' })
  const address = book.locator('.book-address')
  await sees(address, `${ADDRESS.city}${ADDRESS.district}${ADDRESS.detail}`)
  await sees(address, `${ADDRESS.contactName} 139****5678`)

  // 特殊要求 and 家庭情况
  await book.locator('textarea[placeholder^="如：重点打扫厨房"]').fill(REQUESTS)
  await book.locator('taro-switch-core[aria-label="家中有宠物"] input').check()
  await book.locator('textarea[placeholder^="如：家里有只猫"]').fill(FAMILY_NOTES)

  // The server's quote: 3 hours (the default) at ¥45
  await sees(book, '3', '.jz-stepper__value')
  await sees(book.locator('.quote-summary'), '合计')
  await seesExactly(book, '.quote-summary .jz-price', '¥135.00')
  await household.locator('.taro__toast').waitFor({ state: 'hidden' }) // 地址已保存 would cover the form
  await shot(household, 'booking-05-book')
  await book.locator('taro-button-core', { hasText: '确认预约' }).click()

  // 订单详情: 待派单
  const order = taroPage(household, '/pages/order/index')
  await seesExactly(order, '.order-banner__status', '待派单')
  await sees(order, '正在为您安排阿姨，安排好后会通知您', '.order-banner__next')
  await sees(order, SERVICE, '.jz-section')
  await sees(order, describeSlot(date, 'morning'), '.jz-field')
  await sees(order, '3小时', '.jz-field')
  await sees(order, '¥135.00', '.jz-field')
  await sees(order, `${ADDRESS.city}${ADDRESS.district}${ADDRESS.detail}`, '.jz-address')
  await sees(order, REQUESTS, '.jz-field')
  await sees(order, `有宠物；${FAMILY_NOTES}`, '.jz-field')
  await sees(order, '暂未安排，派单后会通知您', '.jz-section')
  orderNo = (await order.locator('.jz-field', { hasText: '订单编号' }).locator('.jz-field__value').innerText()).trim()
  expect(orderNo).toMatch(/^JZ/)
  orderId = decodeURIComponent(/[?&]id=([^&]+)/.exec(household.url())![1])
  await shot(household, 'booking-06-order-pending')

  // 我的订单: back past the service page to the home tab (the booking page was replaced by the order), then 订单
  await back(household, '/pages/order/index')
  await back(household, '/pages/service/index')
  await household.locator('.weui-tabbar__item', { hasText: '订单' }).click()
  const orders = taroPage(household, '/pages/orders/index')
  const row = orders.locator('.order-card', { hasText: SERVICE })
  await sees(row, '待派单')
  await sees(row, describeSlot(date, 'morning'))
  await sees(row, `${ADDRESS.city}${ADDRESS.district}`)
  await sees(row, '¥135.00')
  await shot(household, 'booking-07-my-orders')
}))

test('2. a 主管 dispatches it to a cleaner with the skill', step(async () => {
  const staff = await newPage(DESK)
  const account = seed.staff.find((s) => s.role === 'supervisor')!
  await staff.goto(`${t.url}/#/admin/login/index`)
  const login = taroPage(staff, '/admin/login/index')
  await sees(login, '家政服务 · 员工工作台')
  await login.locator('input[placeholder="请输入用户名"]').fill(account.username)
  await login.locator('input[placeholder="请输入密码"]').fill(account.password)
  await shot(staff, 'booking-08-admin-login')
  await login.locator('.adm-btn', { hasText: '登录' }).click()

  // 首页 of the desk, signed in as the supervisor
  const home = taroPage(staff, '/admin/home/index')
  await sees(home, '主管老李', '.admin-shell__who')
  await sees(home, '主管', '.admin-shell__role')
  await home.locator('.admin-shell__menu-item', { hasText: '订单调度' }).click()

  // 订单调度: the new order, not yet dispatched
  const desk = taroPage(staff, '/admin/orders/index')
  const row = desk.locator('.adm-table__row', { hasText: orderNo })
  await sees(row, SERVICE)
  await sees(row, '待派单')
  await sees(row, '未派单')
  await sees(row, ADDRESS.district)
  await shot(staff, 'booking-09-admin-orders')
  await row.click()

  // The drawer: what was booked, then 派单 among the cleaners who have the skill
  const drawer = desk.locator('.adm-drawer')
  await seesExactly(drawer, '.adm-drawer__title', `订单 ${orderNo}`)
  await sees(drawer, REQUESTS, '.admin-order__fact')
  await sees(drawer, '尚未派单', '.admin-order__fact')
  await drawer.locator('.adm-btn', { hasText: '选择阿姨派单' }).click()
  const candidate = drawer.locator('.admin-order__candidate', { hasText: CLEANER })
  await sees(candidate, '可派')
  expect(await drawer.locator('.admin-order__candidate', { hasText: NOT_SKILLED }).count()).toBe(0)
  await shot(staff, 'booking-10-admin-candidates')
  await candidate.locator('.adm-btn', { hasText: '派给她' }).click()

  await sees(drawer, `已派给 ${CLEANER}`, '.adm-notice')
  await sees(drawer, '已派单', '.admin-order__head')
  await sees(drawer, CLEANER, '.admin-order__fact')
  await sees(row, '已派单')
  await sees(row, CLEANER)
  await shot(staff, 'booking-11-admin-dispatched')
}))

test('3. the cleaner binds, finds the job, checks in and out with an after photo', step(async () => {
  const cleaner = await newPage(PHONE)
  const invite = seed.cleaners.find((c) => c.name === CLEANER)!.inviteCode
  await cleaner.goto(`${t.url}/#/cleaner/bind/index`)
  const bind = taroPage(cleaner, '/cleaner/bind/index')
  await sees(bind, '阿姨端绑定')
  await bind.locator('input').fill(invite.toLowerCase())
  await shot(cleaner, 'booking-12-cleaner-bind')
  await bind.locator('taro-button-core', { hasText: '绑定' }).click()

  // 我的工单: nothing today; the job is two days ahead, under 即将开始
  const jobs = taroPage(cleaner, '/cleaner/jobs/index')
  await sees(jobs, '今天没有工单')
  await jobs.locator('.cleaner-jobs__tab', { hasText: '即将开始' }).click()
  const card = jobs.locator('.cleaner-job-card', { hasText: orderNo })
  await sees(card, SERVICE)
  await sees(card, '已派单')
  await sees(card, `${ADDRESS.city}${ADDRESS.district}`)
  await shot(cleaner, 'booking-13-cleaner-jobs')
  await card.click()

  // 工单详情 before the job day: city and district only, and 签到 not open yet
  let job = taroPage(cleaner, '/cleaner/job/index')
  await seesExactly(job, '.cleaner-job__address', `${ADDRESS.city}${ADDRESS.district}`)
  await sees(job, '为保护客户隐私，详细地址将在服务当天显示')
  await sees(job, REQUESTS, '.cleaner-job__text')
  await sees(job, FAMILY_NOTES, '.cleaner-job__text')
  await sees(job, '有宠物', '.cleaner-job__chip')
  await sees(job, '还没到服务日期', '.cleaner-job__hint')
  await seesButton(job, '签到', 'disabled')
  await shot(cleaner, 'booking-14-cleaner-job-masked')

  // Check-in opens only on the job's Shanghai day, from 2 h before the start (rules/attendance.ts), and the booking
  // is two days ahead (bookings need 2 h notice anyway), so the test cannot wait for that moment. It moves the order
  // to start an hour from now, straight in the database, as if the day had come: only start, end (same length) and
  // date change; status, cleaner, window and everything the flow made stay as they were, so from here on the slot
  // label reads today with the booked window (上午 08:00-12:00). (Near midnight an hour from now is already tomorrow
  // in Shanghai; then the job starts in a minute instead, still today.)
  const now = Date.now()
  let start = new Date(now + 3600_000)
  if (shanghaiDate(start) !== shanghaiDate(new Date(now))) start = new Date(now + 60_000)
  const booked = await orderDoc()
  const length = booked.end.getTime() - booked.start.getTime()
  await t.db.collection('orders').doc(orderId).update({ start, end: new Date(start.getTime() + length), date: shanghaiDate(start) })

  // The job day: the full address, and 签到 is open
  await cleaner.reload()
  job = taroPage(cleaner, '/cleaner/job/index')
  await seesExactly(job, '.cleaner-job__address', `${ADDRESS.city}${ADDRESS.district}${ADDRESS.detail}`)
  expect(await job.getByText('为保护客户隐私，详细地址将在服务当天显示').count()).toBe(0)
  await (await seesButton(job, '签到', 'enabled')).click()

  // 服务中: 签退 needs an after photo. Taro's chooseImage (H5) appends a hidden <input type="file"
  // id="taroChooseImage" accept="image/*"> to <body> and clicks it; on a phone (mobile user agent) it first asks
  // 拍摄 / 从相册选择 in an action sheet. Playwright intercepts the file chooser and hands it a real PNG.
  await sees(job, '服务中', '.cleaner-job__head')
  await sees(job, '完成签退', '.jz-section')
  await sees(job, '签到', '.jz-field')
  photo = writePng('after.png')
  await choosePhoto(cleaner, () => job.locator('.jz-photo-picker__add', { hasText: '服务后照片' }).click(), photo)
  await seesImage(job.locator('.jz-photo-picker__item'))
  await job.locator('textarea').fill('厨房油烟机已擦洗')
  await shot(cleaner, 'booking-15-cleaner-in-service')
  await job.locator('taro-button-core', { hasText: '签退' }).click()

  // 待确认, with the photo as the server stored it
  await sees(job, '待确认', '.cleaner-job__head')
  await sees(job, '签退', '.jz-field')
  await sees(job, '厨房油烟机已擦洗', '.jz-field')
  await seesImage(job.locator('.cleaner-job__photos'))
  await shot(cleaner, 'booking-16-cleaner-checked-out')

  const doc = await orderDoc()
  expect(doc.status).toBe('awaiting_confirmation')
  expect(doc.photos.after).toHaveLength(1)
}))

test('4. the household sees the after photo and confirms: 已完成', step(async () => {
  // The household comes back to the app: the order list shows where the order is now
  await household.reload()
  const orders = taroPage(household, '/pages/orders/index')
  const row = orders.locator('.order-card', { hasText: SERVICE })
  await sees(row, '待确认')
  await row.click()

  const order = taroPage(household, '/pages/order/index')
  await seesExactly(order, '.order-banner__status', '待确认')
  await sees(order, '服务已完成，请查看服务照片并确认', '.order-banner__next')
  await sees(order, CLEANER, '.order-cleaner')
  const photos = order.locator('.jz-section', { hasText: '服务照片' })
  await sees(photos, '服务后')
  await seesImage(photos)
  await shot(household, 'booking-17-order-awaiting')

  await order.locator('taro-button-core', { hasText: '确认完成' }).click()
  const sheet = household.locator('.jz-sheet[aria-label="确认服务完成"]')
  await seesImage(sheet)
  await shot(household, 'booking-18-confirm-sheet')
  await sheet.locator('taro-button-core', { hasText: '确认完成' }).click()

  await seesExactly(order, '.order-banner__status', '已完成')
  await sees(order, '服务已完成，感谢您的信任', '.order-banner__next')
  await sees(order, '确认时间', '.jz-field')
  expect(await order.locator('taro-button-core', { hasText: '确认完成' }).count()).toBe(0)
  await shot(household, 'booking-19-order-completed')

  // What the database holds at the end
  const doc = await orderDoc()
  expect(doc.status).toBe('completed')
  expect(doc.confirmedAt).toBeInstanceOf(Date)
  const customer = (await t.db.collection('customers').doc(doc.customerId).get()).data[0]
  expect(customer).toMatchObject({ orderCount: 1, completedCount: 1 })
  expect(customer.addresses).toHaveLength(1)
  expect(pageErrors).toEqual([])
}))

// Unknown routes in the H5 build, in chromium: /#/admin/index and any unknown admin route open sign-in when signed
// out and the admin home when signed in; an unknown household route opens the home page with a short notice.
import type { TestCloud } from '../helpers/localCloud'
import { okFn } from '../helpers/api'
import { DESK, H5Stage, PHONE, sees, taroPage } from '../helpers/h5'
import type { SeedResult } from '../../local/seed/demo'

jest.setTimeout(300_000)

const stage = new H5Stage()
let t: TestCloud
let seed: SeedResult

beforeAll(async () => {
  ({ t, seed } = await stage.start())
})
afterAll(async () => { await stage.stop() })

test('signed out, /#/admin/index and /#/admin/whatever open sign-in', async () => {
  const page = await stage.newPage(DESK)
  for (const route of ['/#/admin/index', '/#/admin/whatever']) {
    await page.goto(`${t.url}${route}`)
    await sees(taroPage(page, '/admin/login/index'), '家政服务 · 员工工作台')
    await page.waitForURL(/#\/admin\/login\/index/)
  }
  expect(stage.pageErrors).toEqual([])
})

test('signed in, an unknown admin route opens the admin home, whose menu is what the role may open', async () => {
  const account = seed.staff.find((s) => s.role === 'agent')!
  const { token, staff } = await okFn(t, 'admin', 'login', { username: account.username, password: account.password })
  const page = await stage.newPage(DESK, { key: 'jz.token.staff', value: token })
  for (const route of ['/#/admin/index', '/#/admin/orders/nope']) {
    await page.goto(`${t.url}${route}`)
    const home = taroPage(page, '/admin/home/index')
    await sees(home, staff.name, '.admin-shell__who')
    await page.waitForURL(/#\/admin\/home\/index/)
    // 客服 may not read the KPI dashboard, so its desk is not in the menu
    await sees(home, '订单调度', '.admin-shell__menu-item')
    expect(await home.locator('.admin-shell__menu-item', { hasText: '数据看板' }).count()).toBe(0)
  }
  expect(stage.pageErrors).toEqual([])
})

test('an unknown household route opens the home page with a notice', async () => {
  const page = await stage.newPage(PHONE)
  await page.goto(`${t.url}/#/pages/nope/index`)
  // the toast's wrapper has no box of its own (its parts are fixed): its text is what shows
  await sees(page.locator('.taro__toast p'), '页面不存在，已返回首页')
  await sees(taroPage(page, '/pages/home/index'), '日常保洁', '.pages-home__group-title')
  await page.waitForURL(/#\/pages\/home\/index/)
  expect(stage.pageErrors).toEqual([])
})

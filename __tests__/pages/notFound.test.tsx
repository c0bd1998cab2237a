// Unknown routes: staff routes go to the admin home (sign-in when signed out), /admin/index included; anything else
// to the household home with a short notice. Driven through the app's onPageNotFound hook, as the router calls it.
import { render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { page } from './support/taro'
import App from '@/app'
import { NOT_FOUND_NOTICE, notFoundTarget } from '@/notFound'

function renderApp() {
  return render(<App><div>page</div></App>)
}

describe('notFoundTarget', () => {
  it('sends staff routes home, or to sign-in when signed out', () => {
    expect(notFoundTarget('/admin/whatever', true)).toEqual({ url: '/admin/home/index' })
    expect(notFoundTarget('/admin/index', true)).toEqual({ url: '/admin/home/index' })
    expect(notFoundTarget('admin/orders/nope', false)).toEqual({ url: '/admin/login/index' })
  })

  it('sends everything else to the household home with a notice (a cleaner route to her jobs)', () => {
    expect(notFoundTarget('/pages/nope/index', false)).toEqual({ url: '/pages/home/index', notice: NOT_FOUND_NOTICE })
    expect(notFoundTarget('/administrator', true)).toEqual({ url: '/pages/home/index', notice: NOT_FOUND_NOTICE })
    expect(notFoundTarget('/cleaner/old/index', false)).toEqual({ url: '/cleaner/jobs/index', notice: NOT_FOUND_NOTICE })
  })
})

describe('the app on an unknown route', () => {
  it('/admin/index with a staff token opens the admin home, without a notice', async () => {
    Taro.setStorageSync('jz.token.staff', 'st.test-token')
    renderApp()
    page.notFound('/admin/index')
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/admin/home/index' }))
    expect(Taro.showToast).not.toHaveBeenCalled()
  })

  it('an unknown admin route when signed out opens sign-in', async () => {
    renderApp()
    page.notFound('/admin/whatever')
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/admin/login/index' }))
  })

  it('an unknown household route opens the home page and says so', async () => {
    renderApp()
    page.notFound('/pages/gone/index')
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith({ title: '页面不存在，已返回首页', icon: 'none', duration: 2500 }))
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })
})

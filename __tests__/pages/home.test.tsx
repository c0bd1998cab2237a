// 首页: the catalogue from booking.catalog, grouped by category, prices per unit; errors show 重试.
import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import HomePage from '@/pages/home'
import { server } from './support/network'
import * as fx from './support/fixtures'

describe('home page', () => {
  it('shows each category with its services and their prices per unit', async () => {
    server.on('booking', 'catalog', fx.catalog())
    render(<HomePage />)

    expect(await screen.findByText('全屋深度保洁')).toBeTruthy()
    // category names appear in the grid and as group titles
    for (const label of ['日常保洁', '深度保洁', '月嫂']) expect(screen.getAllByText(label).length).toBeGreaterThanOrEqual(2)
    expect(screen.getByText('日常保洁（按小时）')).toBeTruthy()
    const prices = Array.from(document.querySelectorAll('.jz-price')).map((el) => el.textContent)
    expect(prices).toEqual(['¥45.00/小时', '¥499.00/次', '¥15800.00/26天'])
    expect(screen.getByText('高端')).toBeTruthy()
  })

  it('opens the service detail page on tap', async () => {
    server.on('booking', 'catalog', fx.catalog())
    render(<HomePage />)
    fireEvent.click(await screen.findByText('全屋深度保洁'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/service/index?id=svc_deep' })
  })

  it('shows the error with 重试, and loads again when tapped', async () => {
    server.fail('booking', 'catalog', { code: 'INTERNAL', message: '系统繁忙，请稍后再试' })
    render(<HomePage />)
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy()

    server.on('booking', 'catalog', fx.catalog())
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('全屋深度保洁')).toBeTruthy()
    expect(screen.queryByText('系统繁忙，请稍后再试')).toBeNull()
    expect(server.calls('booking', 'catalog')).toHaveLength(2)
  })

  it('says so when nothing is on offer', async () => {
    server.on('booking', 'catalog', { categories: [] })
    render(<HomePage />)
    expect(await screen.findByText('服务暂未上架')).toBeTruthy()
  })

  it('sends the household session token with the call (H5 transport)', async () => {
    server.on('booking', 'catalog', fx.catalog())
    render(<HomePage />)
    await screen.findByText('全屋深度保洁')
    expect(server.calls('booking', 'catalog')[0].authorization).toMatch(/^Bearer [0-9a-f]{48}$/)
  })
})

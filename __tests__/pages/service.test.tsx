// 服务详情: one service from the catalogue with its price, duration and contents; 立即预约 opens the booking page.
import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ServicePage from '@/pages/service'
import { server } from './support/network'
import { page } from './support/taro'
import * as fx from './support/fixtures'

describe('service page', () => {
  it('shows the service and books it', async () => {
    server.on('booking', 'catalog', fx.catalog())
    page.setParams({ id: 'svc_deep' })
    render(<ServicePage />)
    expect(await screen.findByText('全屋深度保洁')).toBeTruthy()
    expect(screen.getByText('约6小时/次')).toBeTruthy()
    expect(Array.from(document.querySelectorAll('.jz-price')).map((e) => e.textContent)).toEqual(['¥499.00/次', '¥499.00/次'])
    expect(screen.getByText('厨房重油污处理')).toBeTruthy()
    fireEvent.click(screen.getByText('立即预约'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/book/index?serviceId=svc_deep' })
  })

  it('says so when the service is gone', async () => {
    server.on('booking', 'catalog', fx.catalog())
    page.setParams({ id: 'svc_gone' })
    render(<ServicePage />)
    expect(await screen.findByText('该服务已下架')).toBeTruthy()
  })
})

// 我的订单: status tabs send the list filter, an empty tab says so, pull-down refreshes, the end of the list pages on.
import { render, screen, fireEvent, waitFor, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import OrdersPage from '@/pages/orders'
import { server } from './support/network'
import { page } from './support/taro'
import * as fx from './support/fixtures'

describe('orders page', () => {
  it('lists orders and filters by the tab chosen', async () => {
    server.on('booking', 'list', ({ status }: { status?: string }) => ({
      list: status === 'completed' ? [] : [fx.orderSummary(), fx.orderSummary({ id: 'ord_2', status: 'dispatched', statusLabel: '已派单', service: { ...fx.orderSummary().service, name: '全屋深度保洁' } })],
      nextCursor: null
    }))
    render(<OrdersPage />)
    expect(await screen.findByText('全屋深度保洁')).toBeTruthy()
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['全部', '待派单', '已派单', '服务中', '待确认', '已完成', '已取消'])
    expect(screen.getAllByText('¥135.00')).toHaveLength(2)
    expect(Array.from(document.querySelectorAll('.order-card .jz-status')).map((e) => e.textContent)).toEqual(['待派单', '已派单'])
    expect(screen.getAllByText('时间：11月24日 周一 上午 08:00-12:00')).toHaveLength(2)

    fireEvent.click(screen.getByRole('tab', { name: '已完成' }))
    expect(await screen.findByText('暂无已完成的订单')).toBeTruthy()
    expect(server.calls('booking', 'list').map((c) => c.input.status)).toEqual([undefined, 'completed'])
    expect(screen.getByRole('tab', { name: '已完成' }).getAttribute('aria-selected')).toBe('true')

    fireEvent.click(screen.getByText('去预约'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  it('shows the empty state when there are no orders at all', async () => {
    server.on('booking', 'list', { list: [], nextCursor: null })
    render(<OrdersPage />)
    expect(await screen.findByText('还没有订单')).toBeTruthy()
    expect(screen.getByText('挑选需要的服务，预约阿姨上门')).toBeTruthy()
  })

  it('loads the next page at the bottom and refreshes on pull-down', async () => {
    server.on('booking', 'list', ({ cursor }: { cursor?: string | null }) =>
      cursor === 'c1'
        ? { list: [fx.orderSummary({ id: 'ord_3', service: { ...fx.orderSummary().service, name: '空调清洗（挂机）' } })], nextCursor: null }
        : { list: [fx.orderSummary()], nextCursor: 'c1' })
    render(<OrdersPage />)
    expect(await screen.findByText('上拉加载更多')).toBeTruthy()
    act(() => page.reachBottom())
    expect(await screen.findByText('空调清洗（挂机）')).toBeTruthy()
    expect(screen.getByText('没有更多了')).toBeTruthy()
    expect(server.calls('booking', 'list').map((c) => c.input.cursor)).toEqual([null, 'c1'])

    act(() => page.pullDown())
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled())
    expect(server.calls('booking', 'list')).toHaveLength(3)
    expect(server.calls('booking', 'list')[2].input.cursor).toBeNull()
  })

  it('shows a failure with 重试', async () => {
    server.fail('booking', 'list', { code: 'INTERNAL', message: '网络不给力，请稍后重试' })
    render(<OrdersPage />)
    expect(await screen.findByText('网络不给力，请稍后重试')).toBeTruthy()
    server.on('booking', 'list', { list: [fx.orderSummary()], nextCursor: null })
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('日常保洁（按小时）')).toBeTruthy()
  })

  it('opens an order', async () => {
    server.on('booking', 'list', { list: [fx.orderSummary()], nextCursor: null })
    render(<OrdersPage />)
    fireEvent.click(await screen.findByText('日常保洁（按小时）'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/order/index?id=ord_1' })
  })
})

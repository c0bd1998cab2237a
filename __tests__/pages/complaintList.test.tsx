// 我的投诉 (complaint/list): the household's complaints with 处理中 / 待您确认 / 已结案 tags, paged; nothing yet says so
// and offers to file one; a failure shows its message with 重试.
import { render, screen, fireEvent, waitFor, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ComplaintListPage from '@/complaint/list/index'
import { server } from './support/network'
import { page } from './support/taro'
import * as cx from './support/complaintFixtures'

describe('complaint/list', () => {
  it('shows each complaint with its status tag and loads the next page at the end', async () => {
    server.on('complaint', 'list', (input: any) => input.cursor
      ? { list: [cx.summary({ id: 'c3', ticketNo: 'TS3', category: 'lateness', categoryLabel: '迟到', status: 'closed', statusLabel: '已结案', step: 'closed', stepLabel: '已结案' })], nextCursor: null }
      : {
          list: [
            cx.summary({ id: 'c1', ticketNo: 'TS1', status: 'awaiting_confirmation', statusLabel: '待您确认', step: 'awaiting_confirmation', stepLabel: '待客户确认' }),
            cx.summary({ id: 'c2', ticketNo: 'TS2', category: 'damage', categoryLabel: '物品损坏', orderNo: null, step: 'investigating', stepLabel: '调查中' })
          ],
          nextCursor: 'c2'
        })
    render(<ComplaintListPage />)
    expect(await screen.findByText('工单号 TS1')).toBeTruthy()
    expect(screen.getByText('待您确认', { selector: '.jz-status--awaiting_confirmation' })).toBeTruthy()
    expect(screen.getByText('处理中', { selector: '.jz-status--open' })).toBeTruthy()
    expect(screen.getByText('去确认 ›')).toBeTruthy()
    expect(screen.getByText('当前进度：调查中')).toBeTruthy()
    expect(screen.getAllByText(/^关联订单：/)).toHaveLength(1)
    expect(server.calls('complaint', 'list')[0].input).toEqual({ cursor: null, limit: 10 })

    act(() => page.reachBottom())
    expect(await screen.findByText('已结案', { selector: '.jz-status--closed' })).toBeTruthy()
    expect(server.calls('complaint', 'list')[1].input).toEqual({ cursor: 'c2', limit: 10 })
    expect(screen.getByText('没有更多了')).toBeTruthy()

    fireEvent.click(screen.getByText('工单号 TS2'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/complaint/detail/index?id=c2' })
    fireEvent.click(screen.getByText('我要投诉/反馈'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/complaint/new/index' })
  })

  it('says when there are none and offers to file one', async () => {
    server.on('complaint', 'list', { list: [], nextCursor: null })
    render(<ComplaintListPage />)
    expect(await screen.findByText('暂无投诉记录')).toBeTruthy()
    fireEvent.click(screen.getByText('我要投诉/反馈'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/complaint/new/index' })
  })

  it('shows a failure with 重试 and refreshes when shown again', async () => {
    server.fail('complaint', 'list', { code: 'INTERNAL', message: '网络不给力，请稍后重试' })
    render(<ComplaintListPage />)
    expect(await screen.findByText('网络不给力，请稍后重试')).toBeTruthy()
    server.on('complaint', 'list', { list: [cx.summary()], nextCursor: null })
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('工单号 TS202511240001')).toBeTruthy()
    act(() => page.show())
    await waitFor(() => expect(server.calls('complaint', 'list')).toHaveLength(3))
  })
})

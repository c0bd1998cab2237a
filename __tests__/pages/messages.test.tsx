// 消息中心: the household's messages, newest first, with an empty state; a message with a page opens it.
import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MessagesPage from '@/pages/messages'
import { server } from './support/network'

describe('messages page', () => {
  it('lists messages and opens the page a message points to', async () => {
    server.on('user', 'messages', {
      list: [{ id: 'm1', template: 'order_dispatched', title: '阿姨已安排', content: '王秀兰阿姨将于11月24日上午上门服务', page: 'pages/order/index?id=ord_1', sentAt: '2025-11-23T02:00:00.000Z' }],
      nextCursor: null
    })
    render(<MessagesPage />)
    fireEvent.click(await screen.findByText('阿姨已安排'))
    expect(screen.getByText('王秀兰阿姨将于11月24日上午上门服务')).toBeTruthy()
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/order/index?id=ord_1' })
  })

  it('says when there are no messages', async () => {
    server.on('user', 'messages', { list: [], nextCursor: null })
    render(<MessagesPage />)
    expect(await screen.findByText('暂无消息')).toBeTruthy()
  })
})

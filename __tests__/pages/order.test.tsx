// 订单详情: what the order shows, cancelling with a reason, "contact staff" inside the cutoff, rescheduling and
// confirming a finished service after seeing its photos.
import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import OrderPage from '@/pages/order'
import { server } from './support/network'
import { page } from './support/taro'
import * as fx from './support/fixtures'

const pickReason = (label: string, index: number) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value: String(index) } })

describe('order page', () => {
  beforeEach(() => page.setParams({ id: 'ord_1' }))

  it('shows the service, address, price, progress and the cleaner', async () => {
    server.on('booking', 'detail', fx.orderView({
      status: 'dispatched', statusLabel: '已派单',
      cleaner: { name: '王秀兰', grade: 'gold', gradeLabel: '金牌', phoneMasked: '138****0001' },
      timeline: [
        { at: '2025-11-22T08:00:00.000Z', type: 'created', label: '已下单' },
        { at: '2025-11-22T09:00:00.000Z', type: 'dispatched', label: '已派单', note: '王秀兰' }
      ]
    }))
    render(<OrderPage />)
    expect(await screen.findByText('王秀兰', { selector: '.order-cleaner__name' })).toBeTruthy()
    expect(screen.getByText('金牌阿姨')).toBeTruthy()
    expect(screen.getByText('联系电话 138****0001')).toBeTruthy()
    expect(screen.getByText('杭州市西湖区文三路100号1幢101室')).toBeTruthy()
    expect(screen.getByText('JZ20251124000001')).toBeTruthy()
    expect(screen.getByText('11月22日 17:00', { exact: false })).toBeTruthy()
    const labels = Array.from(document.querySelectorAll('.jz-timeline__label')).map((e) => e.textContent)
    expect(labels).toEqual(['已派单', '已下单'])
  })

  it('cancels with the chosen reason and shows the cancelled order', async () => {
    server.on('booking', 'detail', fx.orderView())
    server.on('booking', 'cancel', fx.orderView({ status: 'cancelled', statusLabel: '已取消', cancelReason: '预约时间选错了', allowed: fx.allowed({ cancel: false, reschedule: false, rebook: true }) }))
    render(<OrderPage />)
    fireEvent.click(await screen.findByText('取消订单', { selector: 'button' }))
    expect((screen.getByText('确认取消') as HTMLButtonElement).disabled).toBe(true)
    pickReason('取消原因', 1)
    fireEvent.click(screen.getByText('确认取消'))
    expect(await screen.findByText('取消原因：预约时间选错了')).toBeTruthy()
    expect(server.calls('booking', 'cancel')[0].input).toEqual({ orderId: 'ord_1', reason: '预约时间选错了' })
    expect(screen.queryByText('取消订单', { selector: 'button' })).toBeNull()
  })

  it('tells the household to contact staff when the server refuses inside the cutoff', async () => {
    server.on('booking', 'detail', fx.orderView())
    server.fail('booking', 'cancel', {
      code: 'FAILED_PRECONDITION', message: '距服务开始不足4小时，无法自助取消，请联系客服', details: { contactStaff: true }
    })
    render(<OrderPage />)
    fireEvent.click(await screen.findByText('取消订单', { selector: 'button' }))
    pickReason('取消原因', 5) // 其他原因: needs their own words
    expect((screen.getByText('确认取消') as HTMLButtonElement).disabled).toBe(true)
    fireEvent.change(screen.getByPlaceholderText('请填写原因'), { target: { value: '临时出差' } })
    fireEvent.click(screen.getByText('确认取消'))

    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled())
    const modal = (Taro.showModal as jest.Mock).mock.calls[0][0]
    expect(modal.title).toBe('请联系客服处理')
    expect(modal.content).toContain('距服务开始不足4小时，无法自助取消，请联系客服')
    expect(modal.content).toContain('400-800-1234')
    expect(modal.content).toContain('在线客服')
    expect(server.calls('booking', 'cancel')[0].input.reason).toBe('临时出差')
    // 拨打电话 (the modal was confirmed) calls the hotline
    await waitFor(() => expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '4008001234' }))
    // the order is loaded again, and the cancel sheet is closed
    await waitFor(() => expect(server.calls('booking', 'detail')).toHaveLength(2))
    expect(screen.queryByText('确认取消')).toBeNull()
  })

  it('offers 联系客服 instead of self-service inside the cutoff', async () => {
    server.on('booking', 'detail', fx.orderView({ allowed: fx.allowed({ cancel: false, reschedule: false, contactStaff: true }), changeRefusal: '距服务开始不足4小时，无法自助取消，请联系客服' }))
    render(<OrderPage />)
    fireEvent.click(await screen.findByText('联系客服'))
    expect((Taro.showModal as jest.Mock).mock.calls[0][0].content).toContain('无法自助取消')
    expect(screen.queryByText('取消订单', { selector: 'button' })).toBeNull()
  })

  it('reschedules to a chosen window with a reason', async () => {
    server.on('booking', 'detail', fx.orderView())
    server.on('booking', 'slots', fx.slots())
    server.on('booking', 'reschedule', fx.orderView({ date: '2025-11-25', slotLabel: '11月25日 周二 下午 13:00-17:00' }))
    render(<OrderPage />)
    fireEvent.click(await screen.findByText('改期'))
    fireEvent.click(await screen.findByText('周二'))
    fireEvent.click(screen.getAllByText('剩余5')[1])
    pickReason('改期原因', 0)
    fireEvent.click(screen.getByText('确认改期'))
    expect(await screen.findByText('11月25日 周二 下午 13:00-17:00')).toBeTruthy()
    expect(server.calls('booking', 'reschedule')[0].input).toEqual({ orderId: 'ord_1', date: '2025-11-25', window: 'afternoon', reason: '临时有事' })
    expect(server.calls('booking', 'slots')[0].input).toEqual({ serviceId: 'svc_daily' })
  })

  it('shows the after photos before confirming completion', async () => {
    const after = [{ fileID: 'cloud://after-1.jpg', url: 'http://files/after-1.jpg' }, { fileID: 'cloud://after-2.jpg', url: 'http://files/after-2.jpg' }]
    server.on('booking', 'detail', fx.orderView({ status: 'awaiting_confirmation', statusLabel: '待确认', allowed: fx.allowed({ cancel: false, reschedule: false, confirm: true, complain: true }), photos: { before: [], after } }))
    server.on('booking', 'confirmDone', fx.orderView({ status: 'completed', statusLabel: '已完成', allowed: fx.allowed({ cancel: false, reschedule: false, complain: true, rebook: true }), confirmedAt: '2025-11-24T06:00:00.000Z', photos: { before: [], after } }))
    render(<OrderPage />)
    fireEvent.click(await screen.findByText('确认完成', { selector: '.jz-action-bar button' }))
    const sheet = screen.getByRole('dialog', { name: '确认服务完成' })
    expect(Array.from(sheet.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['http://files/after-1.jpg', 'http://files/after-2.jpg'])
    fireEvent.click(sheet.querySelector('.jz-sheet__footer .jz-btn-primary')!)
    expect(await screen.findByText('服务已完成，感谢您的信任')).toBeTruthy()
    expect(server.calls('booking', 'confirmDone')[0].input).toEqual({ orderId: 'ord_1' })
  })

  it('offers 投诉/反馈 and 再次预约 when the server allows them, not on an order still waiting for dispatch', async () => {
    server.on('booking', 'detail', fx.orderView({ status: 'completed', statusLabel: '已完成', allowed: fx.allowed({ cancel: false, reschedule: false, complain: true, rebook: true }) }))
    const { unmount } = render(<OrderPage />)
    fireEvent.click(await screen.findByText('投诉/反馈'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/complaint/new/index?orderId=ord_1' })
    fireEvent.click(screen.getByText('再次预约'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/book/index?serviceId=svc_daily' })
    unmount()

    // a cancelled order: the server allows no complaint about it, so the page offers none (whatever the status)
    server.on('booking', 'detail', fx.orderView({ status: 'cancelled', statusLabel: '已取消', allowed: fx.allowed({ cancel: false, reschedule: false, rebook: true }) }))
    const second = render(<OrderPage />)
    expect(await screen.findByText('再次预约')).toBeTruthy()
    expect(screen.queryByText('投诉/反馈')).toBeNull()
    second.unmount()

    server.on('booking', 'detail', fx.orderView())
    render(<OrderPage />)
    expect(await screen.findByText('取消订单', { selector: 'button' })).toBeTruthy()
    expect(screen.queryByText('投诉/反馈')).toBeNull()
  })

  it('shows a load failure with 重试', async () => {
    server.fail('booking', 'detail', { code: 'NOT_FOUND', message: '订单不存在' })
    render(<OrderPage />)
    expect(await screen.findByText('订单不存在')).toBeTruthy()
    server.on('booking', 'detail', fx.orderView())
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('正在为您安排阿姨，安排好后会通知您')).toBeTruthy()
  })
})

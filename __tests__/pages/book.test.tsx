// 预约服务: capacity per window, full windows disabled with their reason, the server's quote, and one booking per
// visit however often 确认预约 is tapped (the same requestKey every time).
import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import BookPage from '@/pages/book'
import { server, deferred, Refusal } from './support/network'
import { page } from './support/taro'
import * as fx from './support/fixtures'

function answerBooking() {
  server
    .on('booking', 'catalog', fx.catalog())
    .on('booking', 'slots', fx.slots())
    .on('user', 'me', fx.customer())
    .on('booking', 'quote', ({ quantity }: { quantity: number }) => ({
      priceFen: { base: 4500 * quantity, discount: 0, payable: 4500 * quantity },
      display: `¥${(45 * quantity).toFixed(2)}`
    }))
}

const windowOf = (text: string) => screen.getByText(text).closest('[aria-disabled]') as HTMLElement

async function renderReady() {
  page.setParams({ serviceId: 'svc_daily' })
  render(<BookPage />)
  await screen.findByText('¥90.00')
}

describe('book page', () => {
  beforeEach(answerBooking)

  it('shows what is left per window and disables full windows with the reason', async () => {
    await renderReady()
    // the first day with an open window is chosen: 明天
    expect(screen.getByText('明天').closest('.jz-slots__day')!.className).toContain('--active')
    expect(screen.getByText('剩余3')).toBeTruthy()
    expect(screen.getByText('剩余1')).toBeTruthy()
    const full = windowOf('已约满')
    expect(full.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(full)
    expect(full.getAttribute('aria-selected')).toBe('false')

    const morning = windowOf('剩余3')
    expect(morning.getAttribute('aria-disabled')).toBe('false')
    fireEvent.click(morning)
    expect(morning.getAttribute('aria-selected')).toBe('true')

    // a day that is closed shows each window's reason
    fireEvent.click(screen.getByText('今天'))
    expect(screen.getByText('距服务开始不足2小时，请选择其他时段')).toBeTruthy()
  })

  it('asks the server for the price and asks again when the quantity changes', async () => {
    await renderReady()
    expect(server.calls('booking', 'quote')[0].input).toEqual({ serviceId: 'svc_daily', quantity: 2 })
    fireEvent.click(screen.getByLabelText('增加'))
    expect(await screen.findByText('¥135.00')).toBeTruthy()
    expect(server.calls('booking', 'quote').map((c) => c.input.quantity)).toEqual([2, 3])
    // the minimum is 2 hours: − is disabled at 2
    fireEvent.click(screen.getByLabelText('减少'))
    await screen.findByText('¥90.00')
    expect(screen.getByLabelText('减少').getAttribute('aria-disabled')).toBe('true')
  })

  it('books once on a double tap, then opens the new order', async () => {
    const answer = deferred<unknown>()
    server.on('booking', 'create', () => answer.promise)
    await renderReady()
    fireEvent.click(windowOf('剩余3'))
    const confirm = screen.getByText('确认预约')
    fireEvent.click(confirm)
    fireEvent.click(confirm)
    await waitFor(() => expect(server.calls('booking', 'create')).toHaveLength(1))

    const sent = server.calls('booking', 'create')[0].input
    expect(sent).toMatchObject({
      serviceId: 'svc_daily', quantity: 2, date: '2025-11-24', window: 'morning', addressId: 'addr_1',
      familyNotes: { elderly: true, children: false, pets: true, notes: '猫怕生' }
    })
    expect(sent.requestKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/)

    answer.resolve(fx.orderView({ id: 'ord_new' }))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/order/index?id=ord_new' }))
    expect(server.calls('booking', 'create')).toHaveLength(1)
  })

  it('sends the same requestKey again when a tap is retried after a failure', async () => {
    let attempts = 0
    server.on('booking', 'create', () => {
      attempts += 1
      if (attempts === 1) throw new Refusal({ code: 'INTERNAL', message: '系统繁忙，请稍后再试' })
      return fx.orderView({ id: 'ord_new' })
    })
    await renderReady()
    fireEvent.click(windowOf('剩余3'))
    fireEvent.click(screen.getByText('确认预约'))
    await waitFor(() => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '系统繁忙，请稍后再试' })))
    fireEvent.click(screen.getByText('确认预约'))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled())
    const keys = server.calls('booking', 'create').map((c) => c.input.requestKey)
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
  })

  it('does not send anything before a window is chosen', async () => {
    server.on('booking', 'create', fx.orderView())
    await renderReady()
    fireEvent.click(screen.getByText('确认预约'))
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '请选择服务时段' }))
    expect(server.calls('booking', 'create')).toHaveLength(0)
  })

  it('reloads the windows when the chosen one filled up meanwhile', async () => {
    server.fail('booking', 'create', { code: 'CONFLICT', message: '该时段已约满，请选择其他时间' })
    await renderReady()
    fireEvent.click(windowOf('剩余3'))
    fireEvent.click(screen.getByText('确认预约'))
    await waitFor(() => expect(server.calls('booking', 'slots')).toHaveLength(2))
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '该时段已约满，请选择其他时间' }))
    expect(windowOf('剩余3').getAttribute('aria-selected')).toBe('false')
  })

  it('adds an address inline and chooses it', async () => {
    server.on('user', 'me', fx.customer({ addresses: [] }))
    server.on('user', 'addresses', ({ address }: any) => [
      { id: 'addr_new', contactName: address.contactName, phoneMasked: '139****0000', city: address.city, district: address.district, detail: address.detail, isDefault: true }
    ])
    await renderReady()
    fireEvent.click(screen.getByText('还没有地址，点击新增'))
    const type = (placeholder: string, value: string) => fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } })
    type('怎么称呼您', '王先生')
    type('阿姨上门前会联系您', '13900000000')
    type('如：杭州市', '杭州市')
    type('如：西湖区', '滨江区')
    type('小区、楼栋、门牌号', '江南大道1号')
    fireEvent.click(screen.getByText('保存地址'))
    expect(await screen.findByText('杭州市滨江区江南大道1号')).toBeTruthy()
    expect(server.calls('user', 'addresses')[0].input).toEqual({
      op: 'add', address: { contactName: '王先生', phone: '13900000000', city: '杭州市', district: '滨江区', detail: '江南大道1号', isDefault: false }
    })
  })

  it('shows a load failure with 重试', async () => {
    server.fail('booking', 'slots', { code: 'NOT_FOUND', message: '服务不存在或已下架' })
    page.setParams({ serviceId: 'svc_daily' })
    render(<BookPage />)
    expect(await screen.findByText('服务不存在或已下架')).toBeTruthy()
    server.on('booking', 'slots', fx.slots())
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('剩余3')).toBeTruthy()
  })
})

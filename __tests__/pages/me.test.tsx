// 我的: profile with a masked phone, the address book (add / edit keeping the phone / default / remove), family
// situation and preferences saved together, links to 我的订单, 消息中心, 我的投诉 and 投诉与建议.
import { render, screen, fireEvent, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MePage from '@/pages/me'
import { server } from './support/network'
import * as fx from './support/fixtures'

const second = { id: 'addr_2', contactName: '李先生', phoneMasked: '139****1111', city: '杭州市', district: '滨江区', detail: '江南大道1号', isDefault: false }

describe('me page', () => {
  it('shows the profile with the masked phone and links to orders and messages', async () => {
    server.on('user', 'me', fx.customer())
    render(<MePage />)
    expect(await screen.findByText('李女士', { selector: '.me-profile__name' })).toBeTruthy()
    expect(screen.getByText('138****5678', { selector: '.me-profile__phone' })).toBeTruthy()
    fireEvent.click(screen.getByText('我的订单'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/orders/index' })
    fireEvent.click(screen.getByText('消息中心'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/messages/index' })
    fireEvent.click(screen.getByText('我的投诉'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/complaint/list/index' })
    fireEvent.click(screen.getByText('投诉与建议'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/complaint/new/index' })
  })

  it('edits the name without sending the phone when it was left empty', async () => {
    server.on('user', 'me', fx.customer())
    server.on('user', 'updateProfile', (input: any) => fx.customer({ name: input.name }))
    render(<MePage />)
    fireEvent.click(await screen.findByText('编辑 ›'))
    const dialog = screen.getByRole('dialog', { name: '编辑个人信息' })
    fireEvent.change(within(dialog).getByPlaceholderText('怎么称呼您'), { target: { value: '李红' } })
    fireEvent.click(within(dialog).getByText('保存'))
    expect(await screen.findByText('李红', { selector: '.me-profile__name' })).toBeTruthy()
    expect(server.calls('user', 'updateProfile')[0].input).toEqual({ name: '李红' })
  })

  it('sets a default address, edits one keeping its phone (only its mask is known), and removes one after asking', async () => {
    const book = [fx.customer().addresses[0], second]
    server.on('user', 'me', fx.customer({ addresses: book }))
    server.on('user', 'addresses', (op: any) => {
      if (op.op === 'setDefault') return book.map((a) => ({ ...a, isDefault: a.id === op.id }))
      if (op.op === 'update') return book.map((a) => (a.id === op.id ? { ...a, ...op.address } : a))
      return book.filter((a) => a.id !== op.id)
    })
    render(<MePage />)
    fireEvent.click(await screen.findByText('设为默认'))
    await waitFor(() => expect(server.calls('user', 'addresses')[0].input).toEqual({ op: 'setDefault', id: 'addr_2' }))

    fireEvent.click(screen.getAllByText('编辑')[1])
    const dialog = screen.getByRole('dialog', { name: '编辑地址' })
    fireEvent.change(within(dialog).getByPlaceholderText('小区、楼栋、门牌号'), { target: { value: '江南大道2号' } })
    fireEvent.click(within(dialog).getByText('保存地址'))
    expect(await screen.findByText('杭州市滨江区江南大道2号')).toBeTruthy()
    expect(server.calls('user', 'addresses')[1].input).toEqual({
      op: 'update', id: 'addr_2', address: { contactName: '李先生', city: '杭州市', district: '滨江区', detail: '江南大道2号', isDefault: true }
    })

    fireEvent.click(screen.getAllByText('删除')[0])
    await waitFor(() => expect(server.calls('user', 'addresses')[2]?.input).toEqual({ op: 'remove', id: 'addr_1' }))
    expect((Taro.showModal as jest.Mock).mock.calls[0][0].title).toBe('删除地址')
  })

  it('saves family situation and preferences together', async () => {
    server.on('user', 'me', fx.customer())
    server.on('user', 'updateProfile', (input: any) => fx.customer({ family: input.family, preferences: input.preferences }))
    render(<MePage />)
    const kids = await screen.findByLabelText('家中有小孩')
    expect(screen.queryByText('保存', { selector: 'button' })).toBeNull()
    fireEvent.click(kids)
    fireEvent.change(screen.getByPlaceholderText('如：希望固定阿姨，周末上午上门'), { target: { value: '希望固定阿姨' } })
    fireEvent.click(screen.getByText('保存', { selector: 'button' }))
    await waitFor(() => expect(screen.queryByText('保存', { selector: 'button' })).toBeNull())
    expect(server.calls('user', 'updateProfile')[0].input).toEqual({
      family: { elderly: true, children: true, pets: true, notes: '猫怕生' }, preferences: '希望固定阿姨'
    })
  })

  it('shows a failure with 重试', async () => {
    server.fail('user', 'me', { code: 'UNAUTHENTICATED', message: '请先在微信中登录' })
    render(<MePage />)
    expect(await screen.findByText('请先在微信中登录')).toBeTruthy()
    server.on('user', 'me', fx.customer())
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('李女士', { selector: '.me-profile__name' })).toBeTruthy()
  })
})

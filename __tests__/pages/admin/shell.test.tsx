import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { server } from '../support/network'
import AdminHomePage from '@/admin/home/index'
import { signIn } from './fixtures'

describe('AdminShell (on admin/home)', () => {
  it('sends a visitor without a token to the login page without calling anything', async () => {
    render(<AdminHomePage />)
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/admin/login/index' }))
    expect(server.calls('admin')).toHaveLength(0)
  })

  it('clears an expired token and goes to login when admin.me answers UNAUTHENTICATED', async () => {
    Taro.setStorageSync('jz.token.staff', 'st.expired')
    server.fail('admin', 'me', { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' })
    render(<AdminHomePage />)
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/admin/login/index' }))
    expect(Taro.getStorageSync('jz.token.staff')).toBe('')
    expect(server.calls('admin', 'me')[0].authorization).toBe('Bearer st.expired')
  })

  it('shows the staff member, the menu with the later desks greyed out, and today\'s counts', async () => {
    signIn(server)
    server.on('admin', 'orders.list', (input: any) => ({
      list: input.status === 'pending_dispatch' ? [{ id: 'a' }, { id: 'b' }] : [{ id: 'a' }],
      nextCursor: null
    }))
    server.on('admin', 'complaints.queue', { list: [], nextCursor: null })
    render(<AdminHomePage />)
    expect(await screen.findByText('李客服')).toBeTruthy()
    expect(screen.getByText('客服')).toBeTruthy()
    expect(screen.getAllByText('即将上线')).toHaveLength(4)
    expect(screen.getByText('回访').parentElement!.className).toContain('is-disabled')
    expect(screen.getByText('投诉工单', { selector: '.admin-shell__menu-item span' }).parentElement!.className).not.toContain('is-disabled')
    await waitFor(() => expect(screen.getAllByText('2')).toHaveLength(2))
    const asked = server.calls('admin', 'orders.list').map((c) => c.input)
    expect(asked).toContainEqual(expect.objectContaining({ status: 'pending_dispatch', limit: 50 }))
  })

  it('signs out: logout, token gone, back to login', async () => {
    signIn(server)
    server.on('admin', 'orders.list', { list: [], nextCursor: null })
    server.on('admin', 'logout', {})
    server.on('admin', 'complaints.queue', { list: [], nextCursor: null })
    render(<AdminHomePage />)
    fireEvent.click(await screen.findByText('退出登录'))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/admin/login/index' }))
    expect(server.calls('admin', 'logout')).toHaveLength(1)
    expect(Taro.getStorageSync('jz.token.staff')).toBe('')
  })
})

import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { server } from '../support/network'
import AdminLoginPage from '@/admin/login/index'
import { STAFF } from './fixtures'

function fillIn(username: string, password: string) {
  fireEvent.change(screen.getByPlaceholderText('请输入用户名'), { target: { value: username } })
  fireEvent.change(screen.getByPlaceholderText('请输入密码'), { target: { value: password } })
  fireEvent.click(screen.getByText('登录'))
}

describe('admin/login', () => {
  it('shows the backend refusal inline and keeps no token', async () => {
    server.fail('admin', 'login', { code: 'UNAUTHENTICATED', message: '用户名或密码错误' })
    render(<AdminLoginPage />)
    fillIn('kefu01', 'wrong-pass1')
    expect((await screen.findByRole('alert')).textContent).toContain('用户名或密码错误')
    expect(server.calls('admin', 'login')[0].input).toEqual({ username: 'kefu01', password: 'wrong-pass1' })
    expect(Taro.getStorageSync('jz.token.staff')).toBe('')
    expect(Taro.redirectTo).not.toHaveBeenCalled()
  })

  it('shows the lockout message exactly as the backend words it', async () => {
    const locked = '登录失败次数过多，账号已暂时锁定，请于 10:45 后再试；本人可向经理索取解锁码立即登录'
    server.fail('admin', 'login', { code: 'RATE_LIMITED', message: locked })
    render(<AdminLoginPage />)
    fillIn('kefu01', 'whatever1')
    expect((await screen.findByRole('alert')).textContent).toContain(locked)
  })

  it('when the account is locked, asks for the unlock code and sends it with the next try', async () => {
    expect(screen.queryByPlaceholderText('8 位数字，向经理索取')).toBeNull()
    server.fail('admin', 'login', { code: 'RATE_LIMITED', message: '登录失败次数过多，账号已暂时锁定，请于 10:45 后再试；本人可向经理索取解锁码立即登录' })
    render(<AdminLoginPage />)
    fillIn('kefu01', 'right-pass1')
    const code = await screen.findByPlaceholderText('8 位数字，向经理索取')
    server.on('admin', 'login', { token: 'st.unlocked', expiresAt: '2025-11-23T12:00:00.000Z', staff: STAFF })
    fireEvent.change(code, { target: { value: '12345678' } })
    fireEvent.click(screen.getByText('登录'))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/admin/home/index' }))
    expect(server.calls('admin', 'login')[1].input).toEqual({ username: 'kefu01', password: 'right-pass1', unlockCode: '12345678' })
  })

  it('asks for both fields before calling', async () => {
    render(<AdminLoginPage />)
    fireEvent.click(screen.getByText('登录'))
    expect((await screen.findByRole('alert')).textContent).toContain('请输入用户名和密码')
    expect(server.calls('admin', 'login')).toHaveLength(0)
  })

  it('keeps the token and opens the desk on success', async () => {
    server.on('admin', 'login', { token: 'st.new', expiresAt: '2025-11-23T12:00:00.000Z', staff: STAFF })
    render(<AdminLoginPage />)
    fillIn('kefu01', 'right-pass1')
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/admin/home/index' }))
    expect(Taro.getStorageSync('jz.token.staff')).toBe('st.new')
  })
})

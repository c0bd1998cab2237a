import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { server } from '../support/network'
import { page } from '../support/taro'
import CleanerBindPage from '@/cleaner/bind/index'

const typeCode = (value: string) => fireEvent.change(screen.getByPlaceholderText('邀请码，如 7KXM3P'), { target: { value } })

describe('cleaner/bind', () => {
  it('binds with the typed code (spaces dropped, upper case) and goes to the jobs', async () => {
    server.on('cleaner', 'bind', { cleaner: { id: 'k1', name: '张阿姨', grade: 'gold', gradeLabel: '金牌', skills: ['daily_cleaning'] } })
    render(<CleanerBindPage />)
    typeCode('7kx m3p')
    fireEvent.click(screen.getByText('绑定'))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/cleaner/jobs/index' }))
    expect(server.calls('cleaner', 'bind')[0].input).toEqual({ inviteCode: '7KXM3P' })
  })

  it('shows the backend refusal', async () => {
    server.fail('cleaner', 'bind', { code: 'NOT_FOUND', message: '邀请码无效或已被使用，请联系公司获取新的邀请码' })
    render(<CleanerBindPage />)
    typeCode('HKT4WX')
    fireEvent.click(screen.getByText('绑定'))
    expect((await screen.findByRole('alert')).textContent).toBe('邀请码无效或已被使用，请联系公司获取新的邀请码')
    expect(Taro.redirectTo).not.toHaveBeenCalled()
  })

  it('offers the jobs when her WeChat is already bound', async () => {
    server.fail('cleaner', 'bind', { code: 'CONFLICT', message: '您的微信已绑定阿姨「张阿姨」，无需重复绑定' })
    render(<CleanerBindPage />)
    typeCode('HKT4WX')
    fireEvent.click(screen.getByText('绑定'))
    fireEvent.click(await screen.findByText('查看我的工单'))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/cleaner/jobs/index' })
  })

  it('shows why she was sent here', () => {
    page.setParams({ reason: encodeURIComponent('您的阿姨账号已停用，请联系公司') })
    render(<CleanerBindPage />)
    expect(screen.getByText('您的阿姨账号已停用，请联系公司')).toBeTruthy()
  })
})

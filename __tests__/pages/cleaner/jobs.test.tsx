import { render, screen, fireEvent, waitFor, act } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { server } from '../support/network'
import { page } from '../support/taro'
import CleanerJobsPage from '@/cleaner/jobs/index'
import { jobSummary } from './fixtures'

describe('cleaner/jobs', () => {
  it('sends an unbound cleaner to the bind page with the reason', async () => {
    const notBound = '您还没有绑定阿姨账号，请输入邀请码绑定'
    server.fail('cleaner', 'jobs', { code: 'PERMISSION_DENIED', message: notBound })
    render(<CleanerJobsPage />)
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/cleaner/bind/index?reason=${encodeURIComponent(notBound)}` }))
  })

  it('lists today\'s jobs, switches to upcoming, and opens a job', async () => {
    server.on('cleaner', 'jobs', (input: any) => ({
      list: input.scope === 'today' ? [jobSummary()] : [jobSummary({ orderId: 'o2', orderNo: 'JZ20251125000003', serviceName: '深度保洁', district: '上海市徐汇区' })]
    }))
    render(<CleanerJobsPage />)
    expect(await screen.findByText('日常保洁 3小时')).toBeTruthy()
    expect(screen.getByText('11月23日 周日 上午 08:00-12:00')).toBeTruthy()
    expect(screen.getByText('上海市浦东新区')).toBeTruthy()
    expect(screen.getByText('已派单')).toBeTruthy()
    fireEvent.click(screen.getByText('即将开始'))
    expect(await screen.findByText('上海市徐汇区')).toBeTruthy()
    expect(server.calls('cleaner', 'jobs').map((c) => c.input.scope)).toEqual(['today', 'upcoming'])
    fireEvent.click(screen.getByText('深度保洁'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/cleaner/job/index?orderId=o2' })
  })

  it('says so when there is nothing today, and refreshes on pull-down', async () => {
    let n = 0
    server.on('cleaner', 'jobs', () => ({ list: n++ === 0 ? [] : [jobSummary()] }))
    render(<CleanerJobsPage />)
    expect(await screen.findByText('今天没有工单')).toBeTruthy()
    act(() => page.pullDown())
    expect(await screen.findByText('日常保洁 3小时')).toBeTruthy()
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled())
  })
})

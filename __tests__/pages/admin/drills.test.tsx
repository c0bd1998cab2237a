import { render, screen, fireEvent, waitFor, within } from '@testing-library/react'
import { server } from '../support/network'
import AdminDrillsPage from '@/admin/drills/index'
import { signIn } from './fixtures'
import { at, drillResult, drillStart, scenario } from './complaintFixtures'

async function openLibrary() {
  signIn(server)
  server.on('admin', 'scenarios.list', [scenario(), scenario({ id: 'sn2', title: '阿姨迟到一小时', category: 'lateness', categoryLabel: '迟到', difficulty: 1 })])
  server.on('admin', 'drills.mine', [])
  render(<AdminDrillsPage />)
  await screen.findByText('深度保洁后客户说厨房没擦')
}

describe('admin/drills', () => {
  it('runs a drill: the customer\'s words and the clock, then the covered and missed key points with the score', async () => {
    await openLibrary()
    server.on('admin', 'drills.start', drillStart())
    // the key points are folded away before the drill
    expect(screen.queryByText('· 真诚致歉')).toBeNull()
    fireEvent.click(screen.getAllByText('开始演练')[0])
    expect(await screen.findByText('你们阿姨干的什么活？油烟机根本没擦！')).toBeTruthy()
    expect(server.calls('admin', 'drills.start')[0].input).toEqual({ scenarioId: 'sn1' })
    const timer = screen.getByRole('timer')
    expect(timer.textContent).toMatch(/剩余时间0[23]:\d\d/)

    fireEvent.click(screen.getByText('提交回答'))
    expect((await screen.findByRole('alert')).textContent).toBe('请先写下您的回答')

    const answer = '非常抱歉给您添麻烦了，我们明天上午安排阿姨免费返工。'
    server.on('admin', 'drills.submit', drillResult())
    server.on('admin', 'drills.mine', [{
      drillId: 'd1', scenarioId: 'sn1', scenarioTitle: '深度保洁后客户说厨房没擦', status: 'submitted', startedAt: at(-95_000),
      submittedAt: at(0), timeLimitSec: 180, durationSec: 95, overtime: false, score: 67, passed: true, answer
    }])
    fireEvent.change(screen.getByPlaceholderText('先致歉安抚，再说明怎么处理、多久给答复……'), { target: { value: answer } })
    fireEvent.click(screen.getByText('提交回答'))

    expect((await screen.findByTestId('drill-score')).textContent).toBe('67')
    expect(server.calls('admin', 'drills.submit')[0].input).toEqual({ drillId: 'd1', answer })
    expect(screen.getAllByTestId('covered-point').map((p) => p.textContent)).toEqual(['✓真诚致歉命中“抱歉”', '✓提出免费返工命中“返工”'])
    expect(screen.getAllByTestId('missed-point').map((p) => p.textContent)).toEqual(['✗给出处理时限'])
    expect(screen.getByText('覆盖 2/3 个要点')).toBeTruthy()
    expect(within(document.querySelector('.admin-drills__result') as HTMLElement).getByText('通过')).toBeTruthy()
    // my results are read again and show this drill
    await waitFor(() => expect(server.calls('admin', 'drills.mine')).toHaveLength(2))
    expect(await screen.findByText('共完成 1 次，平均 67 分')).toBeTruthy()
  })

  it('lists my past results and studies a scenario\'s key points on request', async () => {
    signIn(server)
    server.on('admin', 'scenarios.list', [scenario()])
    server.on('admin', 'drills.mine', [
      { drillId: 'd2', scenarioId: 'sn1', scenarioTitle: '深度保洁后客户说厨房没擦', status: 'submitted', startedAt: at(-86_400_000), submittedAt: at(-86_000_000), timeLimitSec: 180, durationSec: 200, overtime: true, score: 33, passed: false, answer: '抱歉' },
      { drillId: 'd3', scenarioId: 'sn1', scenarioTitle: '深度保洁后客户说厨房没擦', status: 'started', startedAt: at(-3_600_000), submittedAt: null, timeLimitSec: 180, durationSec: null, overtime: null, score: null, passed: null, answer: null }
    ])
    render(<AdminDrillsPage />)
    expect(await screen.findByText('33')).toBeTruthy()
    expect(screen.getByText('未通过')).toBeTruthy()
    expect(screen.getByText('3分20秒（超时）')).toBeTruthy()
    expect(screen.getByText('未提交')).toBeTruthy()
    fireEvent.click(screen.getByText('学习要点'))
    expect(screen.getByText('· 真诚致歉')).toBeTruthy()
  })
})

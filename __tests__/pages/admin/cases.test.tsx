import { render, screen, fireEvent } from '@testing-library/react'
import { server } from '../support/network'
import AdminCasesPage from '@/admin/cases/index'
import { signIn } from './fixtures'
import type { CaseView } from '@core/contract/api/complaintsDesk'

function caseView(over: Partial<CaseView> = {}): CaseView {
  return {
    id: 'c9', ticketNo: 'TS20261101000003', title: '深度保洁漏擦油烟机', lesson: '深度保洁交付前按清单逐项自检，并请客户当面验收。',
    category: 'missed_spots', categoryLabel: '漏扫/不干净', severity: 'medium', severityLabel: '一般', level: 'L1', levelLabel: '一级（客服）',
    serviceName: '全屋深度保洁', description: '厨房油烟机没擦，地上还有水渍。', resolution: '次日上午安排金牌阿姨免费返工，客户验收满意。',
    compensation: ['¥50.00 优惠券'], satisfied: true, rating: 5, createdAt: '2026-11-01T02:00:00.000Z', closedAt: '2026-11-02T06:00:00.000Z',
    markedBy: '主管 老李', markedAt: '2026-11-03T02:00:00.000Z',
    ...over
  }
}

describe('admin/cases (顾客之声)', () => {
  it('lists typical cases with what happened, how it was handled and the lesson; 打印 prints the page', async () => {
    signIn(server)
    server.on('admin', 'cases.list', [caseView(), caseView({ id: 'c8', title: '阿姨迟到未提前告知', category: 'lateness', categoryLabel: '迟到', description: '约好八点，阿姨九点才到，也没打电话。', resolution: '致歉并赠送优惠券。', compensation: ['¥20.00 优惠券'], lesson: '预计迟到必须提前 30 分钟电话告知客户。' })])
    const print = jest.fn()
    window.print = print
    render(<AdminCasesPage />)
    expect(await screen.findByText('深度保洁漏擦油烟机')).toBeTruthy()
    expect(screen.getByText('《顾客之声》')).toBeTruthy()
    expect(screen.getByText('“厨房油烟机没擦，地上还有水渍。”')).toBeTruthy()
    expect(screen.getByText('次日上午安排金牌阿姨免费返工，客户验收满意。')).toBeTruthy()
    expect(screen.getByText('深度保洁交付前按清单逐项自检，并请客户当面验收。')).toBeTruthy()
    expect(screen.getByText('补偿：¥50.00 优惠券')).toBeTruthy()
    expect(screen.getAllByText('事情经过')).toHaveLength(2)
    fireEvent.click(screen.getByText('迟到', { selector: '.adm-chip' }))
    expect(screen.queryByText('深度保洁漏擦油烟机')).toBeNull()
    expect(screen.getByText('阿姨迟到未提前告知')).toBeTruthy()
    fireEvent.click(screen.getByText('打印'))
    expect(print).toHaveBeenCalledTimes(1)
  })

  it('says how a case gets into the library when there is none', async () => {
    signIn(server)
    server.on('admin', 'cases.list', [])
    render(<AdminCasesPage />)
    expect(await screen.findByText(/还没有典型案例/)).toBeTruthy()
  })
})

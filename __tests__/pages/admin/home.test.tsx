import { render, screen, waitFor } from '@testing-library/react'
import { server } from '../support/network'
import AdminHomePage from '@/admin/home/index'
import { signIn } from './fixtures'
import { SUPERVISOR, kpis, queueItem, sla, MIN, at } from './complaintFixtures'

const tile = (key: string) => screen.getByTestId(`kpi-${key}`).textContent

describe('admin/home: the complaints desk', () => {
  it('shows a supervisor the complaint KPIs as numbers and bars', async () => {
    signIn(server, SUPERVISOR)
    server.on('admin', 'orders.list', { list: [], nextCursor: null })
    server.on('admin', 'dashboard.kpis', kpis())
    render(<AdminHomePage />)
    await screen.findByTestId('kpi-open')
    expect(tile('open')).toContain('11')
    expect(tile('new-today')).toContain('5')
    expect(tile('escalated')).toContain('2')
    expect(tile('sla-first')).toContain('95.0%')
    expect(tile('sla-first')).toContain('38/40')
    expect(tile('sla-resolve')).toContain('81.8%')
    expect(tile('avg-first')).toContain('43分钟')
    expect(tile('avg-resolve')).toContain('22小时30分')
    expect(tile('reopen')).toContain('6.7%')
    expect(tile('confirm')).toContain('85.7%')
    expect(tile('satisfaction')).toContain('4.4 / 5')
    expect(tile('satisfaction')).toContain('25 份评价')
    // the charts: open by level and step, top categories and cleaners
    expect(screen.getByTestId('bar-L1').textContent).toContain('7')
    expect(screen.getByTestId('bar-investigating').textContent).toContain('4')
    expect(screen.getByTestId('bar-missed_spots').textContent).toContain('15 件')
    expect(screen.getByTestId('bar-k1').textContent).toContain('张阿姨4 件 · 3 户')
    const fill = screen.getByTestId('bar-lateness').querySelector('.admin-kpi__bar-fill') as HTMLElement
    expect(fill.style.width).toBe('60%')
    // the last 30 days by default
    const asked = server.calls('admin', 'dashboard.kpis')[0].input
    expect(Object.keys(asked).sort()).toEqual(['from', 'to'])
  })

  it('shows an agent what waits in the queue (the KPIs are a supervisor\'s)', async () => {
    signIn(server)
    server.on('admin', 'orders.list', { list: [], nextCursor: null })
    server.on('admin', 'complaints.queue', (input: any) => ({
      list: input.assignee === 'me'
        ? [queueItem()]
        : [queueItem(), queueItem({ id: 'c2', step: 'received', escalated: true, sla: sla({ state: 'breached', nextDue: at(-5 * MIN) }) })],
      nextCursor: null
    }))
    render(<AdminHomePage />)
    await waitFor(() => expect(tile('late')).toContain('1'))
    expect(tile('new')).toContain('1')
    expect(tile('escalated')).toContain('1')
    expect(tile('mine')).toContain('1')
    expect(tile('open')).toContain('2')
    expect(server.calls('admin', 'dashboard.kpis')).toHaveLength(0)
  })
})

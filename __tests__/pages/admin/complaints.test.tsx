import { act, render, screen, fireEvent, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { server } from '../support/network'
import AdminComplaintsPage from '@/admin/complaints/index'
import { signIn } from './fixtures'
import { MIN, at, queueItem, sla } from './complaintFixtures'

/** The ticket numbers in the order the table shows them, with each row's SLA state. */
function rowsShown() {
  return Array.from(document.querySelectorAll('.adm-table__row:not(.adm-table__head)')).map((row) => ({
    ticketNo: row.querySelector('.admin-complaints__ticket-no')?.textContent,
    sla: row.querySelector('[data-sla]')?.getAttribute('data-sla'),
    className: row.className
  }))
}

describe('admin/complaints (the queue)', () => {
  afterEach(() => jest.useRealTimers())

  it('shows each SLA state by colour, in the order the server sent (the queue order has one home, on the server)', async () => {
    signIn(server)
    // in complaints.queue's order; 'late' was ok when the server answered, but its deadline has passed since
    server.on('admin', 'complaints.queue', {
      list: [
        queueItem({ id: 'br', ticketNo: 'TS20261122000005', escalated: true, level: 'L2', sla: sla({ state: 'breached', nextDue: at(-40 * MIN), breached: ['first_response'] }) }),
        queueItem({ id: 'over', ticketNo: 'TS20261122000004', sla: sla({ state: 'overdue', nextDue: at(-5 * MIN), breached: ['first_response'] }) }),
        queueItem({ id: 'late', ticketNo: 'TS20261122000006', sla: sla({ state: 'ok', nextDue: at(-1 * MIN) }) }),
        queueItem({ id: 'warn', ticketNo: 'TS20261122000003', sla: sla({ state: 'warning', nextDue: at(10 * MIN) }) }),
        queueItem({ id: 'ok', ticketNo: 'TS20261122000001', sla: sla({ state: 'ok', nextDue: at(90 * MIN) }) }),
        queueItem({ id: 'met', ticketNo: 'TS20261122000002', sla: sla({ state: 'met', nextDue: null, nextClock: null }) })
      ],
      nextCursor: null
    })
    render(<AdminComplaintsPage />)
    await screen.findByText('TS20261122000001')
    expect(rowsShown().map((r) => [r.ticketNo, r.sla])).toEqual([
      ['TS20261122000005', 'breached'],
      ['TS20261122000004', 'overdue'],
      ['TS20261122000006', 'overdue'],
      ['TS20261122000003', 'warning'],
      ['TS20261122000001', 'ok'],
      ['TS20261122000002', 'met']
    ])
    expect(screen.getByText('已违约')).toBeTruthy()
    expect(screen.getAllByText('已超时')).toHaveLength(2)
    expect(screen.getByText('即将超时', { selector: '.adm-sla__state' })).toBeTruthy()
    expect(screen.getByText('已达标')).toBeTruthy()
    expect(screen.getByText(/^响应 超 40分/)).toBeTruthy()
    expect(screen.getByText(/^响应 剩 1小时29分/)).toBeTruthy()
    // the escalated work order stands out
    expect(rowsShown()[0].className).toContain('is-escalated')
    expect(screen.getByText('已升级', { selector: '.adm-tag' })).toBeTruthy()
    expect(screen.getByText('超时/违约 3')).toBeTruthy()
  })

  it('does not reorder what the server sent', async () => {
    signIn(server)
    // not the order a client-side rule would pick: the page must show it as it came
    server.on('admin', 'complaints.queue', {
      list: [
        queueItem({ id: 'ok', ticketNo: 'TS20261122000011', sla: sla({ state: 'ok', nextDue: at(90 * MIN) }) }),
        queueItem({ id: 'br', ticketNo: 'TS20261122000012', sla: sla({ state: 'breached', nextDue: at(-40 * MIN), breached: ['first_response'] }) })
      ],
      nextCursor: null
    })
    render(<AdminComplaintsPage />)
    await screen.findByText('TS20261122000011')
    expect(rowsShown().map((r) => r.ticketNo)).toEqual(['TS20261122000011', 'TS20261122000012'])
  })

  it('marks new work orders, shows the masked customer, and opens a work order', async () => {
    signIn(server)
    server.on('admin', 'complaints.queue', {
      list: [queueItem({ id: 'n1', ticketNo: 'TS20261122000009', step: 'received', stepLabel: '已受理', assignee: null, customerName: '陈*' })],
      nextCursor: null
    })
    render(<AdminComplaintsPage />)
    await screen.findByText('TS20261122000009')
    expect(screen.getByText('新', { selector: '.adm-tag' })).toBeTruthy()
    expect(rowsShown()[0].className).toContain('is-new')
    expect(screen.getByText('陈*')).toBeTruthy()
    expect(screen.getByText('未分派', { selector: '.adm-muted' })).toBeTruthy()
    fireEvent.click(screen.getByText('TS20261122000009'))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/admin/complaint/index?id=n1' })
  })

  it('filters: 我的 and a level are sent to complaints.queue', async () => {
    signIn(server)
    server.on('admin', 'complaints.queue', { list: [], nextCursor: null })
    render(<AdminComplaintsPage />)
    expect(await screen.findByText('没有符合条件的投诉工单')).toBeTruthy()
    expect(server.calls('admin', 'complaints.queue')[0].input).toEqual({ limit: 50 })
    fireEvent.click(screen.getByText('我的'))
    await waitFor(() => expect(server.calls('admin', 'complaints.queue').at(-1)!.input).toEqual({ assignee: 'me', limit: 50 }))
    fireEvent.click(screen.getByText('二级（主管）', { selector: '.adm-chip' }))
    await waitFor(() => expect(server.calls('admin', 'complaints.queue').at(-1)!.input).toEqual({ assignee: 'me', level: 'L2', limit: 50 }))
  })

  it('reads the queue again every 30 seconds and flashes what arrived', async () => {
    jest.useFakeTimers()
    signIn(server)
    let list = [queueItem({ id: 'a', ticketNo: 'TS20261122000001' })]
    server.on('admin', 'complaints.queue', () => ({ list, nextCursor: null }))
    render(<AdminComplaintsPage />)
    await screen.findByText('TS20261122000001')
    expect(server.calls('admin', 'complaints.queue')).toHaveLength(1)
    list = [...list, queueItem({ id: 'b', ticketNo: 'TS20261122000002', step: 'received' })]
    await act(async () => { jest.advanceTimersByTime(30_000) })
    await screen.findByText('TS20261122000002')
    expect(server.calls('admin', 'complaints.queue')).toHaveLength(2)
    expect(screen.getByRole('status').textContent).toBe('刚到 1 张新工单')
    expect(rowsShown().find((r) => r.ticketNo === 'TS20261122000002')!.className).toContain('is-arrived')
  })
})

import { render, screen, fireEvent, waitFor, within } from '@testing-library/react'
import { server } from '../support/network'
import { page } from '../support/taro'
import AdminOrdersPage from '@/admin/orders/index'
import { signIn, order, candidate } from './fixtures'

const alertText = async () => (await screen.findByRole('alert')).textContent

async function openOrder(o = order()) {
  signIn(server)
  server.on('admin', 'orders.list', { list: [o], nextCursor: null })
  server.on('admin', 'orders.detail', o)
  render(<AdminOrdersPage />)
  fireEvent.click(await screen.findByText(o.orderNo))
  await screen.findByText(`订单 ${o.orderNo}`)
}

describe('admin/orders', () => {
  it('lists orders with masked customer, district, status and cleaner, filtered by the query it was opened with', async () => {
    signIn(server)
    page.setParams({ date: '2025-11-23', status: 'pending_dispatch' })
    server.on('admin', 'orders.list', { list: [order(), order({ id: 'o2', orderNo: 'JZ20251123000002', status: 'dispatched', statusLabel: '已派单', cleaner: { id: 'k1', name: '张阿姨' } as any })], nextCursor: null })
    render(<AdminOrdersPage />)
    expect(await screen.findByText('JZ20251123000001')).toBeTruthy()
    expect(screen.getAllByText('王* 138****5678')).toHaveLength(2)
    expect(screen.getByText('张阿姨')).toBeTruthy()
    expect(screen.getByText('未派单')).toBeTruthy()
    expect(server.calls('admin', 'orders.list')[0].input).toEqual({ date: '2025-11-23', status: 'pending_dispatch' })
  })

  it('filters by category when a chip is chosen', async () => {
    signIn(server)
    server.on('admin', 'orders.list', { list: [], nextCursor: null })
    render(<AdminOrdersPage />)
    expect(await screen.findByText('没有符合条件的订单')).toBeTruthy()
    fireEvent.click(screen.getByText('深度保洁'))
    await waitFor(() => expect(server.calls('admin', 'orders.list').at(-1)!.input).toEqual({ category: 'deep_cleaning' }))
  })

  it('shows candidates with why some cannot be sent, and the CONFLICT message when dispatch is refused', async () => {
    await openOrder()
    server.on('admin', 'orders.candidates', {
      list: [candidate(), candidate({ cleanerId: 'k2', name: '李阿姨', available: false, reason: '服务期间请假' })]
    })
    const conflict = '张阿姨在该时段已有服务（JZ20251123000009），请选择其他阿姨'
    server.fail('admin', 'orders.dispatch', { code: 'CONFLICT', message: conflict })
    fireEvent.click(screen.getByText('选择阿姨派单'))
    expect(await screen.findByText('服务期间请假')).toBeTruthy()
    expect(screen.getAllByText('派给她')).toHaveLength(1) // only the available one
    fireEvent.click(screen.getByText('派给她'))
    expect(await alertText()).toContain(conflict)
    expect(server.calls('admin', 'orders.dispatch')[0].input).toEqual({ orderId: 'o1', cleanerId: 'k1' })
    // the list is read again after a refusal: it may have changed
    await waitFor(() => expect(server.calls('admin', 'orders.candidates')).toHaveLength(2))
  })

  it('dispatch updates the drawer and the row', async () => {
    await openOrder()
    server.on('admin', 'orders.candidates', { list: [candidate()] })
    server.on('admin', 'orders.dispatch', order({
      status: 'dispatched', statusLabel: '已派单',
      cleaner: { id: 'k1', name: '张阿姨', grade: 'gold', gradeLabel: '金牌', phoneMasked: '139****0001' }
    }))
    fireEvent.click(screen.getByText('选择阿姨派单'))
    fireEvent.click(await screen.findByText('派给她'))
    expect(await screen.findByText('已派给 张阿姨')).toBeTruthy()
    expect(screen.getByText('张阿姨（金牌） 139****0001')).toBeTruthy()
    expect(screen.getByText('改派')).toBeTruthy()
    expect(screen.getAllByText('已派单').length).toBeGreaterThanOrEqual(2) // the row and the drawer
  })

  const slot = (d: string) => ({ date: d, window: 'morning' as const, slotLabel: `${d} 上午` })
  /** A household's request to move the order from 11-23 to 11-25, waiting for staff. */
  const pendingRequest = (index: number) => ({
    index, id: `r${index + 1}`, from: slot('2025-11-23'), to: slot('2025-11-25'), reason: '临时出差', status: 'pending' as const,
    statusLabel: '待客服确认', requestedAt: '2025-11-22T03:00:00.000Z', decidedAt: null
  })

  it('approves or rejects a pending reschedule request by its index, when the server allows it', async () => {
    await openOrder(order({
      status: 'dispatched', statusLabel: '已派单', reschedulePending: true,
      allowed: { dispatch: true, cancel: true, approveReschedule: true },
      reschedules: [pendingRequest(1)]
    }))
    server.on('admin', 'orders.approveReschedule', order({ date: '2025-11-25' }))
    expect(screen.getByText('2025-11-25 上午')).toBeTruthy()
    fireEvent.click(screen.getByText('拒绝'))
    await waitFor(() => expect(server.calls('admin', 'orders.approveReschedule')).toHaveLength(1))
    expect(server.calls('admin', 'orders.approveReschedule')[0].input).toEqual({ orderId: 'o1', requestIndex: 1, approve: false })
  })

  it('shows a pending request without the buttons, and no dispatch or cancel, when the server allows none', async () => {
    await openOrder(order({
      status: 'in_service', statusLabel: '服务中', reschedulePending: true,
      allowed: { dispatch: false, cancel: false, approveReschedule: false },
      reschedules: [pendingRequest(0)]
    }))
    expect(screen.getByText('待客服确认 · 您的角色不能审批')).toBeTruthy()
    expect(screen.queryByText('同意改约')).toBeNull()
    expect(screen.queryByText('选择阿姨派单')).toBeNull()
    expect(screen.queryByText('取消订单', { selector: '.admin-order__section-title' })).toBeNull()
  })

  it('cancel needs a reason, then sends it', async () => {
    await openOrder()
    server.on('admin', 'orders.cancel', order({ status: 'cancelled', statusLabel: '已取消', cancelReason: '客户来电取消', allowed: { dispatch: false, cancel: false, approveReschedule: false } }))
    const drawer = screen.getByText('订单 JZ20251123000001').parentElement!.parentElement!
    fireEvent.click(within(drawer).getByText('取消订单', { selector: '.adm-btn' }))
    fireEvent.click(screen.getByText('确认取消'))
    expect(await alertText()).toContain('请填写取消原因')
    expect(server.calls('admin', 'orders.cancel')).toHaveLength(0)
    fireEvent.change(screen.getByPlaceholderText('请填写取消原因，如：客户来电取消'), { target: { value: '客户来电取消' } })
    fireEvent.click(screen.getByText('确认取消'))
    await waitFor(() => expect(screen.queryByText('选择阿姨派单')).toBeNull())
    expect(server.calls('admin', 'orders.cancel')[0].input).toEqual({ orderId: 'o1', reason: '客户来电取消' })
    expect(screen.getByText('客户来电取消', { selector: '.admin-order__fact-value' })).toBeTruthy()
  })
})

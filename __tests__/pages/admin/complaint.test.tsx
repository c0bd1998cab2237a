import { render, screen, fireEvent, waitFor, within } from '@testing-library/react'
import { server } from '../support/network'
import { page } from '../support/taro'
import AdminComplaintPage from '@/admin/complaint/index'
import { signIn } from './fixtures'
import { MIN, SUPERVISOR, at, entry, script, workOrder } from './complaintFixtures'
import type { WorkOrderView } from '@core/contract/api/complaintsDesk'

const REPLY_BOX = '选择上方话术自动填写，或直接输入回复内容'

async function openWorkOrder(wo: WorkOrderView = workOrder(), staff = undefined as Parameters<typeof signIn>[1]) {
  signIn(server, staff)
  page.setParams({ id: wo.id })
  server.on('admin', 'complaints.detail', wo)
  server.on('admin', 'scripts.list', [])
  render(<AdminComplaintPage />)
  await screen.findByText(`工单 ${wo.ticketNo}`)
}

const alerts = async () => (await screen.findAllByRole('alert')).map((a) => a.textContent).join('\n')

describe('admin/complaint (one work order)', () => {
  it('shows the household file masked, the order, and the timeline with internal entries marked 内部', async () => {
    await openWorkOrder(workOrder({
      timeline: [
        entry(),
        entry({ id: 'e2', at: at(-20 * MIN), type: 'note', label: '内部备注', visibility: 'internal', by: '客服 李客服', text: '已电话联系张阿姨核实' }),
        entry({ id: 'e3', at: at(-10 * MIN), type: 'reply', label: '客服回复', visibility: 'household', by: '客服 李客服', text: '王女士您好，非常抱歉' })
      ]
    }))
    expect(screen.getByText('王** 138****5678')).toBeTruthy()
    expect(screen.getByText('张阿姨（金牌）')).toBeTruthy()
    const entries = screen.getAllByTestId('timeline-entry')
    expect(entries).toHaveLength(3)
    const note = entries.find((e) => e.textContent!.includes('已电话联系张阿姨核实'))!
    expect(within(note).getByText('内部')).toBeTruthy()
    expect(note.className).toContain('is-internal')
    const reply = entries.find((e) => e.textContent!.includes('王女士您好'))!
    expect(within(reply).queryByText('内部')).toBeNull()
    // newest first
    expect(entries[0].textContent).toContain('王女士您好')
  })

  it('the script picker fills the reply through scripts.render, lists missing variables, and sends with the script', async () => {
    await openWorkOrder()
    // scripts of this step: this category's and the general ones, not another category's
    server.on('admin', 'scripts.list', [
      script(),
      script({ id: 'sc2', scenario: 'general', scenarioLabel: '通用', title: '通用致歉' }),
      script({ id: 'sc3', scenario: 'damage', scenarioLabel: '物品损坏', title: '损坏赔偿说明' })
    ])
    server.on('admin', 'scripts.render', {
      scriptId: 'sc1',
      text: '王女士您好，非常抱歉11月21日 上午的深度保洁让您不满意，{{阿姨称呼}}明天上午上门返工。',
      missing: ['阿姨称呼']
    })
    // the page asked for this step's scripts
    fireEvent.click(screen.getByText('看全部环节'))
    fireEvent.click(screen.getByText('只看本环节'))
    await screen.findByText('漏扫致歉并约返工')
    expect(server.calls('admin', 'scripts.list')[0].input).toEqual({ step: 'assessed' })
    expect(screen.getByText('通用致歉')).toBeTruthy()
    expect(screen.queryByText('损坏赔偿说明')).toBeNull()

    fireEvent.click(screen.getByText('漏扫致歉并约返工'))
    const box = screen.getByPlaceholderText(REPLY_BOX) as HTMLTextAreaElement
    await waitFor(() => expect(box.value).toContain('王女士您好，非常抱歉11月21日'))
    expect(server.calls('admin', 'scripts.render')[0].input).toEqual({ scriptId: 'sc1', complaintId: 'c1' })
    expect(screen.getByRole('status').textContent).toContain('{{阿姨称呼}}')

    // a variable left unfilled keeps the reply from going out
    fireEvent.click(screen.getByText('发送回复'))
    expect(await alerts()).toContain('回复中还有未填写的变量：{{阿姨称呼}}')
    expect(server.calls('admin', 'complaints.act')).toHaveLength(0)

    const filled = box.value.replace('{{阿姨称呼}}', '张阿姨')
    fireEvent.change(box, { target: { value: filled } })
    server.on('admin', 'complaints.act', (input: any) => workOrder({
      version: 4,
      timeline: [entry(), entry({ id: 'e9', type: 'reply', label: '客服回复', by: '客服 李客服', text: input.text })]
    }))
    fireEvent.click(screen.getByText('发送回复'))
    expect(await screen.findByText('已回复客户')).toBeTruthy()
    expect(server.calls('admin', 'complaints.act')[0].input).toEqual({
      complaintId: 'c1', version: 3, op: 'reply', text: filled, scriptId: 'sc1'
    })
    expect(box.value).toBe('')
    expect(screen.getByText(filled)).toBeTruthy()
  })

  it('an L1 agent proposing a coupon above the limit sees the PERMISSION_DENIED message; yuan are sent as fen', async () => {
    await openWorkOrder(workOrder({
      step: 'investigating', stepLabel: '调查中',
      actions: [{ action: 'reply', label: '回复' }, { action: 'note', label: '添加备注' }, { action: 'compensate', label: '提出补偿' }, { action: 'start_resolving', label: '开始处理' }]
    }))
    const denied = '¥300.00 优惠券超过客服可直接发放的额度 ¥0.00，需主管审批'
    server.fail('admin', 'complaints.act', { code: 'PERMISSION_DENIED', message: denied, details: { approver: 'supervisor' } })
    fireEvent.click(screen.getByText('提出补偿'))
    fireEvent.change(screen.getByPlaceholderText('如 50'), { target: { value: '300' } })
    fireEvent.click(screen.getByText('确认提出补偿'))
    expect(await alerts()).toContain(`无权操作：${denied}`)
    expect(server.calls('admin', 'complaints.act')[0].input).toEqual({
      complaintId: 'c1', version: 3, op: 'compensate', compensation: { kind: 'coupon', amountFen: 30000 }
    })
    // the form stays open to change the amount
    expect(screen.getByText('确认提出补偿')).toBeTruthy()
  })

  it('a re-service is asked for on a day and window', async () => {
    await openWorkOrder(workOrder({
      step: 'resolving', stepLabel: '处理中',
      actions: [{ action: 'compensate', label: '提出补偿' }]
    }))
    server.on('admin', 'complaints.act', workOrder({ version: 4 }))
    fireEvent.click(screen.getByText('提出补偿'))
    fireEvent.click(screen.getByText('免费返工/复检'))
    fireEvent.click(screen.getByText('确认提出补偿'))
    expect(await alerts()).toContain('请选择返工的服务日期')
    fireEvent.click(screen.getByText(/^明天 /))
    fireEvent.click(screen.getByText('上午 08:00-12:00'))
    fireEvent.click(screen.getByText('确认提出补偿'))
    await waitFor(() => expect(server.calls('admin', 'complaints.act')).toHaveLength(1))
    const sent = server.calls('admin', 'complaints.act')[0].input
    expect(sent.compensation).toEqual({ kind: 're_service', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), window: 'morning' })
  })

  it('adds an internal note', async () => {
    await openWorkOrder()
    server.on('admin', 'complaints.act', (input: any) => workOrder({
      version: 4,
      timeline: [entry(), entry({ id: 'n1', type: 'note', label: '内部备注', visibility: 'internal', by: '客服 李客服', text: input.text })]
    }))
    fireEvent.change(screen.getByPlaceholderText('记录调查情况、与阿姨沟通结果等，仅员工可见'), { target: { value: '阿姨说油烟机客户没要求' } })
    fireEvent.click(screen.getByText('添加内部备注'))
    expect(await screen.findByText('已添加内部备注')).toBeTruthy()
    expect(server.calls('admin', 'complaints.act')[0].input).toEqual({ complaintId: 'c1', version: 3, op: 'note', text: '阿姨说油烟机客户没要求' })
    const note = screen.getAllByTestId('timeline-entry').find((e) => e.textContent!.includes('阿姨说油烟机客户没要求'))!
    expect(within(note).getByText('内部')).toBeTruthy()
  })

  it('a CONFLICT (someone else changed it) is shown and the work order is read again', async () => {
    await openWorkOrder()
    server.fail('admin', 'complaints.act', { code: 'CONFLICT', message: '工单刚刚被他人更新，请刷新后重试' })
    server.on('admin', 'complaints.detail', workOrder({ version: 4, step: 'investigating', stepLabel: '调查中', actions: [{ action: 'start_resolving', label: '开始处理' }] }))
    fireEvent.click(screen.getByText('开始调查'))
    fireEvent.click(screen.getByText('确认开始调查'))
    expect(await alerts()).toContain('工单刚刚被他人更新，请刷新后重试（已重新加载最新工单')
    await waitFor(() => expect(server.calls('admin', 'complaints.detail')).toHaveLength(2))
    expect(await screen.findByText('开始处理')).toBeTruthy()
    expect(screen.queryByText('开始调查')).toBeNull()
  })

  it('asks staff to phone the household when it has no notification quota left', async () => {
    await openWorkOrder(workOrder({ mustCall: true }))
    const banner = (await screen.findAllByRole('alert')).find((a) => a.textContent!.includes('请电话联系客户'))!
    expect(banner.textContent).toContain('138****5678')
    expect(banner.textContent).toContain('工作日晚上7点后')
  })

  it('assess sends the chosen severity', async () => {
    await openWorkOrder(workOrder({ step: 'received', stepLabel: '已受理', actions: [{ action: 'assess', label: '定级' }] }))
    server.on('admin', 'complaints.act', workOrder({ version: 4 }))
    fireEvent.click(screen.getByText('定级'))
    fireEvent.click(screen.getByText('严重', { selector: '.adm-chip' }))
    fireEvent.click(screen.getByText('确认定级'))
    await waitFor(() => expect(server.calls('admin', 'complaints.act')).toHaveLength(1))
    expect(server.calls('admin', 'complaints.act')[0].input).toEqual({ complaintId: 'c1', version: 3, op: 'assess', severity: 'high' })
    expect(await screen.findByText('已定级', { selector: '.adm-notice' })).toBeTruthy()
  })

  it('the 分派 picker lists the people from complaints.assignees and sends the chosen assigneeId', async () => {
    const assignable = workOrder({ actions: [{ action: 'assign', label: '分派' }, { action: 'escalate', label: '升级' }] })
    server.on('admin', 'complaints.assignees', [
      { id: 's1', name: '李客服', role: 'agent', roleLabel: '客服' },
      { id: 's3', name: '赵客服', role: 'agent', roleLabel: '客服' },
      { id: 's2', name: '主管老李', role: 'supervisor', roleLabel: '主管' }
    ])
    // a supervisor, not a manager: no staff.list, yet he picks a colleague
    await openWorkOrder(assignable, SUPERVISOR)
    server.on('admin', 'complaints.act', (input: any) => workOrder({ version: 4, assignee: { id: input.assigneeId, name: '赵客服', role: 'agent' } }))
    fireEvent.click(screen.getByText('分派'))
    const picker = await screen.findByTestId('assignee-picker')
    await within(picker).findByText('赵客服')
    expect(server.calls('admin', 'complaints.assignees')[0].input).toEqual({ complaintId: 'c1' })
    expect(server.calls('admin', 'staff.list')).toHaveLength(0)
    expect(within(picker).getByText('李客服')).toBeTruthy()
    expect(within(picker).getByText('当前处理人')).toBeTruthy()
    expect(within(picker).getByText('分派给我')).toBeTruthy()
    fireEvent.click(within(picker).getByText('分派给 赵客服'))
    await waitFor(() => expect(server.calls('admin', 'complaints.act')).toHaveLength(1))
    expect(server.calls('admin', 'complaints.act')[0].input).toEqual({ complaintId: 'c1', version: 3, op: 'assign', assigneeId: 's3' })
    expect(await screen.findByText('已分派', { selector: '.adm-notice' })).toBeTruthy()
  })

  it('the 分派 picker says so when nobody may take the work order', async () => {
    server.on('admin', 'complaints.assignees', [])
    await openWorkOrder(workOrder({ level: 'L3', levelLabel: '三级（经理）', actions: [{ action: 'assign', label: '分派' }] }))
    fireEvent.click(screen.getByText('分派'))
    expect(await screen.findByText('没有可分派的人选，请升级给上一级处理。')).toBeTruthy()
    expect(screen.getByText('三级（经理）工单：可分派给下列有权处理此级别的人员。')).toBeTruthy()
  })

  it('a supervisor approves a pending compensation by its number', async () => {
    await openWorkOrder(workOrder({
      step: 'resolving', stepLabel: '处理中',
      compensations: [{
        n: 1, kind: 'coupon', kindLabel: '优惠券', amountFen: 5000, description: '¥50.00 优惠券', note: '致歉', status: 'pending_approval',
        statusLabel: '待主管审批', approver: 'supervisor', approverLabel: '主管', proposedBy: '客服 李客服', proposedAt: at(-5 * MIN),
        approvedBy: null, approvedAt: null, couponId: null, canApprove: true, reservice: null
      }],
      actions: [{ action: 'approve_compensation', label: '审批补偿' }, { action: 'propose_resolution', label: '提交处理方案' }]
    }), SUPERVISOR)
    server.on('admin', 'complaints.act', workOrder({ version: 4 }))
    expect(screen.getByText('待主管审批')).toBeTruthy()
    fireEvent.click(screen.getByText('批准这项补偿'))
    await waitFor(() => expect(server.calls('admin', 'complaints.act')).toHaveLength(1))
    expect(server.calls('admin', 'complaints.act')[0].input).toEqual({ complaintId: 'c1', version: 3, op: 'approve_compensation', compensationN: 1 })
  })

  it('a closed work order cannot be replied to; a supervisor puts it into the case library', async () => {
    const closed = workOrder({ step: 'closed', stepLabel: '已结案', status: 'closed', closedAt: at(-MIN), mustCall: true, actions: [{ action: 'note', label: '添加备注' }] })
    await openWorkOrder(closed, SUPERVISOR)
    expect(screen.getByText('工单已结案，不能再回复客户；如有新情况请记内部备注。')).toBeTruthy()
    expect(screen.queryByText('请电话联系客户')).toBeNull()
    expect(server.calls('admin', 'scripts.list')).toHaveLength(0)
    server.on('admin', 'complaints.markCase', (input: any) => ({ ...closed, version: 4, caseStudy: { title: input.title, lesson: input.lesson, markedBy: '主管 主管老李', markedAt: at(0) } }))
    fireEvent.click(screen.getByText('收入案例库'))
    expect(await alerts()).toContain('请填写案例标题')
    fireEvent.change(screen.getByPlaceholderText('案例标题，如：深度保洁漏擦油烟机'), { target: { value: '油烟机漏擦' } })
    fireEvent.change(screen.getByPlaceholderText('经验总结：以后怎样避免、怎样处理更好'), { target: { value: '交付前按清单自检' } })
    fireEvent.click(screen.getByText('收入案例库'))
    expect(await screen.findByText('《油烟机漏擦》')).toBeTruthy()
    expect(server.calls('admin', 'complaints.markCase')[0].input).toEqual({ complaintId: 'c1', isCase: true, title: '油烟机漏擦', lesson: '交付前按清单自检' })
  })
})

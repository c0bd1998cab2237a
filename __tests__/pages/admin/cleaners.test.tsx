import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import { server } from '../support/network'
import AdminCleanersPage from '@/admin/cleaners/index'
import { signIn, cleaner } from './fixtures'

const type = (placeholder: string, value: string) =>
  fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } })

async function openDesk(list = [cleaner()]) {
  signIn(server)
  server.on('admin', 'cleaners.list', { list, nextCursor: null })
  render(<AdminCleanersPage />)
  await screen.findByText(list[0]?.name ?? '没有找到阿姨')
}

describe('admin/cleaners', () => {
  it('creates a cleaner and shows her invite code prominently', async () => {
    await openDesk()
    server.on('admin', 'cleaners.create', (input: any) =>
      cleaner({ id: 'k9', name: input.name, bound: false, inviteCode: '7KXM3P', skills: input.skills, skillLabels: ['日常保洁', '深度保洁'], grade: 'silver', gradeLabel: '银牌' }))
    fireEvent.click(screen.getByText('新增阿姨'))
    type('阿姨的真实姓名', '赵秀英')
    type('11位手机号', '139 0000 0009')
    fireEvent.click(screen.getByText('日常保洁', { selector: '.adm-chip' }))
    fireEvent.click(screen.getByText('深度保洁', { selector: '.adm-chip' }))
    fireEvent.click(screen.getByText('银牌', { selector: '.adm-chip' }))
    fireEvent.click(screen.getByText('创建并生成邀请码'))
    expect((await screen.findByTestId('invite-code')).textContent).toBe('7KXM3P')
    expect(screen.getByText('已创建阿姨「赵秀英」，请把下面的邀请码发给她。')).toBeTruthy()
    expect(server.calls('admin', 'cleaners.create')[0].input).toEqual({
      name: '赵秀英', phone: '13900000009', skills: ['daily_cleaning', 'deep_cleaning'], grade: 'silver'
    })
    // the new cleaner is on top of the table, with her open code
    expect(screen.getByText('待绑定 7KXM3P')).toBeTruthy()
  })

  it('checks the form before sending and shows the backend refusal', async () => {
    await openDesk()
    server.fail('admin', 'cleaners.create', { code: 'CONFLICT', message: '该手机号已登记为阿姨「张阿姨」' })
    fireEvent.click(screen.getByText('新增阿姨'))
    fireEvent.click(screen.getByText('创建并生成邀请码'))
    expect((await screen.findByRole('alert')).textContent).toBe('请填写姓名')
    type('阿姨的真实姓名', '赵秀英')
    type('11位手机号', '13900000001')
    fireEvent.click(screen.getByText('创建并生成邀请码'))
    expect((await screen.findByRole('alert')).textContent).toBe('请至少选择一项技能')
    fireEvent.click(screen.getByText('保姆', { selector: '.adm-chip' }))
    fireEvent.click(screen.getByText('创建并生成邀请码'))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('该手机号已登记为阿姨「张阿姨」'))
  })

  it('regenerates the invite code and shows the new one', async () => {
    await openDesk()
    server.on('admin', 'cleaners.invite', { inviteCode: 'HKT4WX' })
    fireEvent.click(screen.getByText('张阿姨'))
    fireEvent.click(await screen.findByText('重新生成邀请码'))
    expect((await screen.findByTestId('invite-code')).textContent).toBe('HKT4WX')
    expect(server.calls('admin', 'cleaners.invite')[0].input).toEqual({ cleanerId: 'k1' })
  })

  it('edits without a phone keeps the stored number', async () => {
    await openDesk()
    server.on('admin', 'cleaners.update', (input: any) => cleaner({ name: input.name }))
    fireEvent.click(screen.getByText('张阿姨'))
    type('阿姨的真实姓名', '张桂兰')
    fireEvent.click(await screen.findByText('保存修改'))
    expect(await screen.findByText('已保存')).toBeTruthy()
    expect(server.calls('admin', 'cleaners.update')[0].input).toEqual({ cleanerId: 'k1', name: '张桂兰', skills: ['daily_cleaning'], grade: 'regular' })
  })

  it('switches a cleaner off', async () => {
    await openDesk()
    server.on('admin', 'cleaners.update', cleaner({ active: false }))
    fireEvent.click(screen.getByText('张阿姨'))
    fireEvent.click(await screen.findByText('停用'))
    expect(await screen.findByText('启用')).toBeTruthy()
    expect(server.calls('admin', 'cleaners.update')[0].input).toEqual({ cleanerId: 'k1', active: false })
  })

  it('removes a leave span and shows the refusal when adding one over a job', async () => {
    await openDesk([cleaner({ leave: [{ from: '2099-01-01', to: '2099-01-03', reason: '回老家' }] })])
    server.on('admin', 'cleaners.leave', (input: any) => {
      if (input.op === 'add') {
        const { Refusal } = require('../support/network')
        throw new Refusal({ code: 'FAILED_PRECONDITION', message: '请假期间已有1个派单（JZ20251123000001），请先改派后再登记请假' })
      }
      return cleaner({ leave: [] })
    })
    fireEvent.click(screen.getByText('张阿姨'))
    expect(await screen.findByText('2099-01-01 至 2099-01-03（回老家）')).toBeTruthy()
    fireEvent.click(screen.getByText('添加请假'))
    expect((await screen.findByRole('alert')).textContent).toContain('请先改派后再登记请假')
    fireEvent.click(screen.getByText('删除'))
    expect(await screen.findByText('暂无请假')).toBeTruthy()
    expect(server.calls('admin', 'cleaners.leave').map((c) => c.input.op)).toEqual(['add', 'remove'])
    expect(server.calls('admin', 'cleaners.leave')[1].input).toEqual({ cleanerId: 'k1', op: 'remove', from: '2099-01-01', to: '2099-01-03', reason: '回老家' })
  })

  it('searches by name or phone', async () => {
    await openDesk()
    type('按姓名或手机号搜索', '张')
    fireEvent.click(screen.getByText('搜索'))
    await waitFor(() => expect(server.calls('admin', 'cleaners.list').at(-1)!.input).toEqual({ q: '张' }))
  })
})

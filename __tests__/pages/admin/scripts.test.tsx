import { render, screen, fireEvent, waitFor } from '@testing-library/react'
import { server } from '../support/network'
import AdminScriptsPage from '@/admin/scripts/index'
import { signIn } from './fixtures'
import { SUPERVISOR, script } from './complaintFixtures'

const LIBRARY = [
  script(),
  script({ id: 'g1', scenario: 'general', scenarioLabel: '通用', step: 'received', stepLabel: '已受理', title: '首次响应·致歉并说明时限', text: '{{客户称呼}}您好，我是{{客服姓名}}，{{处理时限}}给您答复。', usage: 40 })
]

describe('admin/scripts', () => {
  it('agents read the scripts by scenario, with usage and variables help, but cannot edit', async () => {
    signIn(server)
    server.on('admin', 'scripts.list', LIBRARY)
    render(<AdminScriptsPage />)
    expect(await screen.findByText('首次响应·致歉并说明时限')).toBeTruthy()
    expect(screen.getByText('已使用 40 次')).toBeTruthy()
    expect(screen.getByText('{{处理时限}}', { selector: '.admin-scripts__text .admin-scripts__var' })).toBeTruthy()
    expect(screen.getByText('客服可查看和使用话术；如需修改，请联系主管')).toBeTruthy()
    expect(screen.queryByText('新增话术')).toBeNull()
    expect(screen.queryByText('编辑')).toBeNull()
    fireEvent.click(screen.getByText('漏扫/不干净'))
    expect(await screen.findByText('漏扫致歉并约返工')).toBeTruthy()
    expect(screen.getByText('已使用 12 次')).toBeTruthy()
  })

  it('a supervisor edits a script: unknown variables are flagged, the save is sent with the id', async () => {
    signIn(server, SUPERVISOR)
    server.on('admin', 'scripts.list', LIBRARY)
    server.on('admin', 'scripts.save', (input: any) => script({ id: input.id, scenario: 'general', scenarioLabel: '通用', step: 'received', stepLabel: '已受理', title: input.title, text: input.text, usage: 40 }))
    render(<AdminScriptsPage />)
    await screen.findByText('首次响应·致歉并说明时限')
    fireEvent.click(screen.getByText('编辑'))
    const text = screen.getByPlaceholderText('{{客户称呼}}您好，我是{{公司名称}}客服{{客服姓名}}……')
    fireEvent.change(text, { target: { value: '{{客户名称}}您好' } })
    expect(screen.getByText('不认识的变量：{{客户名称}}，请改成上面列出的变量')).toBeTruthy()
    fireEvent.change(text, { target: { value: '您好，' } })
    fireEvent.click(screen.getByText('工单号', { selector: '.admin-scripts__insert .adm-chip' }))
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(server.calls('admin', 'scripts.save')).toHaveLength(1))
    expect(server.calls('admin', 'scripts.save')[0].input).toEqual({
      id: 'g1', scenario: 'general', step: 'received', title: '首次响应·致歉并说明时限', text: '您好，{{工单号}}'
    })
    expect(await screen.findByText('{{工单号}}', { selector: '.admin-scripts__card .admin-scripts__var' })).toBeTruthy()
  })

  it('shows the refusal of a save as the server says it', async () => {
    signIn(server, SUPERVISOR)
    server.on('admin', 'scripts.list', [])
    server.fail('admin', 'scripts.save', { code: 'PERMISSION_DENIED', message: '需要主管及以上才能修改话术' })
    render(<AdminScriptsPage />)
    expect(await screen.findByText('「通用」还没有话术模板')).toBeTruthy()
    fireEvent.click(screen.getByText('新增话术'))
    fireEvent.change(screen.getByPlaceholderText('如：首次响应·致歉并说明处理时限'), { target: { value: '新话术' } })
    fireEvent.change(screen.getByPlaceholderText('{{客户称呼}}您好，我是{{公司名称}}客服{{客服姓名}}……'), { target: { value: '您好' } })
    fireEvent.click(screen.getByText('保存'))
    expect((await screen.findByRole('alert')).textContent).toBe('需要主管及以上才能修改话术')
    expect(server.calls('admin', 'scripts.save')[0].input).toEqual({ scenario: 'general', step: 'received', title: '新话术', text: '您好' })
  })
})

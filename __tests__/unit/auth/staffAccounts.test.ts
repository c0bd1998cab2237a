import { newStaffProblem, normalizeUsername } from '../../../cloudfunctions/core/auth/staffAccounts'

describe('staff account details', () => {
  const ok = { username: 'zhang.san', name: '张三', role: 'agent' as const, password: 'abc12345' }
  it('accepts a good account and compares usernames in lower case', () => {
    expect(newStaffProblem(ok)).toBeNull()
    expect(normalizeUsername('  Zhang.San ')).toBe('zhang.san')
    expect(newStaffProblem({ ...ok, username: 'Zhang.San' })).toBeNull()
  })
  it.each([
    [{ username: 'zs' }, '用户名需为 3-32 位小写字母、数字或 _ . -，并以字母开头'],
    [{ username: '1zhang' }, '用户名需为 3-32 位小写字母、数字或 _ . -，并以字母开头'],
    [{ username: 'zhang san' }, '用户名需为 3-32 位小写字母、数字或 _ . -，并以字母开头'],
    [{ name: '  ' }, '姓名需为 1-20 个字'],
    [{ name: '名'.repeat(21) }, '姓名需为 1-20 个字'],
    [{ role: 'boss' }, '角色不正确'],
    [{ password: 'abc' }, '密码长度需为 8-64 位'],
    [{ password: '12345678' }, '密码需同时包含字母和数字']
  ])('refuses %j', (patch, message) => {
    expect(newStaffProblem({ ...ok, ...(patch as object) } as any)).toBe(message)
  })
})

import { newStaffProblem, normalizeUsername } from '../../../cloudfunctions/core/auth/staffAccounts'

describe('staff account details', () => {
  const ok = { username: 'zhang.san', name: '张三', role: 'agent' as const, password: 'abc12345xy' }
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
    [{ password: 'abc' }, '密码长度需为 10-64 位'],
    [{ password: 'aaaaaaa1' }, '密码长度需为 10-64 位'],
    [{ password: 'x'.repeat(65) }, '密码长度需为 10-64 位'],
    [{ password: '1234567890' }, '这个密码太常见，容易被猜中，请换一个'],
    [{ password: 'Password123' }, '这个密码太常见，容易被猜中，请换一个'],
    [{ password: 'aaaaaaaaa1' }, '密码过于简单（重复字符太多），请换一个']
  ])('refuses %j', (patch, message) => {
    expect(newStaffProblem({ ...ok, ...(patch as object) } as any)).toBe(message)
  })
})

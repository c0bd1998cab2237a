// The staff desk (manager only): accounts are listed without secrets, created with a first password, and a reset
// password lifts a lock and signs the account out everywhere. Both are in the audit log.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn } from '../../helpers/api'
import { staffSession, type StaffSession } from '../../helpers/desk'

jest.setTimeout(60_000)

let t: TestCloud
let manager: StaffSession
beforeAll(async () => {
  t = await startTestCloud()
  manager = await staffSession(t, 'manager', '经理老王')
})
afterAll(async () => { await t?.close() })

it('creates an account that can sign in, and lists accounts by username without secrets', async () => {
  const v = await okFn(t, 'admin', 'staff.create', { username: 'Chen.Jing', name: '陈静', role: 'supervisor', password: 'first2026go' }, manager.token)
  expect(v).toMatchObject({ username: 'chen.jing', name: '陈静', role: 'supervisor', roleLabel: '主管', active: true, lockedUntil: null, lastLoginAt: null })
  const login = await okFn(t, 'admin', 'login', { username: 'chen.jing', password: 'first2026go' })
  expect(login.staff.role).toBe('supervisor')

  const dup = await callFn(t, 'admin', 'staff.create', { username: 'chen.jing', name: '另一个', role: 'agent', password: 'first2026go' }, manager.token)
  expect(dup.error).toEqual({ code: 'CONFLICT', message: '用户名 chen.jing 已被使用' })

  const page = await okFn(t, 'admin', 'staff.list', {}, manager.token)
  expect(page.list.map((s: any) => s.username)).toEqual(['chen.jing', manager.username].sort())
  expect(JSON.stringify(page)).not.toMatch(/scrypt|passwordHash|tokenVersion|failedLogins/)
  const log = (await t.db.collection('audit_logs').where({ targetId: v.id }).get()).data
  expect(log).toMatchObject([{ action: 'staff.create', staffId: manager.id, detail: { username: 'chen.jing', role: 'supervisor' } }])
})

it('resetPassword sets a new password, unlocks, and signs the account out', async () => {
  const v = await okFn(t, 'admin', 'staff.create', { username: 'liu.yang', name: '刘洋', role: 'agent', password: 'old2026pass' }, manager.token)
  const session = await okFn(t, 'admin', 'login', { username: 'liu.yang', password: 'old2026pass' })
  await t.db.collection('staff').doc(v.id).update({ lockedUntil: new Date(Date.now() + 600_000), failedLogins: 0 })
  const r = await okFn(t, 'admin', 'staff.resetPassword', { staffId: v.id, password: 'new2026pass' }, manager.token)
  expect(r.lockedUntil).toBeNull()
  expect((await callFn(t, 'admin', 'me', {}, session.token)).error.code).toBe('UNAUTHENTICATED')
  expect((await callFn(t, 'admin', 'login', { username: 'liu.yang', password: 'old2026pass' })).error.code).toBe('UNAUTHENTICATED')
  await okFn(t, 'admin', 'login', { username: 'liu.yang', password: 'new2026pass' })
  const log = (await t.db.collection('audit_logs').where({ targetId: v.id, action: 'staff.resetPassword' }).get()).data
  expect(log).toHaveLength(1)
})

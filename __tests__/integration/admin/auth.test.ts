// Staff sign-in: tokens, the lock after five wrong passwords (abuse: security/login-abuse.test.ts), expiry, and revocation by logout / password reset.
import { startTestCloud, type TestCloud } from '../../helpers/localCloud'
import { callFn, okFn, CHINESE } from '../../helpers/api'
import { staffSession, STAFF_PASSWORD } from '../../helpers/desk'
import { createStaff } from '../../../cloudfunctions/core/auth/staffAccounts'
import { signStaffToken } from '../../../cloudfunctions/core/auth/staffToken'
import { loadSecrets } from '../../../cloudfunctions/core/security/secrets'

jest.setTimeout(60_000)

let t: TestCloud
beforeAll(async () => { t = await startTestCloud() })
afterAll(async () => { await t?.close() })

const staffDoc = async (username: string) => (await t.db.collection('staff').where({ username }).get()).data[0]

describe('admin.login', () => {
  it('signs in with a 12 h token and shows the staff member without secrets', async () => {
    await createStaff(t.db, { username: 'wang.li', name: '王丽', role: 'supervisor', password: STAFF_PASSWORD }, t.cloud.clock.now())
    const before = Date.now()
    const r = await okFn(t, 'admin', 'login', { username: 'Wang.Li', password: STAFF_PASSWORD })
    expect(r.staff).toEqual({ id: expect.any(String), username: 'wang.li', name: '王丽', role: 'supervisor', roleLabel: '主管' })
    const hours = (new Date(r.expiresAt).getTime() - before) / 3600_000
    expect(hours).toBeGreaterThan(11.9)
    expect(hours).toBeLessThan(12.1)
    expect(JSON.stringify(r)).not.toMatch(/scrypt|passwordHash/)
    const me = await okFn(t, 'admin', 'me', {}, r.token)
    expect(me.staff.name).toBe('王丽')
    expect((await staffDoc('wang.li')).lastLoginAt).toBeInstanceOf(Date)
  })

  it('answers an unknown username and a wrong password the same way', async () => {
    await createStaff(t.db, { username: 'zhao.min', name: '赵敏', role: 'agent', password: STAFF_PASSWORD }, t.cloud.clock.now())
    const unknown = await callFn(t, 'admin', 'login', { username: 'nobody.here', password: STAFF_PASSWORD })
    const wrong = await callFn(t, 'admin', 'login', { username: 'zhao.min', password: 'wrong-pass-1' })
    expect(unknown.ok).toBe(false)
    expect(unknown.error).toEqual(wrong.error)
    expect(wrong.error).toEqual({ code: 'UNAUTHENTICATED', message: '用户名或密码错误' })
  })

  it('locks the account for 15 minutes after five wrong passwords in 15 minutes, then lets the right password in again', async () => {
    await createStaff(t.db, { username: 'lock.me', name: '锁定', role: 'agent', password: STAFF_PASSWORD }, t.cloud.clock.now())
    for (let i = 1; i <= 4; i++) {
      const r = await callFn(t, 'admin', 'login', { username: 'lock.me', password: `bad-${i}x` })
      expect(r.error.code).toBe('UNAUTHENTICATED')
      expect((await staffDoc('lock.me')).failedLogins).toBe(i)
    }
    const fifth = await callFn(t, 'admin', 'login', { username: 'lock.me', password: 'bad-5x' })
    expect(fifth.error.code).toBe('RATE_LIMITED')
    expect(fifth.error.message).toMatch(/账号已暂时锁定，请于 .*\d{2}:\d{2} 后再试/)
    const doc = await staffDoc('lock.me')
    expect(doc.failedLogins).toBe(0)
    const lockMinutes = (doc.lockedUntil.getTime() - Date.now()) / 60_000
    expect(lockMinutes).toBeGreaterThan(14)
    expect(lockMinutes).toBeLessThanOrEqual(15)

    // while locked even the right password is refused, and says until when
    const locked = await callFn(t, 'admin', 'login', { username: 'lock.me', password: STAFF_PASSWORD })
    expect(locked.error.code).toBe('RATE_LIMITED')
    expect(locked.error.message).toMatch(CHINESE)

    // 15 minutes later (moved back in the database)
    await t.db.collection('staff').doc(doc._id).update({ lockedUntil: new Date(Date.now() - 1000) })
    const r = await okFn(t, 'admin', 'login', { username: 'lock.me', password: STAFF_PASSWORD })
    expect(r.token).toMatch(/^st\./)
    const after = await staffDoc('lock.me')
    expect(after.failedLogins).toBe(0)
    expect(after.lockedUntil).toBeNull()
  })

  it('counts wrong passwords sent at the same moment (atomic counter) and locks', async () => {
    await createStaff(t.db, { username: 'burst.me', name: '并发', role: 'agent', password: STAFF_PASSWORD }, t.cloud.clock.now())
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => callFn(t, 'admin', 'login', { username: 'burst.me', password: `bad-${i}y` })))
    expect(answers.some((a) => a.error?.code === 'RATE_LIMITED')).toBe(true)
    const locked = await callFn(t, 'admin', 'login', { username: 'burst.me', password: STAFF_PASSWORD })
    expect(locked.error.code).toBe('RATE_LIMITED')
  })

  it('a successful sign-in resets the failure counter', async () => {
    await createStaff(t.db, { username: 'reset.me', name: '重置', role: 'agent', password: STAFF_PASSWORD }, t.cloud.clock.now())
    for (let i = 0; i < 3; i++) await callFn(t, 'admin', 'login', { username: 'reset.me', password: 'bad-pass-1' })
    expect((await staffDoc('reset.me')).failedLogins).toBe(3)
    await okFn(t, 'admin', 'login', { username: 'reset.me', password: STAFF_PASSWORD })
    expect((await staffDoc('reset.me')).failedLogins).toBe(0)
  })
})

describe('staff tokens', () => {
  it('refuses an expired token, a forged one and garbage', async () => {
    const s = await staffSession(t, 'manager')
    const { tokenSecret } = loadSecrets()
    const expired = signStaffToken({ sub: s.id, role: 'manager', exp: Math.floor(Date.now() / 1000) - 1, ver: 0 }, tokenSecret)
    const forged = signStaffToken({ sub: s.id, role: 'manager', exp: Math.floor(Date.now() / 1000) + 3600, ver: 0 }, Buffer.alloc(32, 7))
    for (const token of [expired, forged, 'st.garbage.token', `${s.token}x`]) {
      const r = await callFn(t, 'admin', 'me', {}, token)
      expect(r.error.code).toBe('UNAUTHENTICATED')
      expect(r.error.message).toMatch(CHINESE)
    }
    expect((await okFn(t, 'admin', 'me', {}, s.token)).staff.id).toBe(s.id)
  })

  it('logout revokes every session of the account; signing in again works', async () => {
    const a = await staffSession(t, 'agent')
    const second = await okFn(t, 'admin', 'login', { username: a.username, password: STAFF_PASSWORD })
    await okFn(t, 'admin', 'logout', {}, a.token)
    expect((await callFn(t, 'admin', 'me', {}, a.token)).error.code).toBe('UNAUTHENTICATED')
    expect((await callFn(t, 'admin', 'me', {}, second.token)).error.code).toBe('UNAUTHENTICATED')
    const again = await okFn(t, 'admin', 'login', { username: a.username, password: STAFF_PASSWORD })
    expect((await okFn(t, 'admin', 'me', {}, again.token)).staff.id).toBe(a.id)
  })

  it('a deactivated account loses its sessions and cannot sign in', async () => {
    const a = await staffSession(t, 'agent')
    await t.db.collection('staff').doc(a.id).update({ active: false })
    expect((await callFn(t, 'admin', 'me', {}, a.token)).error.code).toBe('UNAUTHENTICATED')
    const r = await callFn(t, 'admin', 'login', { username: a.username, password: STAFF_PASSWORD })
    expect(r.error).toEqual({ code: 'UNAUTHENTICATED', message: '该账号已停用，请联系经理' })
  })
})

import { isLocked, lockUntil, lockedMessage, loginRefusal, reachedFailureLimit, sessionExpiry, LOGIN_LOCK_MINUTES, LOGIN_MAX_FAILURES, STAFF_SESSION_HOURS } from '../../../cloudfunctions/core/rules/staffLogin'

const now = new Date('2026-11-23T06:00:00Z') // 14:00 Shanghai

describe('staff sign-in rules', () => {
  it('locks after five failures for fifteen minutes; a session lasts twelve hours', () => {
    expect([LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES, STAFF_SESSION_HOURS]).toEqual([5, 15, 12])
    expect(reachedFailureLimit(4)).toBe(false)
    expect(reachedFailureLimit(5)).toBe(true)
    expect(lockUntil(now).toISOString()).toBe('2026-11-23T06:15:00.000Z')
    expect(sessionExpiry(now).toISOString()).toBe('2026-11-23T18:00:00.000Z')
  })

  it('is locked until the instant has passed', () => {
    expect(isLocked({ lockedUntil: null }, now)).toBe(false)
    expect(isLocked({ lockedUntil: new Date(now.getTime() + 1) }, now)).toBe(true)
    expect(isLocked({ lockedUntil: now }, now)).toBe(false)
    expect(loginRefusal({}, now)).toBeNull()
  })

  it('says until when on a Shanghai clock, with the date when it is another day', () => {
    expect(lockedMessage(lockUntil(now), now)).toBe('密码连续输错5次，账号已锁定15分钟，请于 14:15 后再试')
    const lateNight = new Date('2026-11-23T15:50:00Z') // 23:50 Shanghai
    expect(lockedMessage(lockUntil(lateNight), lateNight)).toBe('密码连续输错5次，账号已锁定15分钟，请于 11月24日 00:05 后再试')
    expect(loginRefusal({ lockedUntil: lockUntil(now) }, now)).toBe(lockedMessage(lockUntil(now), now))
  })
})

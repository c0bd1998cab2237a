import {
  addressBlocked, failuresInWindow, isLocked, lockUntil, lockedMessage, needsUnlockCode, reachedFailureLimit, sessionExpiry,
  unlockCodeExpiry, windowFloor, ACCOUNT_MAX_FAILURES, ADDRESS_MAX_FAILURES, FAILURE_WINDOW_MINUTES, LOGIN_LOCK_MINUTES, STAFF_SESSION_HOURS
} from '../../../cloudfunctions/core/rules/staffLogin'

const now = new Date('2026-11-23T06:00:00Z') // 14:00 Shanghai
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000)

describe('staff sign-in rules', () => {
  it('locks a username after five failures in 15 minutes for 15 minutes; an address after thirty; a session lasts 12 h', () => {
    expect([ACCOUNT_MAX_FAILURES, ADDRESS_MAX_FAILURES, FAILURE_WINDOW_MINUTES, LOGIN_LOCK_MINUTES, STAFF_SESSION_HOURS]).toEqual([5, 30, 15, 15, 12])
    expect(reachedFailureLimit(4)).toBe(false)
    expect(reachedFailureLimit(5)).toBe(true)
    expect(lockUntil(now).toISOString()).toBe('2026-11-23T06:15:00.000Z')
    expect(sessionExpiry(now).toISOString()).toBe('2026-11-23T18:00:00.000Z')
    expect(unlockCodeExpiry(now).toISOString()).toBe('2026-11-24T06:00:00.000Z')
  })

  it('counts failures only inside the open window', () => {
    expect(windowFloor(now).toISOString()).toBe('2026-11-23T05:45:00.000Z')
    expect(failuresInWindow({ failedLogins: 4, failWindowStart: minutesAgo(14) }, now)).toBe(4)
    expect(failuresInWindow({ failedLogins: 4, failWindowStart: minutesAgo(15) }, now)).toBe(0)
    expect(failuresInWindow({ failedLogins: 4 }, now)).toBe(0)
    expect(failuresInWindow(undefined, now)).toBe(0)
    expect(addressBlocked({ failedLogins: 29, failWindowStart: minutesAgo(1) }, now)).toBe(false)
    expect(addressBlocked({ failedLogins: 30, failWindowStart: minutesAgo(1) }, now)).toBe(true)
    expect(addressBlocked({ failedLogins: 30, failWindowStart: minutesAgo(16) }, now)).toBe(false)
  })

  it('is locked until the instant has passed', () => {
    expect(isLocked({ lockedUntil: null }, now)).toBe(false)
    expect(isLocked(undefined, now)).toBe(false)
    expect(isLocked({ lockedUntil: new Date(now.getTime() + 1) }, now)).toBe(true)
    expect(isLocked({ lockedUntil: now }, now)).toBe(false)
  })

  it('keeps a still valid unlock code when the account is locked again', () => {
    expect(needsUnlockCode(undefined, now)).toBe(true)
    expect(needsUnlockCode({ unlockExpiresAt: new Date(now.getTime() + 1) }, now)).toBe(false)
    expect(needsUnlockCode({ unlockExpiresAt: now }, now)).toBe(true)
  })

  it('says until when on a Shanghai clock, with the date when it is another day, and how to get in sooner', () => {
    expect(lockedMessage(lockUntil(now), now)).toBe('登录失败次数过多，账号已暂时锁定，请于 14:15 后再试；本人可向经理索取解锁码立即登录')
    const lateNight = new Date('2026-11-23T15:50:00Z') // 23:50 Shanghai
    expect(lockedMessage(lockUntil(lateNight), lateNight)).toMatch(/请于 11月24日 00:05 后再试/)
  })
})

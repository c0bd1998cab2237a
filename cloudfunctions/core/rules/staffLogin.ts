// Staff sign-in: after LOGIN_MAX_FAILURES wrong passwords in a row the account is locked for LOGIN_LOCK_MINUTES, and a
// session lasts STAFF_SESSION_HOURS. The counter itself lives in the staff document and moves by conditional updates.
import { HOUR_MS, MINUTE_MS, inShanghai, shanghaiDate } from './time'

/** Failed sign-ins in a row before the account is locked, for how long, and how long a session lasts. */
export const LOGIN_MAX_FAILURES = 5
export const LOGIN_LOCK_MINUTES = 15
export const STAFF_SESSION_HOURS = 12

export interface LoginCounters {
  failedLogins?: number
  lockedUntil?: Date | null
}

/** The same words for an unknown username and a wrong password, so neither gives away which accounts exist. */
export const WRONG_CREDENTIALS_MESSAGE = '用户名或密码错误'

export function isLocked(staff: LoginCounters, now: Date): boolean {
  return !!staff.lockedUntil && staff.lockedUntil.getTime() > now.getTime()
}

/** Tells the person until when the account is locked, on a Shanghai clock. */
export function lockedMessage(lockedUntil: Date, now: Date): string {
  const at = inShanghai(lockedUntil)
  const when = shanghaiDate(lockedUntil) === shanghaiDate(now) ? at.format('HH:mm') : at.format('M月D日 HH:mm')
  return `密码连续输错${LOGIN_MAX_FAILURES}次，账号已锁定${LOGIN_LOCK_MINUTES}分钟，请于 ${when} 后再试`
}

/** Why this sign-in is refused before the password is even checked, or null. */
export function loginRefusal(staff: LoginCounters, now: Date): string | null {
  return isLocked(staff, now) ? lockedMessage(staff.lockedUntil!, now) : null
}

/** After a failure has been counted: whether the account must now be locked. */
export function reachedFailureLimit(failedLogins: number): boolean {
  return failedLogins >= LOGIN_MAX_FAILURES
}

export function lockUntil(now: Date): Date {
  return new Date(now.getTime() + LOGIN_LOCK_MINUTES * MINUTE_MS)
}

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + STAFF_SESSION_HOURS * HOUR_MS)
}

// Staff sign-in under attack. Failures are counted in windows of FAILURE_WINDOW_MINUTES, per username (known or not:
// an unknown one behaves exactly like a real one) and per client address. ACCOUNT_MAX_FAILURES in a window lock the
// username for LOGIN_LOCK_MINUTES; attempts during a lock are refused unread and uncounted, so a lock is never
// extended. Its right owner need not wait: a one-time unlock code (written to the function log for a manager) lets the
// right password in at once. ADDRESS_MAX_FAILURES from one address in a window refuse that address for the rest of it.
import { HOUR_MS, MINUTE_MS, inShanghai, shanghaiDate } from './time'

export const ACCOUNT_MAX_FAILURES = 5
export const ADDRESS_MAX_FAILURES = 30
export const FAILURE_WINDOW_MINUTES = 15
export const LOGIN_LOCK_MINUTES = 15
export const UNLOCK_CODE_HOURS = 24
export const STAFF_SESSION_HOURS = 12

/**
 * The counters of one username or one client address. A staff account keeps them in its own document (the staff list
 * shows the lock, a password reset lifts it); an unknown username or an address in login_guards, in the same shape.
 */
export interface LoginCounters {
  failedLogins?: number
  failWindowStart?: Date | null
  lockedUntil?: Date | null
  /** the hash of the current unlock code (accounts that exist only) */
  unlockHash?: string | null
  unlockExpiresAt?: Date | null
}

/** The same words for an unknown username and a wrong password, so neither gives away which accounts exist. */
export const WRONG_CREDENTIALS_MESSAGE = '用户名或密码错误'
export const ADDRESS_BLOCKED_MESSAGE = `当前网络登录失败次数过多，请${FAILURE_WINDOW_MINUTES}分钟后再试`

export function isLocked(guard: LoginCounters | undefined, now: Date): boolean {
  return !!guard?.lockedUntil && guard.lockedUntil.getTime() > now.getTime()
}

/** The start of the window that is still open at `now`: a guard whose window began before it counts afresh. */
export function windowFloor(now: Date): Date {
  return new Date(now.getTime() - FAILURE_WINDOW_MINUTES * MINUTE_MS)
}

export function failuresInWindow(guard: LoginCounters | undefined, now: Date): number {
  const start = guard?.failWindowStart
  return start && start.getTime() > windowFloor(now).getTime() ? guard.failedLogins ?? 0 : 0
}

export function addressBlocked(guard: LoginCounters | undefined, now: Date): boolean {
  return failuresInWindow(guard, now) >= ADDRESS_MAX_FAILURES
}

/** Tells the person until when the username is locked (Shanghai clock), and how to get in sooner. */
export function lockedMessage(lockedUntil: Date, now: Date): string {
  const at = inShanghai(lockedUntil)
  const when = shanghaiDate(lockedUntil) === shanghaiDate(now) ? at.format('HH:mm') : at.format('M月D日 HH:mm')
  return `登录失败次数过多，账号已暂时锁定，请于 ${when} 后再试；本人可向经理索取解锁码立即登录`
}

/** After a failure has been counted: whether the username must now be locked. */
export function reachedFailureLimit(failures: number): boolean {
  return failures >= ACCOUNT_MAX_FAILURES
}

export function lockUntil(now: Date): Date {
  return new Date(now.getTime() + LOGIN_LOCK_MINUTES * MINUTE_MS)
}

/** A lock re-made while an unlock code is still valid keeps that code: a stranger cannot void the owner's code. */
export function needsUnlockCode(guard: LoginCounters | undefined, now: Date): boolean {
  return !guard?.unlockExpiresAt || guard.unlockExpiresAt.getTime() <= now.getTime()
}

export function unlockCodeExpiry(now: Date): Date {
  return new Date(now.getTime() + UNLOCK_CODE_HOURS * HOUR_MS)
}

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + STAFF_SESSION_HOURS * HOUR_MS)
}

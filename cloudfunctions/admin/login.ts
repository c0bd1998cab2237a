// login: username + password -> a signed 12 h session token. Failures are counted per username and per client
// address (rules/staffLogin.ts); a locked account's owner gets in at once with the unlock code written to the function
// log. An unknown username goes through the same reads, the same scrypt (against a dummy hash) and the same counters
// as a real one, so neither its answer nor its timing tells which accounts exist.
import { action, z, nameFields } from '../core/runtime'
import { COLL } from '../core/data/collections'
import { findOne } from '../core/data/db'
import { rateLimited, unauthenticated } from '../core/contract/errors'
import { hashPassword, verifyPassword } from '../core/auth/password'
import { signStaffToken } from '../core/auth/staffToken'
import { normalizeUsername, type StaffDoc } from '../core/auth/staffAccounts'
import { addressGuard, countFailure, lockTarget, readCounters, staffTarget, unlockCodeMatches, usernameGuard } from '../core/auth/loginGuards'
import { loadSecrets } from '../core/security/secrets'
import {
  ADDRESS_BLOCKED_MESSAGE, WRONG_CREDENTIALS_MESSAGE, addressBlocked, isLocked, lockedMessage, reachedFailureLimit, sessionExpiry
} from '../core/rules/staffLogin'
import type { LoginResult } from '../core/contract/api/admin'
import { staffView } from './staffView'

nameFields({ username: '用户名', password: '密码', unlockCode: '解锁码' })

const schema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
  unlockCode: z.string().trim().regex(/^\d{8}$/, '解锁码为 8 位数字').optional()
}).strict()

// Checked against unknown usernames too, so both answers take as long.
const DUMMY_HASH = hashPassword('not-a-real-password-0')

export const login = action(schema, async ({ username, password, unlockCode }, ctx): Promise<LoginResult> => {
  const { tokenSecret } = loadSecrets()
  const name = normalizeUsername(username)
  const address = addressGuard(ctx.clientIp ?? ctx.event.clientIp ?? 'unknown', tokenSecret)
  const nameGuard = usernameGuard(name, tokenSecret)
  // the same three reads for a known and an unknown username
  const [staff, guardOfName, guardOfAddress] = await Promise.all([
    findOne<StaffDoc>(ctx.db, COLL.staff, { username: name }), readCounters(ctx, nameGuard), readCounters(ctx, address)
  ])
  if (addressBlocked(guardOfAddress, ctx.now)) throw rateLimited(ADDRESS_BLOCKED_MESSAGE)
  const target = staff ? staffTarget(staff._id) : nameGuard
  const counters = staff ?? guardOfName
  const locked = isLocked(counters, ctx.now)
  // a locked username is refused unread and uncounted: nobody can extend a lock
  if (locked && !unlockCode) throw rateLimited(lockedMessage(counters!.lockedUntil!, ctx.now))

  const passwordOk = verifyPassword(password, staff?.passwordHash ?? DUMMY_HASH)
  const unlocked = locked && unlockCodeMatches(counters, target, unlockCode, tokenSecret, ctx.now)
  if (!staff || !passwordOk || (locked && !unlocked)) {
    await countFailure(ctx, address)
    if (locked) throw rateLimited(lockedMessage(counters!.lockedUntil!, ctx.now))
    const after = await countFailure(ctx, target)
    if (reachedFailureLimit(after.failedLogins ?? 0)) {
      const lock = await lockTarget(ctx, target, !!staff, tokenSecret)
      if (lock.code) announceUnlockCode(name, lock.code, lock.until)
      throw rateLimited(lockedMessage(lock.until, ctx.now))
    }
    throw unauthenticated(WRONG_CREDENTIALS_MESSAGE)
  }
  if (!staff.active) throw unauthenticated('该账号已停用，请联系经理')

  // only if no parallel wrong guess locked the account since it was read (or the unlock code is still the one read);
  // loginCount makes every sign-in a change
  const _ = ctx._
  const allowed = unlocked ? { unlockHash: counters!.unlockHash } : _.or([{ lockedUntil: null }, { lockedUntil: _.lte(ctx.now) }])
  const signedIn = await ctx.db.collection(COLL.staff).where(_.and([{ _id: staff._id }, allowed])).update({
    failedLogins: 0, failWindowStart: null, lockedUntil: null, unlockHash: null, unlockExpiresAt: null,
    lastLoginAt: ctx.now, loginCount: _.inc(1), updatedAt: ctx.now
  })
  if (signedIn.updated !== 1) {
    const current = await findOne<StaffDoc>(ctx.db, COLL.staff, { _id: staff._id })
    throw rateLimited(current?.lockedUntil && isLocked(current, ctx.now) ? lockedMessage(current.lockedUntil, ctx.now) : WRONG_CREDENTIALS_MESSAGE)
  }
  const expiresAt = sessionExpiry(ctx.now)
  const token = signStaffToken({ sub: staff._id, role: staff.role, exp: Math.floor(expiresAt.getTime() / 1000), ver: staff.tokenVersion ?? 0 }, tokenSecret)
  return { token, expiresAt: expiresAt.toISOString(), staff: staffView(staff) }
}, { caller: 'public' })

/** The unlock code goes to the function log: `npm start` prints it, in production a manager reads it in the log. */
function announceUnlockCode(username: string, code: string, lockedUntil: Date): void {
  console.warn(JSON.stringify({ level: 'warn', what: 'staff-login-locked', username, unlockCode: code, lockedUntil: lockedUntil.toISOString() }))
}

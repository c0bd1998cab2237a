// login: username + password -> a signed 12 h session token. Five wrong passwords in a row lock the account for
// 15 minutes. The counter moves only by atomic updates (_.inc), so parallel guesses are all counted. An unknown
// username and a wrong password get the same answer.
import { action, z, nameFields } from '../core/runtime'
import { COLL } from '../core/data/collections'
import { findOne } from '../core/data/db'
import { rateLimited, unauthenticated } from '../core/contract/errors'
import { hashPassword, verifyPassword } from '../core/auth/password'
import { signStaffToken } from '../core/auth/staffToken'
import { normalizeUsername, type StaffDoc } from '../core/auth/staffAccounts'
import { loadSecrets } from '../core/security/secrets'
import { WRONG_CREDENTIALS_MESSAGE, lockUntil, lockedMessage, loginRefusal, reachedFailureLimit, sessionExpiry } from '../core/rules/staffLogin'
import type { LoginResult } from '../core/contract/api/admin'
import { staffView } from './staffView'

nameFields({ username: '用户名', password: '密码' })

const schema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128)
}).strict()

// Checked against unknown usernames too, so both answers take as long.
const DUMMY_HASH = hashPassword('not-a-real-password-0')

export const login = action(schema, async ({ username, password }, ctx): Promise<LoginResult> => {
  const staffColl = ctx.db.collection(COLL.staff)
  const staff = await findOne<StaffDoc>(ctx.db, COLL.staff, { username: normalizeUsername(username) })
  const refusal = staff && loginRefusal(staff, ctx.now)
  if (refusal) throw rateLimited(refusal, { lockedUntil: staff!.lockedUntil })

  const passwordOk = verifyPassword(password, staff?.passwordHash ?? DUMMY_HASH)
  if (!staff || !passwordOk) {
    if (staff) {
      const r = await staffColl.where({ _id: staff._id }).updateAndReturn({ failedLogins: ctx._.inc(1), updatedAt: ctx.now })
      if (reachedFailureLimit(r.doc?.failedLogins ?? 0)) {
        const until = lockUntil(ctx.now)
        await staffColl.where({ _id: staff._id, failedLogins: ctx._.gte(r.doc.failedLogins) })
          .update({ lockedUntil: until, failedLogins: 0, updatedAt: ctx.now })
        throw rateLimited(lockedMessage(until, ctx.now), { lockedUntil: until })
      }
    }
    throw unauthenticated(WRONG_CREDENTIALS_MESSAGE)
  }
  if (!staff.active) throw unauthenticated('该账号已停用，请联系经理')

  // only if no parallel wrong guess locked the account since it was read (loginCount makes every sign-in a change)
  const _ = ctx._
  const notLocked = _.or([{ lockedUntil: null }, { lockedUntil: _.lte(ctx.now) }])
  const signedIn = await staffColl.where(_.and([{ _id: staff._id }, notLocked]))
    .update({ failedLogins: 0, lockedUntil: null, lastLoginAt: ctx.now, loginCount: _.inc(1), updatedAt: ctx.now })
  if (signedIn.updated !== 1) {
    const current = await findOne<StaffDoc>(ctx.db, COLL.staff, { _id: staff._id })
    throw rateLimited(loginRefusal(current ?? staff, ctx.now) ?? WRONG_CREDENTIALS_MESSAGE)
  }
  const expiresAt = sessionExpiry(ctx.now)
  const { tokenSecret } = await loadSecrets(ctx.db)
  const token = signStaffToken({ sub: staff._id, role: staff.role, exp: Math.floor(expiresAt.getTime() / 1000), ver: staff.tokenVersion ?? 0 }, tokenSecret)
  return { token, expiresAt: expiresAt.toISOString(), staff: staffView(staff) }
}, { caller: 'public' })

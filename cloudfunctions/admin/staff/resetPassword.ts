// staff.resetPassword: sets a new password, lifts a lock and signs the account out everywhere.
import { z, nameFields } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { COLL } from '../../core/data/collections'
import { mustGet } from '../../core/data/db'
import { invalid } from '../../core/contract/errors'
import { hashPassword, passwordProblem } from '../../core/auth/password'
import type { StaffDoc } from '../../core/auth/staffAccounts'
import { writeAudit } from '../../core/data/audit'
import type { StaffAccountView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { staffAccountView } from '../staffView'

nameFields({ staffId: '员工', password: '密码' })

const schema = z.object({ staffId: docId, password: z.string().min(1).max(128) }).strict()

export const resetPassword = staffAction('manager', schema, async ({ staffId, password }, ctx, manager): Promise<StaffAccountView> => {
  const problem = passwordProblem(password)
  if (problem) throw invalid(problem)
  const staff = await mustGet<StaffDoc>(ctx.db, COLL.staff, staffId, '员工账号')
  const patch = {
    passwordHash: hashPassword(password), failedLogins: 0, failWindowStart: null, lockedUntil: null, unlockHash: null, unlockExpiresAt: null,
    tokenVersion: ctx._.inc(1), updatedAt: ctx.now
  }
  await ctx.db.collection(COLL.staff).where({ _id: staff._id }).update(patch)
  await writeAudit(ctx.db, manager, 'staff.resetPassword', staff._id, { username: staff.username }, ctx.now)
  return staffAccountView({ ...staff, failedLogins: 0, lockedUntil: null }, ctx.now)
})

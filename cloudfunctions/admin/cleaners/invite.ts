// cleaners.invite: a new invite code. The old code stops working; if she was bound, her old WeChat is
// unbound (she changed phone or account) and the new code binds the new one.
import { z } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { COLL } from '../../core/data/collections'
import { mustGet } from '../../core/data/db'
import { notFound } from '../../core/contract/errors'
import { issueInviteCode, type CleanerDoc } from '../../core/cleaners/accounts'
import { writeAudit } from '../../core/data/audit'
import { staffAction } from '../staffAction'

export const invite = staffAction('supervisor', z.object({ cleanerId: docId }).strict(), async ({ cleanerId }, ctx, staff) => {
  const cleaner = await mustGet<CleanerDoc>(ctx.db, COLL.cleaners, cleanerId, '阿姨')
  const inviteCode = await issueInviteCode(ctx.db, cleaner._id, ctx.now)
  if (!inviteCode) throw notFound('阿姨不存在')
  await writeAudit(ctx.db, staff, 'cleaners.invite', cleaner._id, { unbound: !!cleaner.openid }, ctx.now)
  return { inviteCode }
})

// bind: a cleaner redeems the invite code staff gave her; her WeChat openid (from the invocation context) is bound
// to her record. The code works once: the binding is a conditional update that also removes it, and the unique index
// on cleaners.openid stops one WeChat account from being bound to two cleaners.
import { action, z, nameFields } from '../core/runtime'
import { requireOpenid } from '../core/auth/identity'
import { COLL } from '../core/data/collections'
import { findOne, isDuplicate } from '../core/data/db'
import { conflict, invalid, notFound, precondition } from '../core/contract/errors'
import { CLEANER_GRADE_LABELS } from '../core/contract/cleaner'
import { isInviteCode, normalizeInviteCode } from '../core/rules/inviteCode'
import type { CleanerDoc } from '../core/cleaners/accounts'
import type { BindResult } from '../core/contract/api/cleaner'

nameFields({ inviteCode: '邀请码' })

const schema = z.object({ inviteCode: z.string().max(32) }).strict()

const ALREADY_BOUND = (name: string) => `您的微信已绑定阿姨「${name}」，无需重复绑定`

export const bind = action(schema, async (input, ctx): Promise<BindResult> => {
  const openid = requireOpenid(ctx)
  const code = normalizeInviteCode(input.inviteCode)
  if (!isInviteCode(code)) throw invalid('邀请码应为6位字母或数字，请核对后重新输入')

  const mine = await findOne<CleanerDoc>(ctx.db, COLL.cleaners, { openid })
  if (mine) throw conflict(ALREADY_BOUND(mine.name))
  const cleaner = await findOne<CleanerDoc>(ctx.db, COLL.cleaners, { inviteCode: code })
  if (!cleaner) throw notFound('邀请码无效或已被使用，请联系公司获取新的邀请码')
  if (!cleaner.active) throw precondition('该阿姨账号已停用，请联系公司')

  try {
    const r = await ctx.db.collection(COLL.cleaners).where({ _id: cleaner._id, inviteCode: code, openid: null })
      .update({ openid, inviteCode: ctx._.remove(), boundAt: ctx.now, updatedAt: ctx.now })
    if (r.updated !== 1) throw notFound('邀请码无效或已被使用，请联系公司获取新的邀请码')
  } catch (e) {
    if (!isDuplicate(e)) throw e
    const other = await findOne<CleanerDoc>(ctx.db, COLL.cleaners, { openid })
    throw conflict(ALREADY_BOUND(other?.name ?? ''))
  }
  return {
    cleaner: { id: cleaner._id, name: cleaner.name, grade: cleaner.grade, gradeLabel: CLEANER_GRADE_LABELS[cleaner.grade], skills: cleaner.skills }
  }
}, { caller: 'wechat' })

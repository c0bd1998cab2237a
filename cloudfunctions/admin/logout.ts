// logout: revokes every session of this account (tokens carry the tokenVersion they were signed with).
import { z } from '../core/runtime'
import { COLL } from '../core/data/collections'
import { staffAction } from './staffAction'

export const logout = staffAction('agent', z.object({}).strict(), async (_input, ctx, staff) => {
  await ctx.db.collection(COLL.staff).where({ _id: staff._id }).update({ tokenVersion: ctx._.inc(1), updatedAt: ctx.now })
  return {}
})

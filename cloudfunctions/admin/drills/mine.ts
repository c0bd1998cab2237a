// drills.mine: the caller's own drill runs, newest first (the latest 100).
import { z } from '../../core/runtime'
import { COLL } from '../../core/data/collections'
import type { DrillRunView } from '../../core/contract/api/complaintsDesk'
import { DRILL_KIND, type DrillRunDoc } from '../../core/recovery/docs'
import { staffAction } from '../staffAction'
import { drillRunView } from './view'

const LATEST = 100

export const mine = staffAction('agent', z.object({}).strict(), async (_input, ctx, staff): Promise<DrillRunView[]> => {
  const r = await ctx.db.collection(COLL.scenarios)
    .where({ kind: DRILL_KIND, staffId: staff._id })
    .orderBy('startedAt', 'desc')
    .limit(LATEST)
    .get()
  return (r.data as DrillRunDoc[]).map(drillRunView)
})

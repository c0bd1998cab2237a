// jobs: the calling cleaner's own jobs. today: what she has on today's Shanghai date (including a multi-day job
// running through it) that is not yet confirmed; upcoming: dispatched jobs that start later, soonest first.
import { z, nameFields } from '../core/runtime'
import { COLL } from '../core/data/collections'
import { addDays, shanghaiDate, shanghaiInstant } from '../core/rules/time'
import type { OrderDoc } from '../core/orders/orderDoc'
import type { JobSummary } from '../core/contract/api/cleaner'
import { cleanerAction } from './cleanerAction'
import { jobSummary } from './view'

nameFields({ scope: '范围' })

const MAX_JOBS = 100

export const jobs = cleanerAction(z.object({ scope: z.enum(['today', 'upcoming']) }).strict(), async ({ scope }, ctx, cleaner): Promise<{ list: JobSummary[] }> => {
  const _ = ctx._
  const today = shanghaiDate(ctx.now)
  const where = scope === 'today'
    ? {
        cleanerId: cleaner._id,
        status: _.in(['dispatched', 'in_service', 'awaiting_confirmation']),
        start: _.lt(shanghaiInstant(addDays(today, 1), '00:00')),
        end: _.gt(shanghaiInstant(today, '00:00'))
      }
    : { cleanerId: cleaner._id, status: 'dispatched', start: _.gt(ctx.now) }
  const r = await ctx.db.collection(COLL.orders).where(where).orderBy('start', 'asc').limit(MAX_JOBS).get()
  return { list: (r.data as OrderDoc[]).map(jobSummary) }
})

// job: one of the calling cleaner's jobs in full (full address only on the job's day, masked phone, requests,
// family notes, photos).
import { z, nameFields } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import type { JobView } from '../core/contract/api/cleaner'
import { cleanerAction } from './cleanerAction'
import { loadOwnJob } from './loadJob'
import { jobView } from './view'

nameFields({ orderId: '订单' })

export const job = cleanerAction(z.object({ orderId: docId }).strict(), async ({ orderId }, ctx, cleaner): Promise<JobView> =>
  jobView(ctx.app, await loadOwnJob(ctx, cleaner._id, orderId), ctx.now))

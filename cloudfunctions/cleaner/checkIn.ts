// checkIn: the cleaner arrives (dispatched -> in_service), on the job's day and at most 2 h before the start
// (rules/attendance), optionally with photos of the home before she starts (her own uploads, core/data/files).
import { z, nameFields } from '../core/runtime'
import { docId, fileIdInput } from '../core/runtime/schemas'
import { assertCheckIn, BEFORE_PHOTOS_MAX } from '../core/rules/attendance'
import { withPhotos } from '../core/data/files'
import { moveOrder, timelineEntry } from '../core/orders/lifecycle'
import type { JobView } from '../core/contract/api/cleaner'
import { cleanerAction } from './cleanerAction'
import { loadOwnJob } from './loadJob'
import { jobView } from './view'

nameFields({ orderId: '订单', photos: '照片' })

const schema = z.object({ orderId: docId, photos: z.array(fileIdInput).max(BEFORE_PHOTOS_MAX).optional() }).strict()

export const checkIn = cleanerAction(schema, async ({ orderId, photos = [] }, ctx, cleaner): Promise<JobView> => {
  const order = await loadOwnJob(ctx, cleaner._id, orderId)
  assertCheckIn(order, ctx.now)
  const checkIn = { at: ctx.now }
  const before = [...new Set(photos)]
  const entry = timelineEntry(ctx, 'checked_in', { kind: 'cleaner', id: cleaner._id, name: cleaner.name })
  await withPhotos(ctx, before, `order:${order._id}:before`,
    () => moveOrder(ctx, order, 'in_service', { checkIn, 'photos.before': before }, entry, { cleanerId: cleaner._id }))
  return jobView(ctx.app, { ...order, status: 'in_service', checkIn, photos: { ...order.photos, before } }, ctx.now)
})

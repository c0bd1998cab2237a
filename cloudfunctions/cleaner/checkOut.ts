// checkOut: the cleaner finishes (in_service -> awaiting_confirmation) with 1-9 photos of the result and an optional
// note (her own uploads, core/data/files). The household then confirms, or the nightly timer confirms 48 h later.
import { z, nameFields } from '../core/runtime'
import { docId, fileIdInput } from '../core/runtime/schemas'
import { AFTER_PHOTOS_MAX, AFTER_PHOTOS_MIN, assertCheckOut, CHECK_OUT_NOTE_MAX } from '../core/rules/attendance'
import { withPhotos } from '../core/data/files'
import { moveOrder, timelineEntry } from '../core/orders/lifecycle'
import type { JobView } from '../core/contract/api/cleaner'
import { cleanerAction } from './cleanerAction'
import { loadOwnJob } from './loadJob'
import { jobView } from './view'

nameFields({ orderId: '订单', photos: '照片', note: '备注' })

const schema = z.object({
  orderId: docId,
  photos: z.array(fileIdInput).max(AFTER_PHOTOS_MAX)
    .refine((list) => list.length >= AFTER_PHOTOS_MIN, { message: `请上传${AFTER_PHOTOS_MIN}-${AFTER_PHOTOS_MAX}张完工照片` }),
  note: z.string().trim().max(CHECK_OUT_NOTE_MAX).optional()
}).strict()

export const checkOut = cleanerAction(schema, async ({ orderId, photos, note = '' }, ctx, cleaner): Promise<JobView> => {
  const order = await loadOwnJob(ctx, cleaner._id, orderId)
  assertCheckOut(order)
  const checkOut = { at: ctx.now, note }
  const after = [...new Set(photos)]
  const entry = timelineEntry(ctx, 'checked_out', { kind: 'cleaner', id: cleaner._id, name: cleaner.name }, note || undefined)
  await withPhotos(ctx, after, `order:${order._id}:after`,
    () => moveOrder(ctx, order, 'awaiting_confirmation', { checkOut, 'photos.after': after }, entry, { cleanerId: cleaner._id }))
  return jobView(ctx.app, { ...order, status: 'awaiting_confirmation', checkOut, photos: { ...order.photos, after } }, ctx.now)
})

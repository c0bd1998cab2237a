// create: the household files a complaint, about one of its own orders or in general. Everything is checked before
// the first write (the order is the caller's and may be complained about, rules/householdOrder; the photos exist in
// storage and are the caller's own, not attached elsewhere: core/data/files claimPhotos; the category, lengths); then the
// work order is filed with its severity, level, SLA and incident check
// (core/complaints fileComplaint). Idempotent on requestKey.
import { action, z } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import { requireCustomer } from '../core/auth/identity'
import { householdOrder } from '../core/auth/household'
import { assertComplainable } from '../core/rules/householdOrder'
import { withPhotos } from '../core/data/files'
import { COMPLAINT_CATEGORIES } from '../core/contract/complaint'
import type { ComplaintView } from '../core/contract/api/complaint'
import { complaintForRequestKey, fileComplaint, householdView } from '../core/complaints'
import { callingHousehold, photosInput, typedText } from './fields'

const schema = z.object({
  orderId: docId.optional(),
  category: z.enum(COMPLAINT_CATEGORIES),
  description: typedText('问题描述', 5, 1000),
  photos: photosInput.optional(),
  contactTime: z.string().trim().refine((s) => Array.from(s).length <= 50, { message: '方便联系的时间不能超过50字' }).optional(),
  requestKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/)
}).strict()

export const create = action(schema, async (input, ctx): Promise<ComplaintView> => {
  const known = await callingHousehold(ctx)
  const replay = await complaintForRequestKey(ctx, input.requestKey, known?._id)
  if (replay) return householdView(ctx, replay)

  const order = input.orderId ? (await householdOrder(ctx, input.orderId)).order : null
  if (order) assertComplainable(order)
  const photos = [...new Set(input.photos ?? [])]

  // the photos are claimed for this request (given back if filing fails); a retry with the same requestKey may reuse them
  const wo = await withPhotos(ctx, photos, `complaint-request:${input.requestKey}`, async () => {
    // a household with no file yet (no orders) may still complain in general: its file is made now, after every check
    const customer = known ?? (await requireCustomer(ctx))
    return fileComplaint(ctx, {
      customer,
      order,
      category: input.category,
      description: input.description,
      photos,
      contactTime: input.contactTime ?? '',
      requestKey: input.requestKey
    })
  })
  return householdView(ctx, wo)
})

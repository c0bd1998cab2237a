// reply: the household adds a message (and photos) to its open complaint. When staff had paused the SLA to wait for
// the household, the clocks run again. Photos must be the household's own uploads, not attached elsewhere.
import { action, z } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import { withPhotos } from '../core/data/files'
import type { ComplaintView } from '../core/contract/api/complaint'
import { applyAction, householdView, householdWorkOrder } from '../core/complaints'
import { callingHousehold, photosInput, typedText } from './fields'

const schema = z.object({
  complaintId: docId,
  text: typedText('留言内容', 1, 500),
  photos: photosInput.optional()
}).strict()

export const reply = action(schema, async ({ complaintId, text, photos }, ctx): Promise<ComplaintView> => {
  const customer = await callingHousehold(ctx)
  const wo = await householdWorkOrder(ctx, customer?._id, complaintId)
  const files = [...new Set(photos ?? [])]
  const { workOrder } = await withPhotos(ctx, files, `complaint:${wo._id}`,
    () => applyAction(ctx, wo, 'reply', { kind: 'household', id: wo.customerId }, { text, photos: files }))
  return householdView(ctx, workOrder)
})

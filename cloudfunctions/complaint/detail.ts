// detail: one of the household's complaints with its household-visible timeline (never internal notes). Another
// household's is NOT_FOUND, as if it did not exist.
import { action, z } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import type { ComplaintView } from '../core/contract/api/complaint'
import { householdView, householdWorkOrder } from '../core/complaints'
import { callingHousehold } from './fields'

export const detail = action(z.object({ complaintId: docId }).strict(), async ({ complaintId }, ctx): Promise<ComplaintView> => {
  const customer = await callingHousehold(ctx)
  return householdView(ctx, await householdWorkOrder(ctx, customer?._id, complaintId))
})

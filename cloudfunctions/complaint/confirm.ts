// confirm: the household answers the proposed resolution. Satisfied (rating 1-5, optional comment): the work order
// closes (an L3 one waits for a manager to close it). Not satisfied (a reason): it reopens, back to investigating.
import { action, z } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import type { ComplaintView } from '../core/contract/api/complaint'
import { applyAction, householdView, householdWorkOrder } from '../core/complaints'
import { callingHousehold, typedText } from './fields'

const schema = z.discriminatedUnion('satisfied', [
  z.object({
    complaintId: docId,
    satisfied: z.literal(true),
    rating: z.number().int().min(1, { message: '评分为1-5星' }).max(5, { message: '评分为1-5星' }),
    comment: typedText('评价内容', 0, 300).optional()
  }).strict(),
  z.object({
    complaintId: docId,
    satisfied: z.literal(false),
    reason: typedText('不满意的原因', 2, 300)
  }).strict()
])

export const confirm = action(schema, async (input, ctx): Promise<ComplaintView> => {
  const customer = await callingHousehold(ctx)
  const wo = await householdWorkOrder(ctx, customer?._id, input.complaintId)
  const household = { kind: 'household' as const, id: wo.customerId }
  const { workOrder } = input.satisfied
    ? await applyAction(ctx, wo, 'confirm', household, { rating: input.rating, comment: input.comment })
    : await applyAction(ctx, wo, 'reopen', household, { reason: input.reason })
  return householdView(ctx, workOrder)
})

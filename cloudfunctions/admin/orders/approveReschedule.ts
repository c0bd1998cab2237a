// orders.approveReschedule: decide a household's request to move a dispatched order. Approve: the order
// moves to the new slot (already held); its cleaner stays if she is free then, else it goes back to pending dispatch.
// Reject: the held slot is released. The work is core/orders/reschedule.ts.
import { z, nameFields } from '../../core/runtime'
import { docId } from '../../core/runtime/schemas'
import { notFound } from '../../core/contract/errors'
import { applyReschedule, rejectReschedule } from '../../core/orders/reschedule'
import { writeAudit } from '../../core/data/audit'
import type { AdminOrderView } from '../../core/contract/api/admin'
import { staffAction } from '../staffAction'
import { loadOrder } from './loadOrder'
import { loadOrderView } from './view'

nameFields({ orderId: '订单', requestIndex: '改约申请', approve: '审批结果', note: '备注' })

const schema = z.object({
  orderId: docId,
  requestIndex: z.number().int().min(0).max(100),
  approve: z.boolean(),
  note: z.string().trim().max(200).optional()
}).strict()

export const approveReschedule = staffAction('supervisor', schema, async ({ orderId, requestIndex, approve, note }, ctx, staff): Promise<AdminOrderView> => {
  const order = await loadOrder(ctx.db, orderId)
  const request = order.reschedules?.[requestIndex]
  if (!request) throw notFound('改约申请不存在，请刷新后重试')
  const decision = { by: { kind: 'staff' as const, id: staff._id, name: staff.name }, ...(note ? { note } : {}) }
  let detail: Record<string, unknown> = { orderNo: order.orderNo, requestId: request.id, approve, to: { date: request.to.date, window: request.to.window } }
  if (approve) {
    const { cleanerKept } = await applyReschedule(ctx, order, request, decision)
    detail = { ...detail, cleanerKept }
  } else {
    await rejectReschedule(ctx, order, request, decision)
  }
  await writeAudit(ctx.db, staff, approve ? 'orders.reschedule.approve' : 'orders.reschedule.reject', order._id, detail, ctx.now)
  return loadOrderView(ctx.db, ctx.app, await loadOrder(ctx.db, orderId), staff)
})

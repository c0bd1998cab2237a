// complaints.detail: one work order in full for the desk (view.ts), with the actions the caller may take.
import { z } from '../../core/runtime'
import type { WorkOrderView } from '../../core/contract/api/complaintsDesk'
import { complaintSettings, loadWorkOrder } from '../../core/complaints'
import { staffAction } from '../staffAction'
import { complaintId } from './fields'
import { workOrderView } from './view'

export const detail = staffAction('agent', z.object({ complaintId }).strict(), async ({ complaintId }, ctx, staff): Promise<WorkOrderView> => {
  const wo = await loadWorkOrder(ctx, complaintId)
  return workOrderView(ctx, wo, staff.role, await complaintSettings(ctx.db))
})

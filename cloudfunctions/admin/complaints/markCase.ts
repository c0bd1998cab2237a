// complaints.markCase: put a closed work order into the case library (典型案例) with a title and the
// lesson learnt, or take it out (isCase: false). Written through core/complaints/caseStudy (conditional on version).
import { z } from '../../core/runtime'
import { invalid } from '../../core/contract/errors'
import type { WorkOrderView } from '../../core/contract/api/complaintsDesk'
import { complaintSettings, loadWorkOrder } from '../../core/complaints'
import { markCaseStudy } from '../../core/complaints/caseStudy'
import { writeAudit } from '../../core/data/audit'
import { staffAction } from '../staffAction'
import { complaintId, typedText } from './fields'
import { workOrderView } from './view'

const schema = z.object({
  complaintId,
  isCase: z.boolean(),
  title: typedText('案例标题', 40).optional(),
  lesson: typedText('经验总结', 500).optional()
}).strict()

export const markCase = staffAction('supervisor', schema, async ({ complaintId, isCase, title, lesson }, ctx, staff): Promise<WorkOrderView> => {
  if (isCase && !title) throw invalid('请填写案例标题')
  if (isCase && !lesson) throw invalid('请填写经验总结')
  const wo = await loadWorkOrder(ctx, complaintId)
  const actor = { kind: 'staff' as const, id: staff._id, role: staff.role, name: staff.name }
  const written = await markCaseStudy(ctx, wo, isCase ? { title: title as string, lesson: lesson as string } : null, actor)
  await writeAudit(ctx.db, staff, isCase ? 'complaints.markCase' : 'complaints.unmarkCase', wo._id, { ticketNo: wo.ticketNo, ...(isCase ? { title } : {}) }, ctx.now)
  return workOrderView(ctx, written, staff.role, await complaintSettings(ctx.db))
})

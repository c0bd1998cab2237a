// complaints.act: one action (`op`) on a work order per call, through
// core/complaints applyAction, which checks it against rules/complaints/workflow (step, level owner, minimum role),
// the compensation limits (a 客服 cannot approve; a 主管 only up to the L2 limit) and writes it conditionally on the
// version the work order had when read (two staff at once: one CONFLICT). `version`, when given, is the version the
// caller's page showed: acting on a stale page is CONFLICT too. Escalations, compensation and closing are audited.
import type { Database } from '../../core/runtime/cloud'
import { z, nameFields } from '../../core/runtime'
import { docId, shanghaiDateInput } from '../../core/runtime/schemas'
import { COMPLAINT_ACTIONS, COMPLAINT_SEVERITIES, type ComplaintAction } from '../../core/contract/complaint'
import { TIME_WINDOW_IDS } from '../../core/contract/order'
import { conflict, notFound } from '../../core/contract/errors'
import { COLL } from '../../core/data/collections'
import { findOne } from '../../core/data/db'
import { writeAudit } from '../../core/data/audit'
import type { StaffDoc } from '../../core/auth/staffAccounts'
import type { WorkOrderView } from '../../core/contract/api/complaintsDesk'
import { applyAction, complaintSettings, loadWorkOrder, VERSION_CONFLICT, type ActionPayload, type ComplaintDoc, type WorkOrderActor } from '../../core/complaints'
import { staffAction } from '../staffAction'
import { choice, complaintId } from './fields'
import { workOrderView } from './view'

nameFields({ compensation: '补偿', amountFen: '补偿金额', serviceId: '返工服务', quantity: '数量', window: '服务时段', compensationN: '补偿序号' })

const schema = z.object({
  complaintId,
  // not `action`: that is the function's own action name in every call ({action: 'complaints.act', ...input})
  op: choice(COMPLAINT_ACTIONS, '工单操作'),
  text: z.string().max(2000).optional(),
  severity: choice(COMPLAINT_SEVERITIES, '严重程度').optional(),
  assigneeId: docId.optional(),
  compensation: z.object({
    kind: choice(['coupon', 'reservice', 're_service'] as const, '补偿方式'),
    amountFen: z.number().int().min(1).max(10_000_000).optional(),
    serviceId: docId.optional(),
    quantity: z.number().int().min(1).max(100).optional(),
    date: shanghaiDateInput.optional(),
    window: choice(TIME_WINDOW_IDS, '服务时段').optional(),
    note: z.string().max(200).optional()
  }).strict().optional(),
  compensationN: z.number().int().min(1).max(100).optional(),
  scriptId: docId.optional(),
  version: z.number().int().min(1).optional()
}).strict()

/** Actions whose every use goes to the audit log (who escalated, who gave what, who closed). */
const AUDITED: readonly ComplaintAction[] = ['escalate', 'compensate', 'approve_compensation', 'close']

async function assigneeOf(db: Database, assigneeId: string | undefined): Promise<ActionPayload['assignee']> {
  if (!assigneeId) return undefined
  const s = await findOne<StaffDoc>(db, COLL.staff, { _id: assigneeId, active: true })
  if (!s) throw notFound('处理人不存在或已停用')
  return { id: s._id, name: s.name, role: s.role }
}

function auditDetail(action: ComplaintAction, before: ComplaintDoc, after: ComplaintDoc): Record<string, unknown> {
  const detail: Record<string, unknown> = { ticketNo: before.ticketNo, step: after.step }
  if (action === 'escalate') Object.assign(detail, { levelFrom: before.level, levelTo: after.level })
  const changed = action === 'compensate'
    ? after.compensations[after.compensations.length - 1]
    : action === 'approve_compensation'
      ? after.compensations.find((c, i) => c.status === 'granted' && before.compensations[i]?.status === 'pending_approval')
      : undefined
  if (changed) Object.assign(detail, { n: changed.n, kind: changed.kind, amountFen: changed.amountFen, status: changed.status, orderNo: changed.reservice?.orderNo ?? null })
  return detail
}

export const act = staffAction('agent', schema, async (input, ctx, staff): Promise<WorkOrderView> => {
  const wo = await loadWorkOrder(ctx, input.complaintId)
  if (input.version !== undefined && input.version !== wo.version) throw conflict(VERSION_CONFLICT, { complaintId: wo._id })
  if (input.scriptId && !(await findOne(ctx.db, COLL.scripts, { _id: input.scriptId }))) throw notFound('话术模板不存在')
  const payload: ActionPayload = {
    text: input.text,
    severity: input.severity,
    assignee: input.op === 'assign' ? await assigneeOf(ctx.db, input.assigneeId) : undefined,
    compensation: input.compensation,
    compensationN: input.compensationN,
    scriptId: input.scriptId
  }
  const actor: WorkOrderActor = { kind: 'staff', id: staff._id, role: staff.role, name: staff.name }
  const { workOrder } = await applyAction(ctx, wo, input.op, actor, payload)
  if (AUDITED.includes(input.op)) {
    await writeAudit(ctx.db, staff, `complaints.${input.op}`, wo._id, auditDetail(input.op, wo, workOrder), ctx.now)
  }
  return workOrderView(ctx, workOrder, staff.role, await complaintSettings(ctx.db))
})

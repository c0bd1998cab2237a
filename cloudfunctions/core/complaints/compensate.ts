// Compensation as a work-order action: proposing it (granted at once when the proposer's role covers the amount,
// otherwise pending approval) and approving a pending one. A coupon gets its id now and is issued after the write;
// a free re-service order is placed before it (see apply.ts).
import type { HandlerContext } from '../runtime/router'
import { denied, invalid, precondition } from '../contract/errors'
import { COMPENSATION_KINDS, type CompensationKind } from '../contract/complaint'
import type { StaffRole } from '../contract/staff'
import type { TimeWindowId } from '../contract/order'
import { compensationApproval, describeCompensation } from '../rules/complaints/compensation'
import type { CompensationRecord, ComplaintDoc, WorkOrderActor } from './complaintDoc'
import type { ComplaintSettings } from './settings'
import { newCouponId, placeReservice, planReservice } from './compensation'
import { optionalText, type ActionPayload, type Draft } from './actionInput'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'app' | 'now'>

function normaliseKind(kind: unknown): CompensationKind {
  const k = kind === 'reservice' ? 're_service' : kind
  if (!(COMPENSATION_KINDS as readonly unknown[]).includes(k)) throw invalid('补偿方式只能是优惠券或免费返工/复检')
  return k as CompensationKind
}

async function grantReservice(ctx: Ctx, wo: ComplaintDoc, rec: CompensationRecord, actor: WorkOrderActor, draft: Draft): Promise<CompensationRecord> {
  const r = rec.reservice
  if (!r) return rec
  const { plan, order } = await planReservice(ctx, wo, { serviceId: r.serviceId, quantity: r.quantity, date: r.date, window: r.window })
  const placed = await placeReservice(ctx, wo, order, plan, actor)
  draft.placedOrder = placed
  return { ...rec, reservice: { ...r, orderId: placed._id, orderNo: placed.orderNo } }
}

export async function proposeCompensation(ctx: Ctx, wo: ComplaintDoc, actor: WorkOrderActor, payload: ActionPayload, settings: ComplaintSettings, draft: Draft): Promise<void> {
  const input = payload.compensation
  if (!input) throw invalid('请填写补偿内容')
  const kind = normaliseKind(input.kind)
  const note = optionalText(input.note ?? payload.text, '补偿说明', 200) ?? ''
  let amountFen = input.amountFen ?? 0
  let reservice: CompensationRecord['reservice'] = null
  if (kind === 're_service') {
    const { plan } = await planReservice(ctx, wo, input)
    amountFen = plan.valueFen
    reservice = { serviceId: plan.service.id, serviceName: plan.service.name, quantity: plan.quantity, date: plan.date, window: plan.window as TimeWindowId, orderId: null, orderNo: null }
  }
  const approval = compensationApproval(kind, amountFen, actor.role as StaffRole, settings.compensationLimits)
  let rec: CompensationRecord = {
    n: (wo.compensations ?? []).length + 1,
    kind,
    amountFen,
    description: describeCompensation(kind, amountFen),
    note,
    status: approval.decision === 'allowed' ? 'granted' : 'pending_approval',
    approver: approval.approver,
    proposedBy: actor,
    proposedAt: ctx.now,
    approvedBy: null,
    approvedAt: null,
    couponId: null,
    reservice
  }
  if (rec.status === 'granted') {
    rec = { ...rec, approvedBy: actor, approvedAt: ctx.now }
    if (kind === 'coupon') rec.couponId = newCouponId()
    else rec = await grantReservice(ctx, wo, rec, actor, draft)
    draft.trailing.push('compensation_approved')
    draft.extras.compensation_approved = { text: rec.description, details: { n: rec.n, kind, amountFen } }
  }
  draft.newCompensation = rec
  draft.extras.compensation_proposed = {
    text: note ? `${rec.description}（${note}）` : rec.description,
    details: { n: rec.n, kind, amountFen, status: rec.status, approver: rec.approver, ...(approval.decision === 'allowed' ? {} : { message: approval.message }) }
  }
}

export async function approveCompensation(ctx: Ctx, wo: ComplaintDoc, actor: WorkOrderActor, payload: ActionPayload, settings: ComplaintSettings, draft: Draft): Promise<void> {
  const list = wo.compensations ?? []
  const index = payload.compensationN !== undefined
    ? list.findIndex((c) => c.n === payload.compensationN && c.status === 'pending_approval')
    : list.map((c) => c.status).lastIndexOf('pending_approval')
  if (index < 0) throw precondition('没有待审批的补偿')
  const pending = list[index]
  const approval = compensationApproval(pending.kind, pending.amountFen, actor.role as StaffRole, settings.compensationLimits)
  if (approval.decision !== 'allowed') throw denied(approval.message, { approver: approval.approver })
  let rec: CompensationRecord = { ...pending, status: 'granted', approvedBy: actor, approvedAt: ctx.now }
  if (rec.kind === 'coupon') rec.couponId = newCouponId()
  else rec = await grantReservice(ctx, wo, rec, actor, draft)
  draft.updatedCompensation = { index, record: rec }
  draft.extras.compensation_approved = { text: rec.description, details: { n: rec.n, kind: rec.kind, amountFen: rec.amountFen } }
}


// Compensation (服务补救): a coupon of an amount in fen, or a free re-service (返工/复检) worth its service's price.
// Who may grant how much: 客服 up to the agent limit (none by default), 主管 up to the L2 limit (¥200 by default),
// anything above needs 经理.
import { COMPENSATION_KIND_LABELS, COMPENSATION_KINDS, type CompensationKind } from '../../contract/complaint'
import { denied, invalid } from '../../contract/errors'
import { STAFF_ROLE_LABELS, roleCovers, type StaffRole } from '../../contract/staff'
import { formatFen } from '../pricing'

export interface CompensationLimits {
  /** The most a 客服 may grant alone, in fen. */
  agentMaxFen: number
  /** The most a 主管 may grant alone, in fen (the L2 limit); above it 经理 approves. */
  supervisorMaxFen: number
}

export const DEFAULT_COMPENSATION_LIMITS: CompensationLimits = { agentMaxFen: 0, supervisorMaxFen: 20_000 }

export type CompensationDecision = 'allowed' | 'needs_supervisor' | 'needs_manager'

export interface CompensationApproval {
  decision: CompensationDecision
  /** The lowest role that may grant it. */
  approver: StaffRole
  message: string
}

/** What a compensation is worth in fen: the coupon's amount, or the price of the service done again. */
export function compensationValueFen(kind: CompensationKind, amountFen: number): number {
  if (!(COMPENSATION_KINDS as readonly string[]).includes(kind)) throw invalid('补偿方式只能是优惠券或免费返工/复检', { kind })
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) {
    throw invalid(kind === 'coupon' ? '优惠券金额必须是正整数分' : '返工服务的价格必须是正整数分', { amountFen })
  }
  return amountFen
}

/** '¥50.00 优惠券' or '免费返工/复检（价值 ¥260.00）'. */
export function describeCompensation(kind: CompensationKind, amountFen: number): string {
  const value = formatFen(compensationValueFen(kind, amountFen))
  return kind === 'coupon' ? `${value} ${COMPENSATION_KIND_LABELS.coupon}` : `${COMPENSATION_KIND_LABELS.re_service}（价值 ${value}）`
}

function approverFor(valueFen: number, limits: CompensationLimits): StaffRole {
  if (valueFen <= limits.agentMaxFen) return 'agent'
  if (valueFen <= limits.supervisorMaxFen) return 'supervisor'
  return 'manager'
}

/**
 * Whether `role` may grant this compensation alone. A re-service's amountFen is its service's price. Amounts up to
 * and including a limit stay within it.
 */
export function compensationApproval(
  kind: CompensationKind,
  amountFen: number,
  role: StaffRole,
  limits: CompensationLimits = DEFAULT_COMPENSATION_LIMITS
): CompensationApproval {
  const value = compensationValueFen(kind, amountFen)
  const approver = approverFor(value, limits)
  const what = describeCompensation(kind, value)
  if (roleCovers(role, approver)) {
    return { decision: 'allowed', approver, message: `可以发放${what}` }
  }
  if (approver === 'manager') {
    return {
      decision: 'needs_manager',
      approver,
      message: `${what}超过主管审批额度 ${formatFen(limits.supervisorMaxFen)}，需经理审批`
    }
  }
  return {
    decision: 'needs_supervisor',
    approver,
    message: `${what}超过客服可直接发放的额度 ${formatFen(limits.agentMaxFen)}，需主管审批`
  }
}

/** Throws PERMISSION_DENIED with the approval message when `role` may not grant it alone. */
export function assertCanGrantCompensation(
  kind: CompensationKind,
  amountFen: number,
  role: StaffRole,
  limits: CompensationLimits = DEFAULT_COMPENSATION_LIMITS
): void {
  const approval = compensationApproval(kind, amountFen, role, limits)
  if (approval.decision !== 'allowed') {
    throw denied(approval.message, { approver: approval.approver, approverLabel: STAFF_ROLE_LABELS[approval.approver] })
  }
}

import type { CompensationKind } from '../../../../cloudfunctions/core/contract/complaint'
import {
  assertCanGrantCompensation,
  compensationApproval,
  DEFAULT_COMPENSATION_LIMITS,
  describeCompensation
} from '../../../../cloudfunctions/core/rules/complaints/compensation'
import { thrownBy } from '../../helpers/thrownBy'

describe('compensationApproval', () => {
  it('lets a supervisor grant up to and including ¥200 by default', () => {
    expect(DEFAULT_COMPENSATION_LIMITS).toEqual({ agentMaxFen: 0, supervisorMaxFen: 20_000 })
    expect(compensationApproval('coupon', 20_000, 'supervisor')).toEqual({
      decision: 'allowed',
      approver: 'supervisor',
      message: '可以发放¥200.00 优惠券'
    })
  })

  it('sends anything above the L2 limit to a manager', () => {
    expect(compensationApproval('coupon', 20_001, 'supervisor')).toEqual({
      decision: 'needs_manager',
      approver: 'manager',
      message: '¥200.01 优惠券超过主管审批额度 ¥200.00，需经理审批'
    })
    expect(compensationApproval('coupon', 100_000, 'manager').decision).toBe('allowed')
  })

  it('counts a free re-service as its service price', () => {
    expect(compensationApproval('re_service', 18_000, 'supervisor').decision).toBe('allowed')
    expect(compensationApproval('re_service', 26_000, 'supervisor')).toEqual({
      decision: 'needs_manager',
      approver: 'manager',
      message: '免费返工/复检（价值 ¥260.00）超过主管审批额度 ¥200.00，需经理审批'
    })
  })

  it('sends an agent to a supervisor unless the settings give agents a small limit', () => {
    expect(compensationApproval('coupon', 1_000, 'agent')).toEqual({
      decision: 'needs_supervisor',
      approver: 'supervisor',
      message: '¥10.00 优惠券超过客服可直接发放的额度 ¥0.00，需主管审批'
    })
    const limits = { agentMaxFen: 3_000, supervisorMaxFen: 50_000 }
    expect(compensationApproval('coupon', 3_000, 'agent', limits).decision).toBe('allowed')
    expect(compensationApproval('coupon', 30_000, 'agent', limits).decision).toBe('needs_supervisor')
    expect(compensationApproval('coupon', 30_000, 'supervisor', limits).decision).toBe('allowed')
    expect(compensationApproval('coupon', 60_000, 'agent', limits).decision).toBe('needs_manager')
  })

  it('refuses amounts that are not positive whole fen, and unknown kinds', () => {
    for (const amount of [0, -100, 12.5, Number.NaN]) {
      expect(thrownBy(() => compensationApproval('coupon', amount, 'manager')).code).toBe('INVALID_ARGUMENT')
    }
    expect(thrownBy(() => compensationApproval('re_service', 0, 'manager')).message).toBe('返工服务的价格必须是正整数分')
    expect(thrownBy(() => compensationApproval('cash' as CompensationKind, 100, 'manager')).message).toBe(
      '补偿方式只能是优惠券或免费返工/复检'
    )
  })
})

describe('assertCanGrantCompensation', () => {
  it('throws PERMISSION_DENIED with the approval message when the role is not enough', () => {
    const error = thrownBy(() => assertCanGrantCompensation('coupon', 30_000, 'supervisor'))
    expect(error.code).toBe('PERMISSION_DENIED')
    expect(error.message).toBe('¥300.00 优惠券超过主管审批额度 ¥200.00，需经理审批')
    expect(error.details).toEqual({ approver: 'manager', approverLabel: '经理' })
    expect(() => assertCanGrantCompensation('coupon', 30_000, 'manager')).not.toThrow()
  })
})

describe('describeCompensation', () => {
  it('writes the {{补偿内容}} of a script', () => {
    expect(describeCompensation('coupon', 5_000)).toBe('¥50.00 优惠券')
    expect(describeCompensation('re_service', 26_000)).toBe('免费返工/复检（价值 ¥260.00）')
  })
})

import { addLeave, assertNoJobsDuringLeave, jobsDuringLeave, leaveSpanProblem, removeLeave } from '../../../cloudfunctions/core/rules/leave'
import { thrownBy } from '../helpers/thrownBy'

const today = '2026-11-23'

describe('leaveSpanProblem', () => {
  it('accepts today and later, one day or many', () => {
    expect(leaveSpanProblem({ from: today, to: today }, today)).toBeNull()
    expect(leaveSpanProblem({ from: '2026-12-01', to: '2027-02-28' }, today)).toBeNull() // 90 days
  })
  it('refuses reversed spans, the past and more than 90 days', () => {
    expect(leaveSpanProblem({ from: '2026-11-25', to: '2026-11-24' }, today)).toBe('请假结束日期不能早于开始日期')
    expect(leaveSpanProblem({ from: '2026-11-22', to: '2026-11-24' }, today)).toBe('不能为已经过去的日期登记请假')
    expect(leaveSpanProblem({ from: '2026-12-01', to: '2027-03-01' }, today)).toBe('一次请假最长90天')
  })
  it('refuses dates that do not exist', () => {
    expect(thrownBy(() => leaveSpanProblem({ from: '2026-02-30', to: '2026-03-01' }, today)).code).toBe('INVALID_ARGUMENT')
  })
})

describe('addLeave / removeLeave', () => {
  const leave = [{ from: '2026-12-10', to: '2026-12-12' }]
  it('keeps spans in date order, with the reason when given', () => {
    expect(addLeave(leave, { from: '2026-12-01', to: '2026-12-01', reason: '体检' }, today)).toEqual([
      { from: '2026-12-01', to: '2026-12-01', reason: '体检' },
      { from: '2026-12-10', to: '2026-12-12' }
    ])
  })
  it('allows touching spans but refuses overlapping ones, naming the other', () => {
    expect(addLeave(leave, { from: '2026-12-13', to: '2026-12-14' }, today)).toHaveLength(2)
    const e = thrownBy(() => addLeave(leave, { from: '2026-12-12', to: '2026-12-14' }, today))
    expect(e.code).toBe('INVALID_ARGUMENT')
    expect(e.message).toBe('与已登记的请假（2026-12-10 至 2026-12-12）重叠')
  })
  it('removes exactly the span with those dates, or NOT_FOUND', () => {
    expect(removeLeave(leave, { from: '2026-12-10', to: '2026-12-12' })).toEqual([])
    const e = thrownBy(() => removeLeave(leave, { from: '2026-12-10', to: '2026-12-11' }))
    expect(e.code).toBe('NOT_FOUND')
    expect(e.message).toBe('没有 2026-12-10 至 2026-12-11 的请假记录')
  })
})

describe('jobs during leave', () => {
  // 2026-11-30 23:00 Shanghai (15:00Z) to 2026-12-01 01:00 Shanghai: touches both days
  const overnight = { orderNo: 'JZ20261130000001', start: new Date('2026-11-30T15:00:00Z'), end: new Date('2026-11-30T17:00:00Z') }
  const morning = { orderNo: 'JZ20261202000002', start: new Date('2026-12-02T00:00:00Z'), end: new Date('2026-12-02T03:00:00Z') }
  it('finds jobs whose Shanghai days meet the span', () => {
    expect(jobsDuringLeave({ from: '2026-12-01', to: '2026-12-01' }, [overnight, morning])).toEqual([overnight])
    expect(jobsDuringLeave({ from: '2026-12-03', to: '2026-12-05' }, [overnight, morning])).toEqual([])
  })
  it('refuses leave over held jobs, listing them', () => {
    const e = thrownBy(() => assertNoJobsDuringLeave({ from: '2026-11-30', to: '2026-12-02' }, [overnight, morning]))
    expect(e.code).toBe('FAILED_PRECONDITION')
    expect(e.message).toBe('请假期间已有2个派单（JZ20261130000001、JZ20261202000002），请先改派后再登记请假')
  })
})

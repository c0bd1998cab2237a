import { assertDispatchable, dispatchRefusal, findConflict, overlaps } from '../../../cloudfunctions/core/rules/dispatch'
import { thrownBy } from '../helpers/thrownBy'

const span = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) })

describe('overlaps', () => {
  const morning = span('2026-11-23T00:00:00Z', '2026-11-23T04:00:00Z')

  it.each([
    ['identical', morning, true],
    ['inside', span('2026-11-23T01:00:00Z', '2026-11-23T02:00:00Z'), true],
    ['around', span('2026-11-22T23:00:00Z', '2026-11-23T05:00:00Z'), true],
    ['over the start', span('2026-11-22T23:00:00Z', '2026-11-23T00:00:00.001Z'), true],
    ['over the end', span('2026-11-23T03:59:59.999Z', '2026-11-23T06:00:00Z'), true],
    ['ending as it starts', span('2026-11-22T22:00:00Z', '2026-11-23T00:00:00Z'), false],
    ['starting as it ends', span('2026-11-23T04:00:00Z', '2026-11-23T08:00:00Z'), false],
    ['another day', span('2026-11-24T00:00:00Z', '2026-11-24T04:00:00Z'), false]
  ])('%s -> %s, both ways', (_name, other, expected) => {
    expect(overlaps(morning, other)).toBe(expected)
    expect(overlaps(other, morning)).toBe(expected)
  })
})

describe('findConflict', () => {
  const job = { _id: 'new', ...span('2026-11-23T05:00:00Z', '2026-11-23T09:00:00Z') }
  const morningJob = { _id: 'a', orderNo: 'JZ20261123000001', ...span('2026-11-23T00:00:00Z', '2026-11-23T05:00:00Z') }
  const longJob = { _id: 'b', orderNo: 'JZ20261123000002', ...span('2026-11-23T00:00:00Z', '2026-11-23T06:00:00Z') }
  const cancelled = { ...job, _id: 'c', status: 'cancelled' as const }

  it('finds nothing among back-to-back jobs', () => {
    expect(findConflict(job, [morningJob])).toBeNull()
    expect(findConflict(job, [])).toBeNull()
  })

  it('returns the overlapping job', () => {
    expect(findConflict(job, [morningJob, longJob])).toBe(longJob)
  })

  it('ignores cancelled jobs and the job itself', () => {
    expect(findConflict(job, [cancelled])).toBeNull()
    expect(findConflict(job, [{ ...job }])).toBeNull()
    expect(findConflict(job, [{ ...cancelled, status: 'dispatched' }])).toEqual({ ...cancelled, status: 'dispatched' })
    expect(findConflict(job, [{ ...job, _id: 'other' }])).toEqual({ ...job, _id: 'other' })
  })

  it('compares jobs without ids', () => {
    const { _id, ...anonymous } = job
    expect(findConflict(anonymous, [{ ...anonymous }])).toEqual(anonymous)
  })
})

describe('assertDispatchable', () => {
  const cleaner = { name: '王阿姨', active: true, skills: ['daily_cleaning', 'maternity_nurse'] as const, leave: [] }
  const job = { category: 'daily_cleaning' as const, ...span('2026-11-23T00:00:00Z', '2026-11-23T03:00:00Z') }

  it('accepts a free, skilled, present cleaner', () => {
    expect(() => assertDispatchable(cleaner, job, [])).not.toThrow()
  })

  it('refuses an inactive cleaner', () => {
    const error = thrownBy(() => assertDispatchable({ ...cleaner, active: false }, job, []))
    expect(error.code).toBe('FAILED_PRECONDITION')
    expect(error.message).toBe('王阿姨已停用，不能派单')
  })

  it('refuses a cleaner without the skill, naming it', () => {
    const error = thrownBy(() => assertDispatchable(cleaner, { ...job, category: 'deep_cleaning' }, []))
    expect(error.message).toBe('王阿姨不具备「深度保洁」技能，请选择其他阿姨')
  })

  it('refuses a cleaner on leave on the job\'s Shanghai day, not the UTC day', () => {
    // 17:30Z on 11-22 is 01:30 on 11-23 in Shanghai.
    const early = { category: 'daily_cleaning' as const, ...span('2026-11-22T17:30:00Z', '2026-11-22T19:30:00Z') }
    const leave23 = { ...cleaner, leave: [{ from: '2026-11-23', to: '2026-11-23' }] }
    const leave22 = { ...cleaner, leave: [{ from: '2026-11-22', to: '2026-11-22' }] }
    expect(thrownBy(() => assertDispatchable(leave23, early, [])).message).toBe('王阿姨在服务期间请假，请选择其他阿姨')
    expect(() => assertDispatchable(leave22, early, [])).not.toThrow()
  })

  it('refuses leave anywhere inside a 26-day maternity term', () => {
    const term = { category: 'maternity_nurse' as const, ...span('2026-11-23T00:00:00Z', '2026-12-19T00:00:00Z') }
    const midLeave = { ...cleaner, leave: [{ from: '2026-12-05', to: '2026-12-05' }] }
    const afterLeave = { ...cleaner, leave: [{ from: '2026-12-20', to: '2026-12-21' }] }
    expect(thrownBy(() => assertDispatchable(midLeave, term, [])).code).toBe('FAILED_PRECONDITION')
    expect(() => assertDispatchable(afterLeave, term, [])).not.toThrow()
  })

  it('refuses an overlapping job with CONFLICT and names it', () => {
    const other = { _id: 'o1', orderNo: 'JZ20261123000007', ...span('2026-11-23T02:00:00Z', '2026-11-23T05:00:00Z') }
    const error = thrownBy(() => assertDispatchable(cleaner, job, [other]))
    expect(error.code).toBe('CONFLICT')
    expect(error.message).toBe('王阿姨在该时段已有服务（JZ20261123000007），请选择其他阿姨')
    expect(error.details).toEqual({ conflictWith: 'o1', orderNo: 'JZ20261123000007' })
  })

  it('calls an unnamed cleaner 该阿姨', () => {
    const { name, ...unnamed } = cleaner
    expect(thrownBy(() => assertDispatchable({ ...unnamed, active: false }, job, [])).message).toBe(
      '该阿姨已停用，不能派单'
    )
  })
})

describe('dispatchRefusal', () => {
  const cleaner = { name: '王阿姨', active: true, skills: ['daily_cleaning'] as const, leave: [] }
  const job = { _id: 'j', category: 'daily_cleaning' as const, ...span('2026-11-23T00:00:00Z', '2026-11-23T03:00:00Z') }

  it('is null when she can take the job', () => {
    expect(dispatchRefusal(cleaner, job, [])).toBeNull()
  })

  it('gives a short reason for candidate lists and the full message for the refusal', () => {
    const clash = { _id: 'o', orderNo: 'JZ20261123000009', ...span('2026-11-23T02:00:00Z', '2026-11-23T04:00:00Z') }
    expect(dispatchRefusal(cleaner, job, [clash])).toEqual({
      kind: 'conflict', reason: '与订单 JZ20261123000009 时间冲突', message: '王阿姨在该时段已有服务（JZ20261123000009），请选择其他阿姨', clash
    })
    expect(dispatchRefusal({ ...cleaner, active: false }, job, [])).toMatchObject({ kind: 'inactive', reason: '已停用' })
    expect(dispatchRefusal({ ...cleaner, leave: [{ from: '2026-11-23', to: '2026-11-23' }] }, job, [])).toMatchObject({ kind: 'leave', reason: '服务期间请假' })
    expect(dispatchRefusal(cleaner, { ...job, category: 'nanny' }, [])).toMatchObject({ kind: 'skill', reason: '不具备「保姆」技能' })
  })

  it('checks in a fixed order: stopped, skill, leave, then clashes', () => {
    const everything = { ...cleaner, active: false, skills: [] as const, leave: [{ from: '2026-11-23', to: '2026-11-23' }] }
    expect(dispatchRefusal(everything, job, [{ ...job, _id: 'x' }])!.kind).toBe('inactive')
    expect(dispatchRefusal({ ...everything, active: true }, job, [{ ...job, _id: 'x' }])!.kind).toBe('skill')
  })
})

import {
  averageFirstResponseMinutes,
  averageResolutionMinutes,
  averageSatisfaction,
  complaintKpis,
  confirmationRate,
  reopenRate,
  slaPassRate,
  topCategories,
  topCleaners,
  type KpiWorkOrder
} from '../../../../cloudfunctions/core/rules/complaints/kpis'
import { sh, WEEKDAYS } from './shanghaiClock'

// Default calendar: every day 08:00-20:00. 2026-11-20 is a Friday.

const O1: KpiWorkOrder = {
  category: 'lateness', customerId: 'h1', cleanerId: 'A', step: 'closed',
  receivedAt: sh('2026-11-20 09:00'), firstResponseAt: sh('2026-11-20 09:30'), resolvedAt: sh('2026-11-20 13:00'),
  confirmedAt: sh('2026-11-20 15:00'), satisfaction: 5
}
const O2: KpiWorkOrder = {
  category: 'damage', customerId: 'h2', cleanerId: 'A', step: 'closed',
  // Answered across the night (60 + 30 business minutes); resolved Saturday noon with an hour paused (60 + 240 - 60).
  receivedAt: sh('2026-11-20 19:00'), firstResponseAt: sh('2026-11-21 08:30'), resolvedAt: sh('2026-11-21 12:00'),
  pauses: [{ start: sh('2026-11-21 09:00'), end: sh('2026-11-21 10:00') }],
  breaches: [{ clock: 'first_response' }], reopenCount: 1, confirmedAt: null
}
const O3: KpiWorkOrder = {
  category: 'lateness', customerId: 'h3', cleanerId: 'B', step: 'awaiting_confirmation',
  receivedAt: sh('2026-11-21 10:00'), firstResponseAt: sh('2026-11-21 10:20'), resolvedAt: sh('2026-11-21 18:00')
}
const O4: KpiWorkOrder = {
  category: 'missed_spots', customerId: 'h1', cleanerId: 'A', step: 'investigating',
  receivedAt: sh('2026-11-23 08:00'), firstResponseAt: sh('2026-11-23 12:00'),
  breaches: [{ clock: 'first_response' }, { clock: 'resolution' }]
}
const O5: KpiWorkOrder = { category: 'other', customerId: 'h4', cleanerId: null, step: 'received', receivedAt: sh('2026-11-23 09:00') }
const O6: KpiWorkOrder = {
  category: 'attitude', customerId: 'h5', cleanerId: 'B', step: 'closed',
  receivedAt: sh('2026-11-23 10:00'), firstResponseAt: sh('2026-11-23 10:10'), resolvedAt: sh('2026-11-23 11:00'),
  confirmedAt: sh('2026-11-23 12:00'), satisfaction: 3
}
const ALL = [O1, O2, O3, O4, O5, O6]

describe('SLA pass rates', () => {
  it('count met and breached clocks, leaving running unbreached ones out', () => {
    expect(slaPassRate(ALL, 'first_response')).toEqual({ met: 3, breached: 2, rate: 0.6 })
    expect(slaPassRate(ALL, 'resolution')).toEqual({ met: 4, breached: 1, rate: 0.8 })
    expect(slaPassRate([O5], 'first_response')).toEqual({ met: 0, breached: 0, rate: null })
  })
})

describe('average times in business minutes', () => {
  it('averages first responses across nights', () => {
    // 30, 90, 20, 240, 10
    expect(averageFirstResponseMinutes(ALL)).toBe(78)
  })

  it('averages resolutions without paused time', () => {
    // 240, 240, 480, 60
    expect(averageResolutionMinutes(ALL)).toBe(255)
  })

  it('uses the calendar it is given', () => {
    expect(averageFirstResponseMinutes([O2], WEEKDAYS)).toBe(60)
  })

  it('is null with nothing to average', () => {
    expect(averageFirstResponseMinutes([O5])).toBeNull()
    expect(averageResolutionMinutes([])).toBeNull()
  })
})

describe('rates over the work orders', () => {
  it('reopen rate: reopened among those that had a resolution proposed', () => {
    expect(reopenRate(ALL)).toEqual({ part: 1, whole: 4, rate: 0.25 })
  })

  it('confirmation rate: answered by the household among the closed', () => {
    expect(confirmationRate(ALL)).toEqual({ part: 2, whole: 3, rate: 2 / 3 })
  })

  it('satisfaction: the mean 1-5 rating, ignoring ratings out of range', () => {
    expect(averageSatisfaction(ALL)).toEqual({ average: 4, count: 2 })
    expect(averageSatisfaction([...ALL, { ...O5, satisfaction: 9 }, { ...O5, satisfaction: 0 }])).toEqual({ average: 4, count: 2 })
  })
})

describe('top lists', () => {
  it('ranks categories by count, ties by id', () => {
    expect(topCategories(ALL, 3)).toEqual([
      { category: 'lateness', label: '迟到', count: 2 },
      { category: 'attitude', label: '服务态度', count: 1 },
      { category: 'damage', label: '物品损坏', count: 1 }
    ])
  })

  it('ranks cleaners by complaints, with their distinct households', () => {
    expect(topCleaners(ALL)).toEqual([
      { cleanerId: 'A', count: 3, households: 2 },
      { cleanerId: 'B', count: 2, households: 2 }
    ])
  })
})

describe('complaintKpis', () => {
  it('puts them together', () => {
    const kpis = complaintKpis(ALL, { top: 1 })
    expect(kpis).toMatchObject({
      total: 6,
      firstResponseSla: { rate: 0.6 },
      resolutionSla: { rate: 0.8 },
      averageFirstResponseMinutes: 78,
      averageResolutionMinutes: 255,
      reopenRate: { rate: 0.25 },
      satisfaction: { average: 4, count: 2 },
      topCategories: [{ category: 'lateness', count: 2 }],
      topCleaners: [{ cleanerId: 'A', count: 3 }]
    })
  })

  it('answers an empty list with zeros and nulls', () => {
    expect(complaintKpis([])).toEqual({
      total: 0,
      firstResponseSla: { met: 0, breached: 0, rate: null },
      resolutionSla: { met: 0, breached: 0, rate: null },
      averageFirstResponseMinutes: null,
      averageResolutionMinutes: null,
      reopenRate: { part: 0, whole: 0, rate: null },
      confirmationRate: { part: 0, whole: 0, rate: null },
      satisfaction: { average: null, count: 0 },
      topCategories: [],
      topCleaners: []
    })
  })
})

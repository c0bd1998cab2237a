import type { SlaBreach } from '../../../../cloudfunctions/core/contract/complaint'
import { slaNextDueAt } from '../../../../cloudfunctions/core/rules/complaints/nextDue'
import { newBreaches, pauseSla, recordFirstResponse, resumeSla, slaClocks, type SlaState } from '../../../../cloudfunctions/core/rules/complaints/sla'
import { sh, WEEKDAYS } from './shanghaiClock'

// 2026-11-20 is a Friday. High severity: first response 30 business minutes, resolution 24 business hours.
const settings = { calendar: WEEKDAYS }
const MS = 1

function workOrder(partial: Partial<SlaState> = {}): SlaState {
  return { severity: 'high', receivedAt: sh('2026-11-20 10:00'), pauses: [], breaches: [], ...partial }
}

const breach = (clock: SlaBreach['clock'], dueAt: Date): SlaBreach => ({ clock, dueAt, detectedAt: dueAt, levelFrom: 'L1', levelTo: 'L2' })
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms)

/** The watch's view: nothing to record at the due instant itself, a breach one millisecond after it. */
function expectWatchAgrees(state: SlaState, due: Date) {
  expect(newBreaches(state, due, settings)).toEqual([])
  expect(newBreaches(state, plus(due, MS), settings).length).toBeGreaterThan(0)
}

describe('slaNextDueAt', () => {
  it('is the first response deadline while nobody has answered', () => {
    const state = workOrder()
    const due = slaNextDueAt(state, settings)
    expect(due).toEqual(sh('2026-11-20 10:30'))
    expectWatchAgrees(state, due!)
  })

  it('crosses the night and the weekend in business time', () => {
    // 10 minutes left on Friday evening, the other 20 on Monday morning
    const state = workOrder({ receivedAt: sh('2026-11-20 19:50') })
    expect(slaNextDueAt(state, settings)).toEqual(sh('2026-11-23 08:20'))
    expectWatchAgrees(state, sh('2026-11-23 08:20'))
  })

  it('ends exactly at closing time when the budget runs out there, not at the next opening', () => {
    expect(slaNextDueAt(workOrder({ receivedAt: sh('2026-11-20 19:30') }), settings)).toEqual(sh('2026-11-20 20:00'))
  })

  it('moves to the resolution deadline once the first response is given in time', () => {
    const state = recordFirstResponse(workOrder(), sh('2026-11-20 10:20'))
    // 24 business hours: the rest of Friday (10 h), Monday (12 h), 2 h on Tuesday
    expect(slaNextDueAt(state, settings)).toEqual(sh('2026-11-24 10:00'))
  })

  it('keeps a late answer due until the breach is recorded, then moves on', () => {
    const late = recordFirstResponse(workOrder(), sh('2026-11-20 11:00'))
    expect(slaNextDueAt(late, settings)).toEqual(sh('2026-11-20 10:30'))
    expect(newBreaches(late, sh('2026-11-20 11:05'), settings).map((b) => b.clock)).toEqual(['first_response'])
    const recorded = { ...late, breaches: [breach('first_response', sh('2026-11-20 10:30'))] }
    expect(slaNextDueAt(recorded, settings)).toEqual(sh('2026-11-24 10:00'))
  })

  it('is null when both clocks are met or both breaches are on record', () => {
    const met = { ...recordFirstResponse(workOrder(), sh('2026-11-20 10:20')), resolvedAt: sh('2026-11-20 15:00') }
    expect(slaNextDueAt(met, settings)).toBeNull()
    const both = workOrder({ breaches: [breach('first_response', sh('2026-11-20 10:30')), breach('resolution', sh('2026-11-24 10:00'))] })
    expect(slaNextDueAt(both, settings)).toBeNull()
  })

  it('is null while paused, and resuming gives the deadline moved by the paused business time', () => {
    const paused = pauseSla(workOrder(), sh('2026-11-20 10:10'), '等待客户回复')
    expect(slaNextDueAt(paused, settings)).toBeNull()
    // a long pause never breaches while it lasts
    expect(newBreaches(paused, sh('2026-11-27 10:00'), settings)).toEqual([])
    const resumed = resumeSla(paused, sh('2026-11-20 12:10'))
    expect(slaNextDueAt(resumed, settings)).toEqual(sh('2026-11-20 12:30'))
    expectWatchAgrees(resumed, sh('2026-11-20 12:30'))
  })

  it('keeps a deadline that had passed before the pause began', () => {
    const paused = pauseSla(workOrder(), sh('2026-11-20 11:00'))
    expect(slaNextDueAt(paused, settings)).toEqual(sh('2026-11-20 10:30'))
    expect(newBreaches(paused, sh('2026-11-20 11:30'), settings).map((b) => b.clock)).toEqual(['first_response'])
  })

  it('does not depend on when it is computed, and agrees with the clocks the desk shows', () => {
    const state = recordFirstResponse(workOrder(), sh('2026-11-20 10:20'))
    const due = slaNextDueAt(state, settings)
    const clock = slaClocks(state, sh('2026-11-21 09:00'), settings).find((c) => c.clock === 'resolution')!
    expect(clock.dueAt).toEqual(due)
  })
})

describe('a stopped clock', () => {
  it('keeps its deadline when a pause opens after it stopped', () => {
    const answered = recordFirstResponse(workOrder(), sh('2026-11-20 10:20'))
    const paused = pauseSla(answered, sh('2026-11-20 10:25'))
    const first = (now: Date) => slaClocks(paused, now, settings).find((c) => c.clock === 'first_response')!
    expect(first(sh('2026-11-23 10:00')).dueAt).toEqual(sh('2026-11-20 10:30'))
    expect(first(sh('2026-11-23 10:00')).status).toBe('met')
  })
})

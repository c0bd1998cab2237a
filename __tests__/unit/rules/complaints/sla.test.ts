import type { SlaBreach } from '../../../../cloudfunctions/core/contract/complaint'
import {
  appendBreaches,
  DEFAULT_SLA_POLICIES,
  elapsedBusinessMinutes,
  newBreaches,
  pauseSla,
  recordFirstResponse,
  recordReopen,
  recordResolutionProposed,
  resumeSla,
  slaClocks,
  slaCountdown,
  slaDueAt,
  slaPolicyFor,
  type SlaState
} from '../../../../cloudfunctions/core/rules/complaints/sla'
import { thrownBy } from '../../helpers/thrownBy'
import { sh, WEEKDAYS } from './shanghaiClock'

// 2026-11-20 is a Friday.

function workOrder(partial: Partial<SlaState> = {}): SlaState {
  return { severity: 'high', receivedAt: sh('2026-11-20 19:50'), pauses: [], breaches: [], ...partial }
}

const statuses = (state: SlaState, now: Date) =>
  Object.fromEntries(slaClocks(state, now).map((view) => [view.clock, view.status]))

describe('SLA policies', () => {
  it('answer high and critical within 30 business minutes, the rest within 2 hours', () => {
    expect(DEFAULT_SLA_POLICIES).toEqual({
      critical: { firstResponseMinutes: 30, resolveMinutes: 480 },
      high: { firstResponseMinutes: 30, resolveMinutes: 1440 },
      medium: { firstResponseMinutes: 120, resolveMinutes: 2880 },
      low: { firstResponseMinutes: 120, resolveMinutes: 4320 }
    })
  })

  it('takes overrides from the settings, part by part', () => {
    expect(slaPolicyFor('high', { policies: { high: { firstResponseMinutes: 15 } } })).toEqual({
      firstResponseMinutes: 15,
      resolveMinutes: 1440
    })
    expect(slaPolicyFor('low', { policies: { high: { firstResponseMinutes: 15 } } })).toEqual(DEFAULT_SLA_POLICIES.low)
  })
})

describe('deadlines', () => {
  it('carry a late-evening complaint across the night', () => {
    const state = workOrder()
    const now = sh('2026-11-20 19:50')
    // 10 minutes on Friday evening, 20 on Saturday morning.
    expect(slaDueAt(state, 'first_response', now)).toEqual(sh('2026-11-21 08:20'))
    // 10 min Friday + 12 h Saturday + 11 h 50 Sunday.
    expect(slaDueAt(state, 'resolution', now)).toEqual(sh('2026-11-22 19:50'))
  })

  it('skip the weekend when the calendar has none', () => {
    const state = workOrder({ severity: 'medium', receivedAt: sh('2026-11-20 19:00') })
    const settings = { calendar: WEEKDAYS }
    expect(slaDueAt(state, 'first_response', state.receivedAt, settings)).toEqual(sh('2026-11-23 09:00'))
    // 1 h Friday + Mon, Tue, Wed 12 h each + 11 h Thursday.
    expect(slaDueAt(state, 'resolution', state.receivedAt, settings)).toEqual(sh('2026-11-26 19:00'))
  })

  it('move by the paused business time when a pause spans the end of a business day', () => {
    const received = sh('2026-11-20 17:00')
    const plain = workOrder({ severity: 'critical', receivedAt: received })
    const paused = workOrder({
      severity: 'critical',
      receivedAt: received,
      pauses: [{ start: sh('2026-11-20 19:00'), end: sh('2026-11-21 09:00') }]
    })
    const now = sh('2026-11-21 09:00')
    expect(slaDueAt(plain, 'resolution', now)).toEqual(sh('2026-11-21 13:00'))
    // Fri 19-20 and Sat 08-09 were paused: two business hours later.
    expect(slaDueAt(paused, 'resolution', now)).toEqual(sh('2026-11-21 15:00'))
    expect(slaDueAt(paused, 'first_response', now)).toEqual(sh('2026-11-20 17:30'))
    expect(elapsedBusinessMinutes(paused, sh('2026-11-21 10:00'))).toBe(180)
  })

  it('keep moving while a pause is still open, so a waiting work order never breaches', () => {
    const state = workOrder({
      severity: 'critical',
      receivedAt: sh('2026-11-20 17:00'),
      firstResponseAt: sh('2026-11-20 17:10'),
      pauses: [{ start: sh('2026-11-20 19:00'), end: null }]
    })
    const now = sh('2026-11-21 14:00') // past the unpaused deadline (Sat 13:00)
    // 2 h before the pause, then 6 h from now.
    expect(slaDueAt(state, 'resolution', now)).toEqual(sh('2026-11-21 20:00'))
    expect(statuses(state, now)).toEqual({ first_response: 'met', resolution: 'paused' })
    expect(newBreaches(state, now)).toEqual([])
  })
})

describe('newBreaches', () => {
  const due = sh('2026-11-21 08:20')

  it('finds an unanswered complaint past its first-response deadline', () => {
    const now = sh('2026-11-21 08:21')
    expect(newBreaches(workOrder(), now)).toEqual([{ clock: 'first_response', dueAt: due, detectedAt: now }])
  })

  it('finds nothing before or exactly at the deadline', () => {
    expect(newBreaches(workOrder(), sh('2026-11-21 08:20'))).toEqual([])
    expect(newBreaches(workOrder({ firstResponseAt: due }), sh('2026-11-21 12:00'))).toEqual([])
  })

  it('finds a late answer even when the timer runs after it', () => {
    const now = sh('2026-11-21 09:00')
    const state = workOrder({ firstResponseAt: sh('2026-11-21 08:40') })
    expect(newBreaches(state, now)).toEqual([{ clock: 'first_response', dueAt: due, detectedAt: now }])
  })

  it('finds both clocks when the timer was down past both deadlines', () => {
    const now = sh('2026-11-23 10:00')
    expect(newBreaches(workOrder(), now).map((breach) => breach.clock)).toEqual(['first_response', 'resolution'])
  })

  it('never finds a breach already on record again', () => {
    const recorded: SlaBreach = { clock: 'first_response', dueAt: due, detectedAt: sh('2026-11-21 08:25'), levelFrom: 'L2', levelTo: 'L3' }
    const state = workOrder({ breaches: [recorded] })
    expect(newBreaches(state, sh('2026-11-21 09:00'))).toEqual([])
    expect(newBreaches(state, sh('2026-11-23 10:00')).map((breach) => breach.clock)).toEqual(['resolution'])
  })
})

describe('breaches are never erased', () => {
  const recorded: SlaBreach = {
    clock: 'first_response',
    dueAt: sh('2026-11-21 08:20'),
    detectedAt: sh('2026-11-21 08:25'),
    levelFrom: 'L2',
    levelTo: 'L3'
  }

  it('keeps a recorded breach after the answer finally comes', () => {
    const answered = recordFirstResponse(workOrder({ breaches: [recorded] }), sh('2026-11-21 09:00'))
    expect(statuses(answered, sh('2026-11-21 09:05')).first_response).toBe('breached')
  })

  it('keeps a recorded breach when the severity is lowered and the deadline moves later', () => {
    const lowered = workOrder({ severity: 'low', breaches: [recorded], firstResponseAt: sh('2026-11-21 09:00') })
    expect(slaDueAt(lowered, 'first_response', sh('2026-11-21 09:05'))).toEqual(sh('2026-11-21 09:50'))
    expect(statuses(lowered, sh('2026-11-21 09:05')).first_response).toBe('breached')
    expect(newBreaches(lowered, sh('2026-11-21 09:05'))).toEqual([])
  })

  it('appends new breaches and keeps every old one as it was', () => {
    const fresh: SlaBreach = { ...recorded, clock: 'resolution', dueAt: sh('2026-11-22 19:50'), detectedAt: sh('2026-11-22 20:00') }
    const duplicate: SlaBreach = { ...recorded, detectedAt: sh('2026-11-22 20:00'), levelTo: 'L3' }
    const result = appendBreaches([recorded], [duplicate, fresh])
    expect(result).toHaveLength(2)
    expect(result[0]).toBe(recorded)
    expect(result[1]).toBe(fresh)
    expect(appendBreaches([recorded], [])).toEqual([recorded])
  })
})

describe('clock changes', () => {
  it('pauses and resumes, refusing a second pause or a resume without one', () => {
    const paused = pauseSla(workOrder(), sh('2026-11-21 09:00'), '等待客户提供照片')
    expect(paused.pauses).toEqual([{ start: sh('2026-11-21 09:00'), end: null, reason: '等待客户提供照片' }])
    expect(thrownBy(() => pauseSla(paused, sh('2026-11-21 09:10'))).code).toBe('FAILED_PRECONDITION')
    const resumed = resumeSla(paused, sh('2026-11-21 10:00'))
    expect(resumed.pauses).toEqual([{ start: sh('2026-11-21 09:00'), end: sh('2026-11-21 10:00'), reason: '等待客户提供照片' }])
    expect(thrownBy(() => resumeSla(resumed, sh('2026-11-21 10:10'))).message).toBe('计时没有暂停')
  })

  it('keeps the first response the first', () => {
    const once = recordFirstResponse(workOrder(), sh('2026-11-21 08:00'))
    expect(recordFirstResponse(once, sh('2026-11-21 09:00')).firstResponseAt).toEqual(sh('2026-11-21 08:00'))
  })

  it('stops the resolution clock on a proposal and counts the wait for the household as paused on reopen', () => {
    const state = workOrder({ severity: 'critical', receivedAt: sh('2026-11-20 09:00'), firstResponseAt: sh('2026-11-20 09:10') })
    const proposed = recordResolutionProposed(state, sh('2026-11-20 12:00'))
    expect(statuses(proposed, sh('2026-11-21 18:00')).resolution).toBe('met')
    const reopened = recordReopen(proposed, sh('2026-11-21 10:00'))
    expect(reopened.resolvedAt).toBeNull()
    expect(reopened.pauses).toEqual([{ start: sh('2026-11-20 12:00'), end: sh('2026-11-21 10:00') }])
    // 3 business hours were used before the proposal; 5 remain from the reopen.
    expect(slaDueAt(reopened, 'resolution', sh('2026-11-21 10:00'))).toEqual(sh('2026-11-21 15:00'))
    expect(thrownBy(() => recordReopen(reopened, sh('2026-11-21 11:00'))).code).toBe('FAILED_PRECONDITION')
  })

  it('ends an open pause when a resolution is proposed', () => {
    const paused = pauseSla(workOrder(), sh('2026-11-21 09:00'))
    const proposed = recordResolutionProposed(paused, sh('2026-11-21 11:00'))
    expect(proposed.pauses).toEqual([{ start: sh('2026-11-21 09:00'), end: sh('2026-11-21 11:00') }])
    expect(proposed.resolvedAt).toEqual(sh('2026-11-21 11:00'))
  })
})

describe('slaCountdown', () => {
  // medium: first response 2 business hours, resolution 48; received Monday 09:00 (every day open 08:00-20:00)
  const received = sh('2026-11-23 09:00')
  const medium = (partial: Partial<SlaState> = {}): SlaState =>
    ({ severity: 'medium', receivedAt: received, pauses: [], breaches: [], ...partial })

  it('is ok while both clocks have time, and the next deadline is the first response', () => {
    const view = slaCountdown(medium(), sh('2026-11-23 09:30'))
    expect(view).toMatchObject({ state: 'ok', nextClock: 'first_response', breached: [] })
    expect(view.nextDue).toEqual(sh('2026-11-23 11:00'))
  })

  it('warns in the last quarter of a clock', () => {
    expect(slaCountdown(medium(), sh('2026-11-23 10:30')).state).toBe('warning')
    expect(slaCountdown(medium(), sh('2026-11-23 10:29')).state).toBe('ok')
  })

  it('is overdue past a deadline until the breach is recorded, then breached', () => {
    const late = slaCountdown(medium(), sh('2026-11-23 11:01'))
    expect(late).toMatchObject({ state: 'overdue', breached: ['first_response'], nextClock: 'first_response' })
    const breach = { clock: 'first_response' as const, dueAt: sh('2026-11-23 11:00'), detectedAt: sh('2026-11-23 11:05'), levelFrom: 'L1' as const, levelTo: 'L2' as const }
    const recorded = slaCountdown(medium({ breaches: [breach], firstResponseAt: sh('2026-11-23 11:10') }), sh('2026-11-23 12:00'))
    expect(recorded).toMatchObject({ state: 'breached', breached: ['first_response'], nextClock: 'resolution' })
  })

  it('is met when no clock runs any more, and the next deadline is gone', () => {
    const done = slaCountdown(medium({ firstResponseAt: sh('2026-11-23 09:20'), resolvedAt: sh('2026-11-23 15:00') }), sh('2026-11-24 09:00'))
    expect(done).toMatchObject({ state: 'met', nextDue: null, nextClock: null, breached: [] })
  })
})

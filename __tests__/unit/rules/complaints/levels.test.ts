import type { ComplaintLevel } from '../../../../cloudfunctions/core/contract/complaint'
import {
  canHandleLevel,
  escalateForBreaches,
  INCIDENT_LEVEL,
  initialLevel,
  levelAfterAssessment,
  nextLevel
} from '../../../../cloudfunctions/core/rules/complaints/levels'
import { appendBreaches, newBreaches, recordFirstResponse, type SlaState } from '../../../../cloudfunctions/core/rules/complaints/sla'
import { sh } from './shanghaiClock'


describe('levels', () => {
  it('start from the severity: low and medium at L1, high at L2, critical at L3', () => {
    expect([initialLevel('low'), initialLevel('medium'), initialLevel('high'), initialLevel('critical')]).toEqual([
      'L1',
      'L1',
      'L2',
      'L3'
    ])
    expect(INCIDENT_LEVEL).toBe('L3')
  })

  it('rise with a reassessment but never fall', () => {
    expect(levelAfterAssessment('L1', 'critical')).toBe('L3')
    expect(levelAfterAssessment('L2', 'low')).toBe('L2')
    expect(levelAfterAssessment('L1', 'medium')).toBe('L1')
  })

  it('climb one at a time and stop at L3', () => {
    expect(nextLevel('L1')).toBe('L2')
    expect(nextLevel('L2')).toBe('L3')
    expect(nextLevel('L3')).toBe('L3')
  })

  it('need the owning role or above: L2 a supervisor, L3 a manager', () => {
    expect(canHandleLevel('agent', 'L1')).toBe(true)
    expect(canHandleLevel('agent', 'L2')).toBe(false)
    expect(canHandleLevel('supervisor', 'L2')).toBe(true)
    expect(canHandleLevel('supervisor', 'L3')).toBe(false)
    expect(canHandleLevel('manager', 'L3')).toBe(true)
    expect(canHandleLevel('manager', 'L1')).toBe(true)
  })
})

describe('escalateForBreaches', () => {
  const found = (clock: 'first_response' | 'resolution') => ({ clock, dueAt: sh('2026-11-21 08:20'), detectedAt: sh('2026-11-21 08:30') })

  it('lifts one level per breach and stamps each breach with its escalation', () => {
    expect(escalateForBreaches('L1', [found('first_response')])).toEqual({
      level: 'L2',
      breaches: [{ ...found('first_response'), levelFrom: 'L1', levelTo: 'L2' }]
    })
    const two = escalateForBreaches('L1', [found('first_response'), found('resolution')])
    expect(two.level).toBe('L3')
    expect(two.breaches.map((b) => [b.levelFrom, b.levelTo])).toEqual([
      ['L1', 'L2'],
      ['L2', 'L3']
    ])
  })

  it('keeps L3 at L3 and changes nothing without a breach', () => {
    expect(escalateForBreaches('L3', [found('resolution')]).breaches[0]).toMatchObject({ levelFrom: 'L3', levelTo: 'L3' })
    expect(escalateForBreaches('L2', [])).toEqual({ level: 'L2', breaches: [] })
  })
})

describe('the sla-watch timer escalates exactly once per breach', () => {
  // What the timer does for one work order: find new breaches, escalate for them, append them.
  type WatchedOrder = SlaState & { level: ComplaintLevel }
  function tick(order: WatchedOrder, now: Date): WatchedOrder {
    const escalation = escalateForBreaches(order.level, newBreaches(order, now))
    return { ...order, level: escalation.level, breaches: appendBreaches(order.breaches, escalation.breaches) }
  }

  it('escalates at the first-response breach, not again on later runs, and once more at the resolution breach', () => {
    // A medium complaint on Friday 10:00: answer due 12:00, resolution due 48 business hours later (Tue 10:00).
    let order: WatchedOrder = { severity: 'medium', receivedAt: sh('2026-11-20 10:00'), pauses: [], breaches: [], level: 'L1' }

    order = tick(order, sh('2026-11-20 11:59'))
    expect(order.level).toBe('L1')

    order = tick(order, sh('2026-11-20 12:05'))
    expect(order.level).toBe('L2')
    expect(order.breaches).toHaveLength(1)

    order = tick(order, sh('2026-11-20 12:10'))
    order = recordFirstResponse(tick(order, sh('2026-11-20 13:00')), sh('2026-11-20 13:00'))
    order = tick(order, sh('2026-11-21 09:00'))
    expect(order.level).toBe('L2')
    expect(order.breaches).toHaveLength(1)

    order = tick(order, sh('2026-11-24 10:01'))
    expect(order.level).toBe('L3')
    expect(order.breaches.map((b) => [b.clock, b.levelFrom, b.levelTo])).toEqual([
      ['first_response', 'L1', 'L2'],
      ['resolution', 'L2', 'L3']
    ])

    const settled = tick(tick(order, sh('2026-11-25 10:00')), sh('2026-11-30 10:00'))
    expect(settled.level).toBe('L3')
    expect(settled.breaches).toEqual(order.breaches)
  })
})

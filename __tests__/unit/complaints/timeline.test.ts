import { COMPLAINT_TIMELINE_EVENTS } from '../../../cloudfunctions/core/contract/complaint'
import { eventVisibility, householdTimeline, newEvent } from '../../../cloudfunctions/core/complaints/timeline'
import { liveSla } from '../../../cloudfunctions/core/complaints/slaView'
import { statusOfStep } from '../../../cloudfunctions/core/complaints/complaintDoc'

const at = new Date('2026-11-20T02:00:00Z')
const staff = { kind: 'staff' as const, id: 's1', role: 'agent' as const, name: '客服小周' }

describe('timeline visibility', () => {
  it('shows the household its own messages, replies, steps, the resolution and the outcome, nothing else', () => {
    const visible = COMPLAINT_TIMELINE_EVENTS.filter((type) => eventVisibility(type) === 'household')
    expect(visible).toEqual(['created', 'household_message', 'reply', 'step_changed', 'resolution_proposed', 'household_confirmed', 'household_reopened', 'closed'])
  })

  it('never shows a note, even one stored as household-visible', () => {
    const note = { ...newEvent('note', at, staff, { text: '内部' }), visibility: 'household' as const }
    const reply = newEvent('reply', at, staff, { text: '您好' })
    const breach = newEvent('sla_breached', at, { kind: 'system' })
    expect(householdTimeline([note, reply, breach])).toEqual([reply])
  })

  it('leaves out empty extras and gives every event its own id', () => {
    const a = newEvent('reply', at, staff, { text: '', photos: [] })
    const b = newEvent('reply', at, staff)
    expect(a).toEqual({ id: expect.stringMatching(/^ev_/), type: 'reply', at, actor: staff, visibility: 'household' })
    expect(a.id).not.toBe(b.id)
  })
})

describe('status of a step', () => {
  it('is open until a resolution waits for the household, then closed', () => {
    expect(['received', 'assessed', 'investigating', 'resolving', 'awaiting_confirmation', 'closed'].map((s: any) => statusOfStep(s)))
      .toEqual(['open', 'open', 'open', 'open', 'awaiting_confirmation', 'closed'])
  })
})

describe('liveSla (the desk)', () => {
  // every day 08:00-20:00; received Friday 10:00 Shanghai, low severity: first response due 12:00
  const receivedAt = new Date('2026-11-20T02:00:00Z')
  const wo = (over: any = {}) => ({ severity: 'low' as const, sla: { receivedAt, firstResponseAt: null, resolvedAt: null, pauses: [], breached: [], firstResponseDue: receivedAt, resolveDue: receivedAt, ...over } })
  const settings = { sla: {} }

  it('is ok, then warning within 30 minutes, then overdue, then breached once recorded', () => {
    expect(liveSla(wo(), new Date('2026-11-20T02:30:00Z'), settings)).toMatchObject({ state: 'ok', nextDue: new Date('2026-11-20T04:00:00Z') })
    expect(liveSla(wo(), new Date('2026-11-20T03:45:00Z'), settings).state).toBe('warning')
    expect(liveSla(wo(), new Date('2026-11-20T04:01:00Z'), settings).state).toBe('overdue')
    const breached = [{ clock: 'first_response', dueAt: new Date('2026-11-20T04:00:00Z'), detectedAt: new Date('2026-11-20T04:05:00Z'), levelFrom: 'L1', levelTo: 'L2' }]
    expect(liveSla(wo({ breached }), new Date('2026-11-20T04:06:00Z'), settings)).toMatchObject({ state: 'breached', breached: ['first_response'] })
  })

  it('is met when both clocks stopped in time, and reports a pause', () => {
    const met = wo({ firstResponseAt: new Date('2026-11-20T02:10:00Z'), resolvedAt: new Date('2026-11-20T03:00:00Z') })
    expect(liveSla(met, new Date('2026-11-25T00:00:00Z'), settings)).toMatchObject({ state: 'met', nextDue: null })
    const paused = wo({ pauses: [{ start: new Date('2026-11-20T02:05:00Z'), end: null }] })
    expect(liveSla(paused, new Date('2026-11-20T06:00:00Z'), settings)).toMatchObject({ paused: true, state: 'ok' })
  })
})

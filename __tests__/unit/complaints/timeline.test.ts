import { COMPLAINT_TIMELINE_EVENTS } from '../../../cloudfunctions/core/contract/complaint'
import { eventVisibility, householdTimeline, newEvent } from '../../../cloudfunctions/core/complaints/timeline'
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


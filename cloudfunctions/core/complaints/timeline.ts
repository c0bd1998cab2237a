// Timeline events of a work order and who may see them. The household sees its own messages, staff replies, the
// steps, the proposed resolution and the outcome; everything else (notes, levels, assignment, SLA, compensation
// bookkeeping, incidents) is internal. householdTimeline checks both the stored visibility and the type, so an
// internal note can never reach the household even if it was stored with the wrong visibility.
import crypto from 'node:crypto'
import type { ComplaintTimelineEventType } from '../contract/complaint'
import type { EventVisibility, WorkOrderActor, WorkOrderEvent } from './complaintDoc'

export const HOUSEHOLD_VISIBLE_EVENTS: readonly ComplaintTimelineEventType[] = [
  'created',
  'household_message',
  'reply',
  'step_changed',
  'resolution_proposed',
  'household_confirmed',
  'household_reopened',
  'closed'
]

export function eventVisibility(type: ComplaintTimelineEventType): EventVisibility {
  return HOUSEHOLD_VISIBLE_EVENTS.includes(type) ? 'household' : 'internal'
}

export interface EventExtra {
  text?: string
  from?: string
  to?: string
  details?: Record<string, unknown>
  photos?: string[]
}

export function newEventId(): string {
  return `ev_${crypto.randomBytes(6).toString('hex')}`
}

/** One timeline entry; undefined extras are left out (the stored entry stays small). */
export function newEvent(type: ComplaintTimelineEventType, at: Date, actor: WorkOrderActor, extra: EventExtra = {}): WorkOrderEvent {
  const event: WorkOrderEvent = { id: newEventId(), type, at, actor, visibility: eventVisibility(type) }
  if (extra.text) event.text = extra.text
  if (extra.from !== undefined) event.from = extra.from
  if (extra.to !== undefined) event.to = extra.to
  if (extra.details) event.details = extra.details
  if (extra.photos?.length) event.photos = extra.photos
  return event
}

/** The events the household may see, in order. */
export function householdTimeline(events: readonly WorkOrderEvent[]): WorkOrderEvent[] {
  return events.filter((e) => e.visibility === 'household' && HOUSEHOLD_VISIBLE_EVENTS.includes(e.type))
}

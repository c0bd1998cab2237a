// What one work-order action carries (ActionPayload), the checks on its texts, and the Draft: the changes an action
// collects before apply.ts writes them in one version-conditional update.
import { invalid } from '../contract/errors'
import type { CompensationKind, ComplaintSeverity, ComplaintTimelineEventType } from '../contract/complaint'
import type { StaffRole } from '../contract/staff'
import type { SlaState } from '../rules/complaints/sla'
import type { OrderDoc } from '../orders/orderDoc'
import type { CompensationRecord, ComplaintDoc } from './complaintDoc'
import type { EventExtra } from './timeline'
import type { ReserviceInput } from './compensation'

export const TEXT_MAX = 500

export interface CompensationInput extends ReserviceInput {
  /** 'reservice' is accepted as another spelling of 're_service' */
  kind: CompensationKind | 'reservice'
  /** a coupon's amount (a re-service is valued at its service price) */
  amountFen?: number
  note?: string
}

/** What an action may carry; each action reads only its own fields. */
export interface ActionPayload {
  /** reply, note, propose_resolution (required); pause_sla (the reason), escalate, close, compensate (optional) */
  text?: string
  /** fileIDs already checked to exist (household replies) */
  photos?: string[]
  /** assess */
  severity?: ComplaintSeverity
  /** assign */
  assignee?: { id: string; name: string; role: StaffRole }
  /** compensate */
  compensation?: CompensationInput
  /** approve_compensation: which pending compensation (default: the latest pending one) */
  compensationN?: number
  /** confirm */
  rating?: number
  comment?: string
  /** reopen */
  reason?: string
  /** the 话术模板 used, recorded on the event */
  scriptId?: string
}

export function requiredText(payload: ActionPayload, what: string): string {
  const text = payload.text?.trim() ?? ''
  if (!text) throw invalid(`请填写${what}`)
  if (Array.from(text).length > TEXT_MAX) throw invalid(`${what}不能超过${TEXT_MAX}字`)
  return text
}

export function optionalText(value: string | undefined, what: string, max = TEXT_MAX): string | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (Array.from(text).length > max) throw invalid(`${what}不能超过${max}字`)
  return text
}

export interface Draft {
  /** the update's own fields (database commands allowed) */
  patch: Record<string, unknown>
  /** the same changes as plain values, for the work order returned */
  local: Partial<ComplaintDoc>
  sla: SlaState
  extras: Partial<Record<ComplaintTimelineEventType, EventExtra>>
  /** events besides the plan's, appended after them (e.g. a household reply resuming the clocks) */
  trailing: ComplaintTimelineEventType[]
  newCompensation: CompensationRecord | null
  updatedCompensation: { index: number; record: CompensationRecord } | null
  placedOrder: OrderDoc | null
}


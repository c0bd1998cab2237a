// Response (and input) types of the `complaint` function (docs/api.md, complaint). src/ imports these as types only.
// Instants are ISO strings; the household never sees internal events (notes, levels, SLA, assignment).
import type { Page } from './page'
import type { PhotoView } from './booking'
import type { ComplaintCategory, ComplaintStep, ComplaintTimelineEventType } from '../complaint'

export type ComplaintStatus = 'open' | 'awaiting_confirmation' | 'closed'

/** The subscription template to request when filing (weapp requestSubscribeMessage, h5 POST /api/_local/subscribe). */
export interface ComplaintTemplatesView {
  complaintProgress: string
}

export interface CreateComplaintInput {
  /** the household's own order the complaint is about (optional: a complaint may be general) */
  orderId?: string
  category: ComplaintCategory
  /** 5-1000 characters */
  description: string
  /** up to 6 fileIDs ('cloud://...') from the upload */
  photos?: string[]
  /** when to call back, at most 50 characters, e.g. '工作日晚上7点后' */
  contactTime?: string
  /** 8-64 of [A-Za-z0-9_-], one per filing attempt: a repeat returns the same work order */
  requestKey: string
}

export interface ComplaintSummary {
  id: string
  ticketNo: string
  category: ComplaintCategory
  categoryLabel: string
  step: ComplaintStep
  stepLabel: string
  status: ComplaintStatus
  statusLabel: string
  createdAt: string
  orderNo: string | null
  lastEventAt: string
}

export interface ComplaintEventView {
  id: string
  type: ComplaintTimelineEventType
  label: string
  at: string
  actor: 'household' | 'staff' | 'system'
  /** '您', the staff member's name, or '系统' */
  actorLabel: string
  text?: string
  photos?: PhotoView[]
}

export interface ComplaintOrderView {
  id: string
  orderNo: string
  serviceName: string
  /** '11月23日 周一 上午 08:00-12:00' */
  slotLabel: string
}

export interface ComplaintView extends ComplaintSummary {
  description: string
  photos: PhotoView[]
  contactTime: string
  /** the five steps for a progress bar: done / current */
  steps: Array<{ step: ComplaintStep; label: string; done: boolean; current: boolean }>
  order: ComplaintOrderView | null
  /** household-visible events only, oldest first */
  timeline: ComplaintEventView[]
  /** the resolution on the table (awaiting confirmation) or accepted (closed) */
  resolution: { text: string; compensation: string[]; proposedAt: string } | null
  confirmation: { satisfied: boolean; rating?: number; comment?: string; reason?: string; at: string } | null
  canConfirm: boolean
  canReply: boolean
  /** the last progress notice could not be delivered (no subscription acceptance left): staff will phone */
  mustCall: boolean
  /** the hotline, for 拨打电话 */
  servicePhone: string
}

export interface ReplyInput {
  complaintId: string
  /** 1-500 characters */
  text: string
  photos?: string[]
}

export type ConfirmInput =
  | { complaintId: string; satisfied: true; rating: number; comment?: string }
  | { complaintId: string; satisfied: false; reason: string }

export type ComplaintPage = Page<ComplaintSummary>
export type { Page }

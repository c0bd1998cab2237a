// complaint: the household's side of service recovery — the subscription template to accept, filing a complaint, the
// list and one complaint, a message to staff, and the answer to a proposed resolution (docs/api.md, complaint).
// Shapes come from the backend contract (types only; erased at build).
import type {
  ComplaintPage, ComplaintTemplatesView, ComplaintView, ConfirmInput, CreateComplaintInput, ReplyInput
} from '@core/contract/api/complaint'
import { call } from './transport'

export type {
  ComplaintEventView, ComplaintOrderView, ComplaintPage, ComplaintStatus, ComplaintSummary, ComplaintTemplatesView,
  ComplaintView, ConfirmInput, CreateComplaintInput, ReplyInput
} from '@core/contract/api/complaint'

export const templates = () => call<ComplaintTemplatesView>('complaint', 'templates')
export const create = (input: CreateComplaintInput) => call<ComplaintView>('complaint', 'create', input)
export const list = (input: { cursor?: string | null; limit?: number } = {}) => call<ComplaintPage>('complaint', 'list', input)
export const detail = (input: { complaintId: string }) => call<ComplaintView>('complaint', 'detail', input)
export const reply = (input: ReplyInput) => call<ComplaintView>('complaint', 'reply', input)
/** satisfied: rating 1-5 and an optional comment (closes); not satisfied: a reason (reopens) */
export const confirm = (input: ConfirmInput) => call<ComplaintView>('complaint', 'confirm', input)

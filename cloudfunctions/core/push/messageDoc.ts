// The stored outbox entry (collection `messages`): what to send to whom, when at the earliest, and what became of it.
// user.messages lists the sent ones (title, content) in the household's message centre.
import type { MessageKind, MessageStatus, PushTemplate } from '../contract/push'

/** WeChat's subscription-message body: {thing1: {value: '...'}, time2: {value: '...'}}. */
export type WxMessageData = Record<string, { value: string }>

export interface MessageDoc {
  _id: string
  /** unique: a second enqueue with the same key is a no-op returning this message */
  dedupeKey: string
  openid: string
  customerId: string | null
  /** our template name; templateId is WeChat's id for it (settings 'wx_templates'), fixed at enqueue */
  template: PushTemplate
  templateId: string
  kind: MessageKind
  /** what the message centre shows */
  title: string
  content: string
  data: WxMessageData
  /** the mini-program page the message opens */
  page: string | null
  status: MessageStatus
  /** not to be sent before this instant (marketing: after the quiet hours) */
  notBefore: Date
  /** set by the claim (queued -> sending); only the claimer records the outcome */
  claimId: string | null
  claimedAt: Date | null
  sentAt: Date | null
  finishedAt: Date | null
  /** WeChat's answer, when there was one */
  result: { errcode?: number; errmsg?: string; msgid?: string } | null
  /** why it was suppressed / ended no_quota / failed (Chinese, for staff) */
  reason: string | null
  /** what it is about, e.g. {complaintId, eventId} */
  source: Record<string, unknown> | null
  createdAt: Date
  updatedAt: Date
}

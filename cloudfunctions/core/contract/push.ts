// The push outbox's vocabulary: our message templates (with the settings key and local default of each one's WeChat
// template id), message kinds and the statuses an outbox entry (`messages`) moves through.

/** Our names for the subscription-message templates the product sends. */
export const PUSH_TEMPLATES = ['complaint_progress', 'order_update', 'revisit_survey', 'winback_offer'] as const
export type PushTemplate = (typeof PUSH_TEMPLATES)[number]

/** Where each template's WeChat id lives in settings doc 'wx_templates', and the id used when it is not set there. */
export const PUSH_TEMPLATE_SETTINGS: Record<PushTemplate, { key: string; localDefault: string; label: string }> = {
  complaint_progress: { key: 'complaintProgress', localDefault: 'TMPL_COMPLAINT_PROGRESS', label: '投诉处理进度' },
  order_update: { key: 'orderUpdate', localDefault: 'TMPL_ORDER_UPDATE', label: '订单状态通知' },
  revisit_survey: { key: 'revisitSurvey', localDefault: 'TMPL_REVISIT_SURVEY', label: '服务回访' },
  winback_offer: { key: 'winbackOffer', localDefault: 'TMPL_WINBACK_OFFER', label: '专属优惠' }
}

/** transactional: a reply to something the person did (exempt from quiet hours and the weekly cap); marketing: not. */
export const MESSAGE_KINDS = ['transactional', 'marketing'] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

/**
 * queued -> sending -> sent | no_quota | failed; queued -> suppressed (marketing over the weekly cap).
 * A message left in sending (crash between claim and record) becomes failed and is never sent again.
 */
export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'no_quota', 'suppressed', 'failed'] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

export const MESSAGE_STATUS_LABELS: Record<MessageStatus, string> = {
  queued: '待发送',
  sending: '发送中',
  sent: '已发送',
  no_quota: '未订阅（需电话联系）',
  suppressed: '已拦截（营销频次限制）',
  failed: '发送失败'
}

/** Final statuses: nothing will happen to the message any more. */
export const FINAL_MESSAGE_STATUSES: readonly MessageStatus[] = ['sent', 'no_quota', 'suppressed', 'failed']

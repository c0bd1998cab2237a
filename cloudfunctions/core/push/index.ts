// The product's push outbox (collection `messages`) and its delivery through WeChat subscription messages.
//   enqueueMessage(ctx, {openid, customerId?, template, kind, title, content, data, page, dedupeKey, source?})
//       -> MessageDoc; idempotent on dedupeKey; transactional ones are delivered at once (best effort)
//   deliverMessage(ctx, msg)   claim -> spend one acceptance -> subscribe/send -> sent | no_quota | failed
//   failStuckSending(ctx)      a claim older than 5 minutes becomes failed, never resent
//   subscriptionKey / spendAcceptance / acceptancesLeft   our count of acceptances (`subscriptions`)
//   templateIds(db)            WeChat template ids from settings 'wx_templates' (local defaults TMPL_...)
// The rules (quiet hours, weekly marketing cap, WeChat's answers) are pure, in rules/push.ts.
export { enqueueMessage, type EnqueueInput } from './outbox'
export { deliverMessage, attemptDelivery, failStuckSending, SUBSCRIBE_SEND_API, type DeliveryAttempt } from './deliver'
export { subscriptionKey, spendAcceptance, refundAcceptance, clearAcceptances, acceptancesLeft } from './subscriptions'
export { templateIds, templateIdOf } from './templates'
export type { MessageDoc, WxMessageData } from './messageDoc'

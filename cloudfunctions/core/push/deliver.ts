// Delivering one outbox message, exactly once or not at all:
//   1. claim it: queued -> sending, conditional, with a fresh claimId (two timers at once: one wins, the other skips);
//   2. marketing only: take the customer's weekly slot (customers.marketingPushAt, conditional), else suppressed;
//   3. spend one of our acceptances (subscriptions, conditional count > 0), else no_quota without calling WeChat;
//   4. subscribe/send through callWxOpenApi, and record sent / no_quota (WeChat's 43101: our count becomes 0) /
//      failed (the acceptance is given back when WeChat refused for another reason).
// A crash between 1 and 4 leaves the message in sending; failStuckSending marks it failed after 5 minutes, and it is
// never sent again (a duplicate is worse than a missing progress note: staff see failed and call).
import crypto from 'node:crypto'
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { findOne } from '../data/db'
import { businessSettings, pushPolicy } from '../data/settings'
import { deliveryDecision, sendOutcome, stuckSendingCutoff, type PushPolicy } from '../rules/push'
import { DAY_MS } from '../rules/time'
import { clearAcceptances, refundAcceptance, spendAcceptance } from './subscriptions'
import type { MessageDoc } from './messageDoc'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'app' | 'now'>

export const SUBSCRIBE_SEND_API = 'cgi-bin/message/subscribe/send'
/** WeChat's miniprogram_state for the page a message opens: formal in production (WX_MINIPROGRAM_STATE overrides). */
const MINIPROGRAM_STATE = process.env.WX_MINIPROGRAM_STATE || 'formal'

const REASONS = {
  noQuota: '客户没有可用的订阅次数（需电话联系）',
  wxNoQuota: '微信返回 43101：客户没有可用的订阅次数（需电话联系）',
  stuck: '发送中断（超过 5 分钟未完成），为避免重复不再重发'
}

async function reload(ctx: Ctx, id: string): Promise<MessageDoc | undefined> {
  return findOne<MessageDoc>(ctx.db, COLL.messages, { _id: id })
}

/** Takes the customer's weekly marketing slot; the previous stamp comes back so it can be given back. */
async function takeMarketingSlot(ctx: Ctx, customerId: string, policy: PushPolicy): Promise<{ taken: boolean; previous: Date | null }> {
  const _ = ctx._
  const file = await findOne<{ marketingPushAt?: Date | null }>(ctx.db, COLL.customers, { _id: customerId })
  if (!file) return { taken: false, previous: null }
  const cut = new Date(ctx.now.getTime() - policy.marketingMinDays * DAY_MS)
  const r = await ctx.db.collection(COLL.customers)
    .where(_.and([{ _id: customerId }, _.or([{ marketingPushAt: null }, { marketingPushAt: _.lte(cut) }])]))
    .update({ marketingPushAt: ctx.now })
  return { taken: r.updated === 1, previous: file.marketingPushAt ?? null }
}

async function giveBackMarketingSlot(ctx: Ctx, customerId: string, previous: Date | null): Promise<void> {
  await ctx.db.collection(COLL.customers).where({ _id: customerId, marketingPushAt: ctx.now }).update({ marketingPushAt: previous })
}

/** Records the outcome of our claim (only the claimer can). */
async function finish(ctx: Ctx, msg: MessageDoc, claimId: string, patch: Partial<MessageDoc>): Promise<MessageDoc> {
  const full = { ...patch, finishedAt: ctx.now, updatedAt: ctx.now }
  await ctx.db.collection(COLL.messages).where({ _id: msg._id, claimId }).update(full)
  return { ...msg, ...full, claimId }
}

export interface DeliveryAttempt {
  /** the message as it now stands */
  message: MessageDoc
  /** this call settled it (sent / no_quota / failed / suppressed); false when it was held, not due, or another run's */
  acted: boolean
}

/**
 * Delivers a queued message that is due; anything else is left as it is (a held marketing message gets its new
 * notBefore).
 */
export async function attemptDelivery(ctx: Ctx, msg: MessageDoc, policy?: PushPolicy): Promise<DeliveryAttempt> {
  const settled = (message: MessageDoc) => ({ message, acted: true })
  const untouched = (message: MessageDoc) => ({ message, acted: false })
  if (msg.status !== 'queued') return untouched(msg)
  const rules = policy ?? pushPolicy(await businessSettings(ctx.db))
  const messages = ctx.db.collection(COLL.messages)

  let lastMarketingAt: Date | null = null
  if (msg.kind === 'marketing' && msg.customerId) {
    lastMarketingAt = (await findOne<{ marketingPushAt?: Date }>(ctx.db, COLL.customers, { _id: msg.customerId }))?.marketingPushAt ?? null
  }
  const decision = deliveryDecision(msg, ctx.now, lastMarketingAt, rules)
  if (decision.action === 'hold') {
    if (decision.until.getTime() !== msg.notBefore.getTime()) {
      await messages.where({ _id: msg._id, status: 'queued' }).update({ notBefore: decision.until, updatedAt: ctx.now })
    }
    return untouched({ ...msg, notBefore: decision.until })
  }
  if (decision.action === 'suppress') {
    const r = await messages.where({ _id: msg._id, status: 'queued' }).update({ status: 'suppressed', reason: decision.reason, finishedAt: ctx.now, updatedAt: ctx.now })
    if (r.updated === 1) return settled({ ...msg, status: 'suppressed', reason: decision.reason, finishedAt: ctx.now })
    return untouched((await reload(ctx, msg._id)) ?? msg)
  }

  // 1. claim
  const claimId = crypto.randomBytes(8).toString('hex')
  const claimed = await messages.where({ _id: msg._id, status: 'queued' }).update({ status: 'sending', claimId, claimedAt: ctx.now, updatedAt: ctx.now })
  if (claimed.updated !== 1) return untouched((await reload(ctx, msg._id)) ?? msg)
  const sending: MessageDoc = { ...msg, status: 'sending', claimId, claimedAt: ctx.now }

  // 2. the weekly marketing slot
  let slot: { taken: boolean; previous: Date | null } | null = null
  if (msg.kind === 'marketing') {
    slot = msg.customerId ? await takeMarketingSlot(ctx, msg.customerId, rules) : { taken: false, previous: null }
    if (!slot.taken) {
      const reason = `${rules.marketingMinDays} 天内已向该客户发送过营销消息`
      return settled(await finish(ctx, sending, claimId, { status: 'suppressed', reason }))
    }
  }
  const giveBack = async () => {
    if (slot?.taken && msg.customerId) await giveBackMarketingSlot(ctx, msg.customerId, slot.previous)
  }

  // 3. our count of acceptances
  if (!(await spendAcceptance(ctx, msg.openid, msg.templateId))) {
    await giveBack()
    return settled(await finish(ctx, sending, claimId, { status: 'no_quota', reason: REASONS.noQuota }))
  }

  // 4. WeChat
  let answer: any
  try {
    const r = await ctx.app.callWxOpenApi({
      apiName: SUBSCRIBE_SEND_API,
      requestData: { touser: msg.openid, templateId: msg.templateId, page: msg.page ?? undefined, data: msg.data, miniprogramState: MINIPROGRAM_STATE }
    })
    answer = r?.result ?? {}
  } catch (e) {
    // we cannot know whether WeChat delivered it: failed, and the acceptance stays spent
    return settled(await finish(ctx, sending, claimId, { status: 'failed', reason: `调用微信接口失败：${String((e as Error)?.message ?? e).slice(0, 200)}` }))
  }
  const result = { errcode: answer.errcode, errmsg: answer.errmsg, ...(answer.msgid ? { msgid: String(answer.msgid) } : {}) }
  const outcome = sendOutcome(answer.errcode)
  if (outcome === 'sent') return settled(await finish(ctx, sending, claimId, { status: 'sent', sentAt: ctx.now, result, reason: null }))
  await giveBack()
  if (outcome === 'no_quota') {
    await clearAcceptances(ctx, msg.openid, msg.templateId)
    return settled(await finish(ctx, sending, claimId, { status: 'no_quota', result, reason: REASONS.wxNoQuota }))
  }
  await refundAcceptance(ctx, msg.openid, msg.templateId)
  return settled(await finish(ctx, sending, claimId, { status: 'failed', result, reason: `微信返回错误 ${answer.errcode ?? '?'}：${answer.errmsg ?? ''}`.trim() }))
}

/** attemptDelivery, answering only the message as it now stands. */
export async function deliverMessage(ctx: Ctx, msg: MessageDoc, policy?: PushPolicy): Promise<MessageDoc> {
  return (await attemptDelivery(ctx, msg, policy)).message
}

/** Messages claimed more than 5 minutes ago and still sending were cut off: failed, never resent. Returns how many. */
export async function failStuckSending(ctx: Ctx): Promise<number> {
  const r = await ctx.db.collection(COLL.messages)
    .where({ status: 'sending', claimedAt: ctx._.lt(stuckSendingCutoff(ctx.now)) })
    .update({ status: 'failed', reason: REASONS.stuck, finishedAt: ctx.now, updatedAt: ctx.now })
  return r.updated ?? 0
}

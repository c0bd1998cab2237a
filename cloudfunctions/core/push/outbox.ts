// Putting a message into the outbox (`messages`). Idempotent on dedupeKey (unique index): a repeat returns the message
// already there and changes nothing. Marketing gets its earliest moment after the quiet hours, and is suppressed at
// once when the customer already had one within the weekly cap. Transactional messages are delivered right away in
// the same invocation (best effort: whatever is still queued, the push timer delivers).
import crypto from 'node:crypto'
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { findOne, isDuplicate } from '../data/db'
import { businessSettings, pushPolicy } from '../data/settings'
import { invalid, internal } from '../contract/errors'
import { PUSH_TEMPLATES, type MessageKind, type PushTemplate } from '../contract/push'
import { earliestDelivery, marketingCapRefusal, type PushPolicy } from '../rules/push'
import { templateIdOf } from './templates'
import { deliverMessage } from './deliver'
import type { MessageDoc, WxMessageData } from './messageDoc'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'app' | 'now'>

export interface EnqueueInput {
  openid: string
  customerId?: string | null
  template: PushTemplate
  kind: MessageKind
  /** what the message centre shows */
  title: string
  content: string
  /** WeChat's body for the template */
  data: WxMessageData
  page?: string | null
  /** made by the caller from what the message is about, e.g. `complaint:<id>:<eventId>` */
  dedupeKey: string
  source?: Record<string, unknown> | null
  /** deliver in this invocation; default: transactional yes, marketing no (the timer does) */
  deliverNow?: boolean
  /** defaults to the 'business' settings */
  policy?: PushPolicy
}

/** The customer file a marketing message counts against (by id, else by openid). */
async function recipientFile(ctx: Ctx, input: EnqueueInput): Promise<{ _id: string; marketingPushAt?: Date | null } | undefined> {
  if (input.customerId) return findOne(ctx.db, COLL.customers, { _id: input.customerId })
  return findOne(ctx.db, COLL.customers, { openid: input.openid })
}

export async function enqueueMessage(ctx: Ctx, input: EnqueueInput): Promise<MessageDoc> {
  if (!input.openid) throw internal('消息缺少接收人')
  if (!(PUSH_TEMPLATES as readonly string[]).includes(input.template)) throw invalid('不支持的消息模板', { template: input.template })
  if (!input.dedupeKey) throw internal('消息缺少去重键')
  const existing = await findOne<MessageDoc>(ctx.db, COLL.messages, { dedupeKey: input.dedupeKey })
  if (existing) return existing

  const policy = input.policy ?? pushPolicy(await businessSettings(ctx.db))
  let customerId = input.customerId ?? null
  let status: MessageDoc['status'] = 'queued'
  let reason: string | null = null
  if (input.kind === 'marketing') {
    const file = await recipientFile(ctx, input)
    customerId = file?._id ?? null
    reason = file ? marketingCapRefusal(file.marketingPushAt ?? null, ctx.now, policy) : '没有客户档案，不发送营销消息'
    if (reason) status = 'suppressed'
  }

  const doc: Omit<MessageDoc, '_id'> = {
    dedupeKey: input.dedupeKey,
    openid: input.openid,
    customerId,
    template: input.template,
    templateId: await templateIdOf(ctx.db, input.template),
    kind: input.kind,
    title: input.title,
    content: input.content,
    data: input.data,
    page: input.page ?? null,
    status,
    notBefore: earliestDelivery(input.kind, ctx.now, policy),
    claimId: null,
    claimedAt: null,
    sentAt: null,
    finishedAt: status === 'suppressed' ? ctx.now : null,
    result: null,
    reason,
    source: input.source ?? null,
    createdAt: ctx.now,
    updatedAt: ctx.now
  }
  let message: MessageDoc
  try {
    const _id = `msg_${crypto.randomBytes(10).toString('hex')}`
    await ctx.db.collection(COLL.messages).add({ ...doc, _id })
    message = { ...doc, _id }
  } catch (e) {
    if (!isDuplicate(e)) throw e
    const twin = await findOne<MessageDoc>(ctx.db, COLL.messages, { dedupeKey: input.dedupeKey })
    if (!twin) throw e
    return twin
  }

  const deliverNow = input.deliverNow ?? input.kind === 'transactional'
  if (!deliverNow || message.status !== 'queued') return message
  try {
    return await deliverMessage(ctx, message, policy)
  } catch (e) {
    // best effort: the push timer delivers what is still queued (or marks a cut-off claim failed)
    console.error(JSON.stringify({ level: 'warn', what: 'deliver-after-enqueue', messageId: message._id, error: String((e as Error)?.message ?? e) }))
    return (await findOne<MessageDoc>(ctx.db, COLL.messages, { _id: message._id })) ?? message
  }
}

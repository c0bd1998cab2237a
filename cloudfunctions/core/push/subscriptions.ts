// Our count of one-time subscription acceptances (collection `subscriptions`, one document per openid and WeChat
// template id, `_id` = `key` = subscriptionKey). WeChat has no API to read the balance: user.subscribeAccepted adds
// one per acceptance, a send spends one first (conditional count > 0), and WeChat's 43101 says we counted wrong.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

export const subscriptionKey = (openid: string, templateId: string) => `${openid}:${templateId}`

/** Takes one acceptance; false when there is none left (nothing changes). */
export async function spendAcceptance(ctx: Ctx, openid: string, templateId: string): Promise<boolean> {
  const _ = ctx.db.command
  const r = await ctx.db.collection(COLL.subscriptions)
    .where({ _id: subscriptionKey(openid, templateId), count: _.gt(0) })
    .update({ count: _.inc(-1), updatedAt: ctx.now })
  return r.updated === 1
}

/** Gives back an acceptance that WeChat did not use (the send failed for another reason). */
export async function refundAcceptance(ctx: Ctx, openid: string, templateId: string): Promise<void> {
  const _ = ctx.db.command
  await ctx.db.collection(COLL.subscriptions).where({ _id: subscriptionKey(openid, templateId) }).update({ count: _.inc(1), updatedAt: ctx.now })
}

/** WeChat says none is left (43101): our count follows it. */
export async function clearAcceptances(ctx: Ctx, openid: string, templateId: string): Promise<void> {
  await ctx.db.collection(COLL.subscriptions).where({ _id: subscriptionKey(openid, templateId) }).update({ count: 0, updatedAt: ctx.now })
}

/** Our count for one openid and template (0 when never accepted). */
export async function acceptancesLeft(ctx: Pick<Ctx, 'db'>, openid: string, templateId: string): Promise<number> {
  const doc = (await ctx.db.collection(COLL.subscriptions).where({ _id: subscriptionKey(openid, templateId) }).limit(1).get()).data[0]
  return doc?.count ?? 0
}

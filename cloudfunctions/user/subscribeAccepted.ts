// subscribeAccepted: the household accepted one-time subscription messages (wx.requestSubscribeMessage). WeChat
// grants one send per acceptance and has no API to read the balance, so we count them ourselves in `subscriptions`
// (one document per openid and template; the push timer spends one per send).
import { action, z } from '../core/runtime'
import { requireOpenid } from '../core/auth/identity'
import type { SubscribeQuota } from '../core/contract/api/user'
import { COLL } from '../core/data/collections'
import { isDuplicate } from '../core/data/db'
import { subscriptionKey } from '../core/push/subscriptions'
import './fields'

const schema = z.object({
  // WeChat asks for at most 3 templates at once
  templateIds: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)).min(1).max(3)
}).strict()

export const subscribeAccepted = action(schema, async ({ templateIds }, ctx): Promise<SubscribeQuota> => {
  const openid = requireOpenid(ctx)
  const coll = ctx.db.collection(COLL.subscriptions)
  const ids = [...new Set(templateIds)]
  for (const templateId of ids) {
    const key = subscriptionKey(openid, templateId)
    try {
      // the first acceptance creates the counter at 1 ...
      await coll.add({ _id: key, key, openid, templateId, count: 1, createdAt: ctx.now, updatedAt: ctx.now })
    } catch (e) {
      if (!isDuplicate(e)) throw e
      // ... every later one (or the loser of a race to create it) adds one to it
      await coll.where({ _id: key }).update({ count: ctx._.inc(1), updatedAt: ctx.now })
    }
  }
  const keys = ids.map((t) => subscriptionKey(openid, t))
  const docs = (await coll.where({ _id: ctx._.in(keys) }).limit(keys.length).get()).data
  return { quota: Object.fromEntries(docs.map((d: any) => [d.templateId, d.count])) }
})

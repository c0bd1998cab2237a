// Telling the household about progress on its complaint: a staff reply and a proposed resolution each put one
// transactional 'complaint_progress' message in the outbox (dedupeKey per event), delivered at once when the household
// has an acceptance left. When the last notification ended no_quota, the household could not be told: `mustCall`
// (staff phone it; the household page shows that we will call).
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { COMPLAINT_STEP_LABELS } from '../contract/complaint'
import { enqueueMessage } from '../push/outbox'
import type { MessageDoc } from '../push/messageDoc'
import { wxThing, wxTime } from '../rules/push'
import type { ComplaintDoc, WorkOrderEvent } from './complaintDoc'

type Ctx = Pick<HandlerContext, 'db' | '_' | 'app' | 'now'>

/** The mini-program page a progress message opens. */
export const COMPLAINT_PAGE = 'complaint/detail/index' // the household sub-package (src/app.config.ts)

const NOTICE_TITLES: Partial<Record<WorkOrderEvent['type'], string>> = {
  reply: '客服回复了您的投诉',
  resolution_proposed: '您的投诉有了处理方案，请确认'
}

export const complaintNoticeKey = (complaintId: string, eventId: string) => `complaint:${complaintId}:${eventId}`

/** Queues (and tries to deliver) the progress message for one household-visible staff event. */
export async function notifyHousehold(ctx: Ctx, wo: ComplaintDoc, event: WorkOrderEvent): Promise<MessageDoc | null> {
  const title = NOTICE_TITLES[event.type]
  if (!title || !wo.openid) return null
  const text = event.text ?? ''
  return enqueueMessage(ctx, {
    openid: wo.openid,
    customerId: wo.customerId,
    template: 'complaint_progress',
    kind: 'transactional',
    title,
    content: `工单 ${wo.ticketNo}：${text}`,
    data: {
      character_string1: { value: wo.ticketNo },
      phrase2: { value: COMPLAINT_STEP_LABELS[wo.step] },
      thing3: { value: wxThing(text) },
      time4: { value: wxTime(event.at) }
    },
    page: `${COMPLAINT_PAGE}?id=${wo._id}`,
    dedupeKey: complaintNoticeKey(wo._id, event.id),
    source: { complaintId: wo._id, eventId: event.id, ticketNo: wo.ticketNo }
  })
}

/** The latest notification about this work order, or undefined. */
export async function lastNotification(ctx: Pick<HandlerContext, 'db'>, wo: Pick<ComplaintDoc, '_id' | 'openid'>): Promise<MessageDoc | undefined> {
  const r = await ctx.db.collection(COLL.messages)
    .where({ openid: wo.openid, 'source.complaintId': wo._id })
    .orderBy('createdAt', 'desc')
    .limit(1)
    .get()
  return r.data[0]
}

/** The household could not be notified last time (no acceptance left): staff must phone. */
export async function mustCall(ctx: Pick<HandlerContext, 'db'>, wo: Pick<ComplaintDoc, '_id' | 'openid'>): Promise<boolean> {
  return (await lastNotification(ctx, wo))?.status === 'no_quota'
}

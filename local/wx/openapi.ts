// WeChat's side of the open APIs that functions call through callWxOpenApi. Nothing leaves the machine: a
// subscription message is recorded as what WeChat would deliver to that openid, and spends one acceptance of that
// template; with none left it fails with errcode 43101, as WeChat does.
import type { Documents } from '../engine/documents'
import type { Invocation } from '../api/types'

export interface WxResult { errcode: number; errmsg: string; [k: string]: unknown }

export const SUBSCRIBE_SEND = 'cgi-bin/message/subscribe/send'

export function quotaId(openid: string, templateId: string): string {
  return `${openid}:${templateId}`
}

export class WxOpenApi {
  constructor(private docs: Documents) {}

  /** The WeChat client accepted these templates (requestSubscribeMessage): one send each. */
  accept(openid: string, templateIds: string[]): Record<string, number> {
    const out: Record<string, number> = {}
    for (const t of templateIds) {
      const id = quotaId(openid, t)
      this.docs.modify('_local_wx_quota', { _id: id }, { $inc: { count: 1 }, $set: { openid, templateId: t } }, { multi: false, merge: true, upsert: true })
      out[t] = this.docs.find('_local_wx_quota', { filter: { _id: id } })[0].count
    }
    return out
  }

  async call(apiName: string, data: any, caller: Invocation | undefined): Promise<WxResult> {
    if (apiName === SUBSCRIBE_SEND) return this.sendSubscribeMessage(data, caller)
    return { errcode: -1, errmsg: `本地 CloudBase 未模拟该微信接口: ${apiName}` }
  }

  private sendSubscribeMessage(data: any, caller: Invocation | undefined): WxResult {
    if (!data || typeof data.touser !== 'string' || !data.touser) return { errcode: 40003, errmsg: 'invalid openid' }
    if (typeof data.templateId !== 'string' && typeof data.template_id !== 'string') return { errcode: 40037, errmsg: 'invalid template_id' }
    const templateId = data.templateId ?? data.template_id
    const spent = this.docs.modify('_local_wx_quota', { _id: quotaId(data.touser, templateId), count: { $gt: 0 } }, { $inc: { count: -1 } }, { multi: false, merge: true, upsert: false })
    if (spent.updated !== 1) return { errcode: 43101, errmsg: 'user refuse to accept the msg' }
    const [msgid] = this.docs.insert('_local_wx_messages', [{
      touser: data.touser,
      templateId,
      page: data.page ?? null,
      data: data.data ?? {},
      miniprogramState: data.miniprogramState ?? data.miniprogram_state ?? 'formal',
      fromFunction: caller?.functionName ?? null,
      sentAt: new Date()
    }])
    return { errcode: 0, errmsg: 'ok', msgid }
  }

  /** What WeChat delivered to one openid, newest first (the H5 message centre reads this). */
  delivered(openid: string, limit = 50): Record<string, unknown>[] {
    return this.docs.find('_local_wx_messages', { filter: { touser: openid }, sort: { sentAt: -1 }, limit })
  }

  quota(openid: string): Record<string, number> {
    const out: Record<string, number> = {}
    for (const q of this.docs.find('_local_wx_quota', { filter: { openid } })) out[q.templateId] = q.count
    return out
  }
}

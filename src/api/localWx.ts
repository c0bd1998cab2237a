// WeChat's side of subscription messages as the local CloudBase plays it (DESIGN §4): what WeChat delivered to this
// household, and the household accepting templates (where the mini-program shows wx.requestSubscribeMessage). Only
// the H5 build running against the local CloudBase has it: in the mini-program WeChat itself does both.
import Taro from '@tarojs/taro'
import { ensureLocalSession } from './session'
import { ApiError, NETWORK_ERROR_MESSAGE } from './transport'

export interface DeliveredMessage {
  _id: string
  templateId: string
  page: string | null
  data: Record<string, { value?: unknown } | unknown>
  sentAt: string | { $date: string }
}

export interface DeliveredView { list: DeliveredMessage[]; quota: Record<string, number> }

async function localWx<T>(route: 'messages' | 'subscribe', data: object): Promise<T> {
  const token = await ensureLocalSession('household')
  let r: Taro.request.SuccessCallbackResult<any>
  try {
    r = await Taro.request({ url: `/api/_local/${route}`, method: 'POST', data, header: { 'content-type': 'application/json', authorization: `Bearer ${token}` } })
  } catch {
    throw new ApiError('INTERNAL', NETWORK_ERROR_MESSAGE)
  }
  const body = r.data
  if (!body?.ok) throw new ApiError(body?.error?.code ?? 'INTERNAL', body?.error?.message ?? NETWORK_ERROR_MESSAGE)
  return body.data as T
}

export const delivered = () => localWx<DeliveredView>('messages', {})

/** The household accepts these one-time templates (one send each); answers WeChat's remaining count per template. */
export const acceptTemplates = (templateIds: string[]) => localWx<{ quota: Record<string, number> }>('subscribe', { templateIds })

// The local CloudBase's record of what WeChat delivered to this household (subscription messages). Only the H5 build
// running against the local CloudBase has it: in the mini-program WeChat shows these in its own service notices.
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

export async function delivered(): Promise<DeliveredView> {
  const token = await ensureLocalSession('household')
  let r: Taro.request.SuccessCallbackResult<any>
  try {
    r = await Taro.request({ url: '/api/_local/messages', method: 'POST', data: {}, header: { 'content-type': 'application/json', authorization: `Bearer ${token}` } })
  } catch {
    throw new ApiError('INTERNAL', NETWORK_ERROR_MESSAGE)
  }
  const body = r.data
  if (!body?.ok) throw new ApiError(body?.error?.code ?? 'INTERNAL', body?.error?.message ?? NETWORK_ERROR_MESSAGE)
  return body.data as DeliveredView
}

// How a call reaches a cloud function. weapp: wx.cloud.callFunction (WeChat fills in the caller's openid).
// h5: POST /api/<function> on the same origin with a Bearer token (the local CloudBase gateway, or CloudBase's HTTP
// access service in production). Both answer the same envelope: {ok: true, data} | {ok: false, error}.
import Taro from '@tarojs/taro'
import type { ApiResult } from '@core/contract/errors'
import { tokenFor, clearToken, ensureLocalSession } from './session'

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly details?: Record<string, unknown>) {
    super(message)
  }
}

export const NETWORK_ERROR_MESSAGE = '网络不给力，请稍后重试'

async function viaCloud<T>(fn: string, body: Record<string, unknown>): Promise<ApiResult<T>> {
  const r = await Taro.cloud.callFunction({ name: fn, data: body })
  return r.result as ApiResult<T>
}

async function viaHttp<T>(fn: string, body: Record<string, unknown>): Promise<ApiResult<T>> {
  const token = fn === 'admin' ? tokenFor('staff') : await ensureLocalSession(fn === 'cleaner' ? 'cleaner' : 'household')
  const r = await Taro.request({
    url: `/api/${fn}`,
    method: 'POST',
    data: body,
    header: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }
  })
  const result = r.data as ApiResult<T>
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new ApiError('INTERNAL', NETWORK_ERROR_MESSAGE)
  return result
}

/** Call one action of a function; resolves with `data` or throws ApiError with the Chinese message. */
export async function call<T>(fn: string, action: string, input: object = {}): Promise<T> {
  let result: ApiResult<T>
  try {
    const body = { action, ...input }
    result = process.env.TARO_ENV === 'weapp' ? await viaCloud<T>(fn, body) : await viaHttp<T>(fn, body)
  } catch (e) {
    if (e instanceof ApiError) throw e
    throw new ApiError('INTERNAL', NETWORK_ERROR_MESSAGE)
  }
  if (result.ok) return result.data
  if (result.error.code === 'UNAUTHENTICATED' && fn === 'admin') clearToken('staff')
  throw new ApiError(result.error.code, result.error.message, result.error.details)
}

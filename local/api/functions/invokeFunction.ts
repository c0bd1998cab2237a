// One function calling another: the callee runs with the caller's identity (found through the SDK's seqId).
import type { ApiAction } from '../types'
import { invalidParam } from '../../engine/errors'

export const invokeFunction: ApiAction = async ({ params, seqId }, s) => {
  if (typeof params.function_name !== 'string' || !params.function_name) throw invalidParam('函数名不能为空')
  let event: unknown = {}
  if (params.request_data) {
    try { event = JSON.parse(params.request_data) } catch { throw invalidParam('request_data 不是合法的 JSON') }
  }
  const caller = s.invocationOf(seqId)
  const environment = caller ? { ...caller.environment } : {}
  const result = await s.invoke(params.function_name, event, environment)
  return { data: { response_data: JSON.stringify(result ?? null) } }
}

// callWxOpenApi: WeChat open APIs, answered by the local WeChat stand-in (nothing leaves the machine).
import type { ApiAction } from '../types'
import { invalidParam } from '../../engine/errors'

export const wxApi: ApiAction = async ({ params, seqId }, s) => {
  if (typeof params.apiName !== 'string' || !params.apiName) throw invalidParam('apiName 不能为空')
  let data: unknown = {}
  if (params.requestData) {
    try { data = JSON.parse(params.requestData) } catch { throw invalidParam('requestData 不是合法的 JSON') }
  }
  const result = await s.wxApi(params.apiName, data, s.invocationOf(seqId))
  return { data: { responseData: JSON.stringify(result) } }
}

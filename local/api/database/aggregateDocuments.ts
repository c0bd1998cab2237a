import type { ApiAction } from '../types'
import { parseEJSON, EjsonError, resolveServerDates } from '../../engine/ejson'
import { invalidParam } from '../../engine/errors'
import { serverNow } from '../../clock'
import { collection } from './params'

export const aggregateDocuments: ApiAction = async ({ params }, s) => {
  if (!Array.isArray(params.stages)) throw invalidParam('stages must be an array')
  const pipeline = params.stages.map((st: any, i: number) => {
    if (!st || typeof st.stageKey !== 'string' || !st.stageKey.startsWith('$')) throw invalidParam(`stages[${i}].stageKey is invalid`)
    try {
      return { [st.stageKey]: resolveServerDates(parseEJSON(st.stageValue, `stages[${i}]`), serverNow()) }
    } catch (e) {
      if (e instanceof EjsonError) throw invalidParam(e.message)
      throw e
    }
  })
  try {
    return { data: { list: await s.docs.aggregateWire(collection(params), pipeline) } }
  } catch (e) {
    if ((e as any).code) throw e
    throw invalidParam(`聚合失败: ${(e as Error).message}`)
  }
}

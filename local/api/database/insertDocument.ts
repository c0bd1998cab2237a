import type { ApiAction } from '../types'
import { collection, dataList, transaction } from './params'

export const insertDocument: ApiAction = ({ params }, s) => {
  const ids = s.docs.insert(collection(params), dataList(params), transaction(params, s))
  return { data: { insertedIds: ids } }
}

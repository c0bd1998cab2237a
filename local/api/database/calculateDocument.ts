import type { ApiAction } from '../types'
import { collection, filter, transaction } from './params'

export const calculateDocument: ApiAction = ({ params }, s) => ({
  data: { total: s.docs.count(collection(params), filter(params), transaction(params, s)) }
})

import type { ApiAction } from '../types'
import { collection, requiredFilter, flag, transaction } from './params'

export const removeDocument: ApiAction = ({ params }, s) => ({
  data: { deleted: s.docs.remove(collection(params), requiredFilter(params, 'remove'), flag(params.multi, false), transaction(params, s)) }
})

import type { ApiAction } from '../types'
import { collection, filter, flag, transaction } from './params'

export const removeDocument: ApiAction = ({ params }, s) => ({
  data: { deleted: s.docs.remove(collection(params), filter(params), flag(params.multi, false), transaction(params, s)) }
})

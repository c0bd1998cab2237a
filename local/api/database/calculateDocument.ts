import type { ApiAction } from '../types'
import { collection, filter, transaction } from './params'

export const calculateDocument: ApiAction = async ({ params }, s) => ({
  data: { total: await s.docs.countAsync(collection(params), filter(params), transaction(params, s)) }
})

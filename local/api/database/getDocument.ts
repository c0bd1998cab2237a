import type { ApiAction } from '../types'
import { collection, filter, sort, integer, optionalObject, transaction } from './params'

export const MAX_LIMIT = 1000
export const DEFAULT_LIMIT = 100

export const getDocument: ApiAction = async ({ params }, s) => {
  const offset = integer(params.offset, 'offset', 0)
  const limit = integer(params.limit, 'limit', DEFAULT_LIMIT, MAX_LIMIT)
  const list = await s.docs.findWire(collection(params), {
    filter: filter(params),
    sort: sort(params),
    skip: offset,
    limit,
    projection: optionalObject(params.projection, 'projection')
  }, transaction(params, s))
  return { data: { list, limit, offset } }
}

import type { ApiAction } from '../types'
import { collection, requiredFilter, flag, object, transaction } from './params'

export const modifyDocument: ApiAction = ({ params }, s) => {
  const r = s.docs.modify(collection(params), requiredFilter(params, 'update'), object(params.data, 'data'), {
    multi: flag(params.multi, false),
    merge: flag(params.merge, true),
    upsert: flag(params.upsert, false)
  }, transaction(params, s))
  return { data: { updated: r.updated, upsert_id: r.upsertId } }
}

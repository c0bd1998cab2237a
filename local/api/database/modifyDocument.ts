import type { ApiAction } from '../types'
import { collection, filter, flag, object, transaction } from './params'

export const modifyDocument: ApiAction = ({ params }, s) => {
  const r = s.docs.modify(collection(params), filter(params), object(params.data, 'data'), {
    multi: flag(params.multi, false),
    merge: flag(params.merge, true),
    upsert: flag(params.upsert, false)
  }, transaction(params, s))
  return { data: { updated: r.updated, upsert_id: r.upsertId } }
}

import type { ApiAction } from '../types'
import { toWire } from '../../engine/ejson'
import { collection, requiredFilter, object, transaction } from './params'

export const modifyAndReturnDoc: ApiAction = ({ params }, s) => {
  const r = s.docs.modifyAndReturn(collection(params), requiredFilter(params, 'update'), object(params.data, 'data'), transaction(params, s))
  return { data: { updated: r.updated, doc: r.doc ? toWire(r.doc) : null } }
}

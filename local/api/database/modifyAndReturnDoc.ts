import type { ApiAction } from '../types'
import { toWire } from '../../engine/ejson'
import { collection, filter, object, transaction } from './params'

export const modifyAndReturnDoc: ApiAction = ({ params }, s) => {
  const r = s.docs.modifyAndReturn(collection(params), filter(params), object(params.data, 'data'), transaction(params, s))
  return { data: { updated: r.updated, doc: r.doc ? toWire(r.doc) : null } }
}

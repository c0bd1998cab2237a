// The transaction actions. Current SDKs send ordinary document actions with a transactionId between start and
// commit/abort; the *InTransaction actions are the older protocol, kept for older SDK versions.
import type { ApiAction } from '../types'
import { toWire, idKey } from '../../engine/ejson'
import { invalidParam } from '../../engine/errors'
import { collection, object } from './params'

export const startTransaction: ApiAction = (_req, s) => ({ transactionId: s.txs.start().id })

export const commitTransaction: ApiAction = ({ params }, s) => {
  s.txs.commit(params.transactionId)
  return {}
}

export const abortTransaction: ApiAction = ({ params }, s) => {
  s.txs.abort(params.transactionId)
  return {}
}

function docId(p: Record<string, any>): string {
  if (typeof p._id !== 'string' && typeof p._id !== 'number') throw invalidParam('_id 不能为空')
  return idKey(p._id)
}

export const getInTransaction: ApiAction = ({ params }, s) => {
  const doc = s.txs.get(params.transactionId).get(collection(params), docId(params))
  return { data: toWire(doc ?? null) }
}

export const updateDocInTransaction: ApiAction = ({ params }, s) => {
  const tx = s.txs.get(params.transactionId)
  const coll = collection(params)
  const id = docId(params)
  const data = object(params.data, 'data')
  const r = s.docs.modify(coll, { _id: id }, data, { multi: false, merge: !params.upsert, upsert: !!params.upsert }, tx)
  return { updated: JSON.stringify(r.updated), upserted: r.upsertId ? JSON.stringify([{ _id: r.upsertId }]) : null }
}

export const deleteDocInTransaction: ApiAction = ({ params }, s) => {
  const n = s.docs.remove(collection(params), { _id: docId(params) }, false, s.txs.get(params.transactionId))
  return { deleted: JSON.stringify(n) }
}

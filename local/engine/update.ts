// Applying an update to a document the way CloudBase does: `merge` updates carry MongoDB operators ($set, $inc, $push
// with $each/$position/$slice/$sort, $pop, $pull, $pullAll, $addToSet, $unset, $mul, $min, $max, $rename, ...);
// a non-merge update (doc().set()) replaces the whole document but keeps its _id.
import { applyOperator } from './query'
import { invalidParam } from './errors'
import { cloneDoc, type Doc } from './ejson'

const ALLOWED = new Set(['$set', '$unset', '$inc', '$mul', '$min', '$max', '$rename', '$push', '$pop', '$pull', '$pullAll', '$addToSet', '$currentDate', '$setOnInsert'])

export function applyUpdate(doc: Doc, update: Doc, merge: boolean, inserting = false): Doc {
  if (!update || typeof update !== 'object' || Array.isArray(update)) throw invalidParam('data 必须是对象')
  const ops = Object.keys(update).filter((k) => k.startsWith('$'))
  if (!merge) {
    if (ops.length) throw invalidParam('set() 不能包含更新操作符 (update operator in replacement)')
    return { ...cloneDoc(update), _id: doc._id }
  }
  const plain = Object.keys(update).filter((k) => !k.startsWith('$'))
  const next = cloneDoc(doc)
  if (plain.length) applyOperator(next, '$set', Object.fromEntries(plain.map((k) => [k, update[k]])))
  for (const op of ops) {
    if (!ALLOWED.has(op)) throw invalidParam(`不支持的更新操作符: ${op}`)
    const args = update[op]
    if (!args || typeof args !== 'object') throw invalidParam(`${op} 的参数必须是对象`)
    if (Object.keys(args).some((k) => k === '_id' || k.startsWith('_id.'))) throw invalidParam('不能更新_id的值')
    if (op === '$setOnInsert') { if (inserting) applyOperator(next, '$set', args); continue }
    if (op === '$rename') checkRename(args)
    try {
      applyOperator(next, op, args)
    } catch (e) {
      throw invalidParam(`更新失败 (${op}): ${(e as Error).message}`)
    }
  }
  next._id = doc._id
  return next
}

// mingo deletes the field when source and target are the same path (or one contains the other); MongoDB refuses.
function checkRename(args: Doc): void {
  for (const [from, to] of Object.entries(args)) {
    if (typeof to !== 'string' || !to) throw invalidParam(`$rename 的目标必须是字段名: ${from}`)
    if (to === '_id' || to.startsWith('_id.')) throw invalidParam('不能更新_id的值')
    if (to === from || to.startsWith(from + '.') || from.startsWith(to + '.')) {
      throw invalidParam(`$rename 的源字段与目标字段不能相同或互相包含: ${from} -> ${to}`)
    }
  }
}

/** The document an upsert starts from: the equality conditions of the filter ({_id: x, a: 1} -> {_id: x, a: 1}). */
export function seedFromFilter(filter: Doc | undefined): Doc {
  const seed: Doc = {}
  for (const [k, v] of Object.entries(filter ?? {})) {
    if (k.startsWith('$') || k.includes('.')) continue
    if (v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof RegExp) && !Array.isArray(v)) {
      const keys = Object.keys(v)
      if (keys.length === 1 && keys[0] === '$eq') seed[k] = (v as Doc).$eq
      else if (!keys.some((x) => x.startsWith('$'))) seed[k] = v
    } else if (!(v instanceof RegExp)) {
      seed[k] = v
    }
  }
  return seed
}

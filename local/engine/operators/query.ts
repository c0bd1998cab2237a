// Query operators where mingo differs from MongoDB, on MongoDB's path semantics (bson.ts pathValues):
//   $exists     {'items.qty': {$exists: true}} is true when some element of `items` has `qty`; arrays inside arrays
//               are not entered
//   $mod        numbers only (null, strings never match); divisor, remainder and value truncated toward zero
//               (MongoDB 5.1+); malformed arguments and a zero divisor are errors
//   $elemMatch  only an array at the end of the path matches ({'items.qty': {$elemMatch: ...}} needs `qty` itself
//               to be an array, not the values of qty gathered across `items`)
//   $type       knows 'objectId' (7), tells int / long / double apart as bson.ts does
import { Query } from 'mingo'
import { pathValues, hasBsonType, checkBsonType, isDocument } from './bson'
import type { QueryOp, Options } from './mingo'

export const $exists: QueryOp = (selector, value) => {
  const want = !!value
  return (doc) => (pathValues(doc, selector, false).length > 0) === want
}

export const $mod: QueryOp = (selector, value) => {
  if (!Array.isArray(value)) throw new Error('malformed mod, needs to be an array')
  if (value.length < 2) throw new Error('malformed mod, not enough elements')
  if (value.length > 2) throw new Error('malformed mod, too many elements')
  const [d, r] = value
  if (typeof d !== 'number' || !Number.isFinite(d)) throw new Error('malformed mod, divisor not a number')
  if (typeof r !== 'number' || !Number.isFinite(r)) throw new Error('malformed mod, remainder not a number')
  const divisor = Math.trunc(d)
  const remainder = Math.trunc(r)
  if (divisor === 0) throw new Error('divisor cannot be 0')
  return (doc) => pathValues(doc, selector, true).some((v) =>
    typeof v === 'number' && Number.isFinite(v) && Math.trunc(v) % divisor === remainder)
}

const LOGICAL = new Set(['$and', '$or', '$nor', '$expr', '$where', '$jsonSchema', '$text', '$comment'])

export const $elemMatch: QueryOp = (selector, value, options) => {
  if (!isDocument(value)) throw new Error('$elemMatch needs an Object')
  const keys = Object.keys(value)
  // {$gt: 4, $lt: 9}: each element is the value tested; {qty: {$gt: 4}}: each element is a document tested
  const valueForm = keys.length > 0 && keys.every((k) => k.startsWith('$') && !LOGICAL.has(k))
  const inner = new Query(valueForm ? { v: value } : value, options as Partial<Options>)
  const test = valueForm ? (el: unknown) => inner.test({ v: el }) : (el: unknown) => isDocument(el) && inner.test(el)
  return (doc) => pathValues(doc, selector, false).some((v) => Array.isArray(v) && v.some(test))
}

export const $type: QueryOp = (selector, value) => {
  const types = Array.isArray(value) ? value : [value]
  if (!types.length) throw new Error('$type must match at least one type')
  for (const t of types) checkBsonType(t, '$type')
  return (doc) => pathValues(doc, selector, true).some((v) => types.some((t) => hasBsonType(v, t)))
}

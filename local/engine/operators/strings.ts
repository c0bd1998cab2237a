// String expression operators where mingo differs from MongoDB: code points (not UTF-16 units) for the *CP
// operators, and $substrBytes on UTF-8 bytes with MongoDB's rules (a count past the end stops at the end; a negative
// count means "to the end"; a start past the end gives ""; a boundary inside a character is an error).
import { evaluate, type ExpressionOp } from './mingo'
import { bsonTypeOf } from './bson'

function args(obj: unknown, expr: unknown, options: Parameters<ExpressionOp>[2], op: string, min: number, max: number): unknown[] {
  const list = Array.isArray(expr) ? expr : [expr]
  if (list.length < min || list.length > max) {
    throw new Error(`Expression ${op} takes ${min === max ? `exactly ${min}` : `at least ${min} and at most ${max}`} arguments. ${list.length} were passed in.`)
  }
  return list.map((e) => evaluate(obj, e, options))
}

const isIntegral = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

export const $indexOfCP: ExpressionOp = (obj, expr, options) => {
  const [s, sub, start, end] = args(obj, expr, options, '$indexOfCP', 2, 4)
  if (s === null || s === undefined) return null
  if (typeof s !== 'string') throw new Error(`$indexOfCP requires a string as the first argument, found: ${bsonTypeOf(s)}`)
  if (typeof sub !== 'string') throw new Error(`$indexOfCP requires a string as the second argument, found: ${bsonTypeOf(sub)}`)
  const cps = Array.from(s)
  const needle = Array.from(sub)
  const from = bound(start, 0, 'starting')
  const to = Math.min(bound(end, cps.length, 'ending'), cps.length)
  if (from > to) return -1
  for (let i = from; i + needle.length <= to; i++) {
    let j = 0
    while (j < needle.length && cps[i + j] === needle[j]) j++
    if (j === needle.length) return i
  }
  return -1
}

function bound(v: unknown, dflt: number, which: 'starting' | 'ending'): number {
  if (v === undefined) return dflt
  if (!isIntegral(v)) throw new Error(`$indexOfCP requires an integral ${which} index, found a value of type: ${bsonTypeOf(v)}, with value: ${String(v)}`)
  if (v < 0) throw new Error(`$indexOfCP requires a nonnegative ${which} index, found: ${v}`)
  return v
}

export const $strLenCP: ExpressionOp = (obj, expr, options) => {
  const [s] = args(obj, expr, options, '$strLenCP', 1, 1)
  if (typeof s !== 'string') throw new Error(`$strLenCP requires a string argument, found: ${bsonTypeOf(s)}`)
  return Array.from(s).length
}

export const $substrCP: ExpressionOp = (obj, expr, options) => {
  const [s, start, count] = args(obj, expr, options, '$substrCP', 3, 3)
  const str = coerceToString(s, '$substrCP')
  if (typeof start !== 'number') throw new Error(`$substrCP: starting index must be a numeric type (is BSON type ${bsonTypeOf(start)})`)
  if (typeof count !== 'number') throw new Error(`$substrCP: length must be a numeric type (is BSON type ${bsonTypeOf(count)})`)
  if (!Number.isInteger(start) || start < 0) throw new Error('$substrCP: starting index must be a non-negative integer')
  if (!Number.isInteger(count) || count < 0) throw new Error('$substrCP: length must be a non-negative integer')
  return Array.from(str).slice(start, start + count).join('')
}

export const $substrBytes: ExpressionOp = (obj, expr, options) => {
  const [s, start, count] = args(obj, expr, options, '$substrBytes', 3, 3)
  const str = coerceToString(s, '$substrBytes')
  if (typeof start !== 'number') throw new Error(`$substrBytes: starting index must be a numeric type (is BSON type ${bsonTypeOf(start)})`)
  if (typeof count !== 'number') throw new Error(`$substrBytes: length must be a numeric type (is BSON type ${bsonTypeOf(count)})`)
  const bytes = Buffer.from(str, 'utf8')
  const lower = Math.trunc(start)
  // MongoDB casts the start and count to unsigned: a negative start is past the end, a negative count is "all"
  if (lower < 0 || lower >= bytes.length) return ''
  const upper = count < 0 ? bytes.length : Math.min(bytes.length, lower + Math.trunc(count))
  if (isContinuation(bytes[lower])) throw new Error('$substrBytes: Invalid range, starting index is a UTF-8 continuation byte.')
  if (upper < bytes.length && isContinuation(bytes[upper])) throw new Error('$substrBytes: Invalid range, ending index is in the middle of a UTF-8 character.')
  return bytes.subarray(lower, upper).toString('utf8')
}

const isContinuation = (b: number) => (b & 0xc0) === 0x80

function coerceToString(v: unknown, op: string): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  if (v instanceof Date) return v.toISOString()
  throw new Error(`${op}: can't convert from BSON type ${bsonTypeOf(v)} to String`)
}

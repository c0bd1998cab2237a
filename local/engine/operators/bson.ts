// BSON type names and MongoDB path traversal, as the query operators here need them.
import { ObjectId } from 'bson'

export type BsonType = 'double' | 'int' | 'long' | 'string' | 'object' | 'array' | 'objectId' | 'bool' | 'date' | 'null'
  | 'regex' | 'undefined' | 'missing'

const INT32_MIN = -2147483648
const INT32_MAX = 2147483647

/** The BSON type of a stored value. Numbers lost their BSON width on the way in: integers within int32 are `int`
 *  (as the SDK sends them, {$numberInt}), other integers `long`, the rest `double`. */
export function bsonTypeOf(v: unknown): BsonType {
  if (v === undefined) return 'missing'
  if (v === null) return 'null'
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return v >= INT32_MIN && v <= INT32_MAX ? 'int' : 'long'
    return 'double'
  }
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'bool'
  if (v instanceof Date) return 'date'
  if (v instanceof RegExp) return 'regex'
  if (isObjectId(v)) return 'objectId'
  if (Array.isArray(v)) return 'array'
  if (typeof v === 'object') return 'object'
  return 'undefined'
}

const BY_CODE: Record<number, BsonType> = {
  1: 'double', 2: 'string', 3: 'object', 4: 'array', 6: 'undefined', 7: 'objectId', 8: 'bool', 9: 'date', 10: 'null',
  11: 'regex', 16: 'int', 18: 'long'
}
const NAMES = new Set<string>([...Object.values(BY_CODE), 'number', 'decimal', 'binData', 'javascript', 'timestamp', 'minKey', 'maxKey'])

/** Does the value have this BSON type ($type / bsonType: an alias, 'number', or a numeric code)? */
export function hasBsonType(v: unknown, type: unknown): boolean {
  const actual = bsonTypeOf(v)
  if (type === 'number') return actual === 'double' || actual === 'int' || actual === 'long'
  if (typeof type === 'number') return BY_CODE[type] === actual
  return type === actual
}

/** Throws on a $type / bsonType that MongoDB does not know. */
export function checkBsonType(type: unknown, where: string): void {
  const ok = typeof type === 'string' ? NAMES.has(type) : typeof type === 'number' && (type in BY_CODE || [13, 17, 19, -1, 127, 5].includes(type))
  if (!ok) throw new Error(`${where}: unknown type name alias: ${JSON.stringify(type)}`)
}

export function isObjectId(v: unknown): v is ObjectId {
  return v instanceof ObjectId || (!!v && typeof v === 'object' && (v as { _bsontype?: string })._bsontype === 'ObjectId')
}

/** A document (embedded or not): an object that is not an array, date, regex or ObjectId. */
export function isDocument(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp) && !isObjectId(v)
}

/**
 * The values a dotted path reaches, as MongoDB's matcher walks it: an array met on the way is entered once (each
 * element that is a document continues the path; a numeric step also picks that element), arrays inside arrays are
 * not entered. `expandLeaf` also yields the elements of an array found at the end of the path (what $eq, $mod,
 * $type... test); $exists, $elemMatch and $size look at the values themselves.
 */
export function pathValues(doc: unknown, path: string, expandLeaf: boolean): unknown[] {
  const out: unknown[] = []
  walk(doc, path.split('.'), 0, expandLeaf, out)
  return out
}

function walk(value: unknown, parts: string[], i: number, expandLeaf: boolean, out: unknown[]): void {
  if (i === parts.length) {
    out.push(value)
    if (expandLeaf && Array.isArray(value)) out.push(...value)
    return
  }
  const part = parts[i]
  if (Array.isArray(value)) {
    if (/^\d+$/.test(part) && Number(part) < value.length) walk(value[Number(part)], parts, i + 1, expandLeaf, out)
    for (const el of value) if (isDocument(el)) walk(el, parts, i, expandLeaf, out)
    return
  }
  if (isDocument(value) && Object.prototype.hasOwnProperty.call(value, part)) {
    walk(value[part], parts, i + 1, expandLeaf, out)
  }
}

/** BSON equality: dates by instant, ObjectIds by value, documents field by field in order (as MongoDB compares). */
export function bsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  if (a instanceof RegExp || b instanceof RegExp) return a instanceof RegExp && b instanceof RegExp && a.source === b.source && a.flags === b.flags
  if (isObjectId(a) || isObjectId(b)) return isObjectId(a) && isObjectId(b) && a.toHexString() === b.toHexString()
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => bsonEqual(x, b[i]))
  }
  if (isDocument(a) && isDocument(b)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && bsonEqual(a[k], b[k]))
  }
  return false
}

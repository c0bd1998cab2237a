// EJSON at the edges of the local CloudBase. The SDK sends canonical EJSON strings; inside, documents are plain JS
// (Date, RegExp, ObjectId); on disk they are relaxed EJSON text, so that SQLite's json_extract sees dates as
// {"$date":"...Z"} strings that sort in time order.
import { EJSON, BSONRegExp, ObjectId } from 'bson'
import { invalidParam } from './errors'

export type Doc = Record<string, any>

/** Parse an EJSON string from the SDK and turn BSON wrappers into what mingo understands. */
export function parseEJSON(text: unknown, what: string): any {
  if (typeof text !== 'string') throw new EjsonError(`${what} must be an EJSON string`)
  try {
    // fromBson inside the try: an invalid regex or date in the input is bad input too, not a server error
    return fromBson(EJSON.parse(text, { relaxed: false }))
  } catch (e) {
    throw new EjsonError(`${what} is not valid EJSON: ${(e as Error).message}`)
  }
}

export class EjsonError extends Error {}

/** BSON types -> JS: BSONRegExp -> RegExp, Int32/Double/Long -> number; ObjectId stays ObjectId. */
export function fromBson(value: any): any {
  if (value === null || typeof value !== 'object') return value
  // an Invalid Date would be written to disk as {"$numberLong":"NaN"}, which no read could parse again
  if (value instanceof Date && Number.isNaN(value.getTime())) throw new EjsonError('invalid date')
  if (value instanceof Date || value instanceof RegExp || value instanceof ObjectId) return value
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, jsFlags(value.options))
  const bsontype = (value as any)._bsontype
  if (bsontype === 'Int32' || bsontype === 'Double') return value.valueOf()
  if (bsontype === 'Long') return Number(value.toString())
  if (bsontype === 'Decimal128') return Number(value.toString())
  if (Array.isArray(value)) return value.map(fromBson)
  const out: Doc = {}
  for (const k of Object.keys(value)) out[k] = fromBson(value[k])
  return out
}

function jsFlags(options: string): string {
  // BSON allows i, m, s, x, u, l; JS accepts i, m, s, u (x and l have no JS meaning)
  return [...new Set(options.split(''))].filter((f) => 'imsu'.includes(f)).join('')
}

/** Replace {$tcb_server_date: {offset}} with the server's time, anywhere in a value. */
export function resolveServerDates(value: any, now: Date): any {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date || value instanceof RegExp || value instanceof ObjectId) return value
  if (Array.isArray(value)) return value.map((v) => resolveServerDates(v, now))
  const keys = Object.keys(value)
  if (keys.length === 1 && keys[0] === '$tcb_server_date') {
    const offset = Number(value.$tcb_server_date?.offset ?? 0) || 0
    const date = new Date(now.getTime() + offset)
    if (Number.isNaN(date.getTime())) throw new EjsonError('serverDate offset is out of range')
    return date
  }
  const out: Doc = {}
  for (const k of keys) out[k] = resolveServerDates(value[k], now)
  return out
}

/** A document as the SDK expects it back: one canonical EJSON string. */
export function toWire(doc: unknown): string {
  return EJSON.stringify(doc as any, { relaxed: false })
}

/** Disk form: relaxed EJSON text (dates as ISO strings inside {"$date": ...}). */
export function toDisk(doc: Doc): string {
  return EJSON.stringify(doc as any, isoDates, undefined, { relaxed: true })
}

// Dates on disk are always the full 24-character ISO string (…T12:00:00.000Z), because SQLite compares them as text:
// relaxed EJSON drops zero milliseconds ("…12:00:00Z", and "." sorts before "Z") and writes dates outside 1970..9999
// as {"$numberLong"}, either of which would misorder a range condition or an ORDER BY pushed down to SQL.
const MIN_ISO_MS = -62167219200000 // 0000-01-01T00:00:00.000Z
const MAX_ISO_MS = 253402300799999 // 9999-12-31T23:59:59.999Z
function isoDates(key: string, value: any): any {
  if (key !== '$date') return value
  if (typeof value === 'string') return new Date(value).toISOString()
  if (value && typeof value === 'object' && typeof value.$numberLong === 'string' && Object.keys(value).length === 1) {
    const ms = Number(value.$numberLong)
    if (ms >= MIN_ISO_MS && ms <= MAX_ISO_MS) return new Date(ms).toISOString()
  }
  return value
}

export function fromDisk(text: string): Doc {
  return fromBson(EJSON.parse(text, { relaxed: true }))
}

/** The scalar key SQLite compares for a value, matching json_extract() over the disk form. */
export function sqlKey(value: unknown): string | number | null | undefined {
  if (value === null) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date || value instanceof ObjectId) return toDisk(value as any)
  return undefined // arrays, objects, regexps: not pushed down
}

export function idKey(id: unknown): string {
  if (typeof id === 'string') return id
  if (typeof id === 'number') return String(id)
  if (id instanceof ObjectId) return id.toHexString()
  throw invalidParam('_id must be a string')
}

export function newId(): string {
  // 32 hex chars like CloudBase ids: 12-byte ObjectId (time-ordered) + 4 random bytes
  return new ObjectId().toHexString() + Math.floor(Math.random() * 0xffffffff).toString(16).padStart(8, '0')
}

/**
 * A deep copy of a document that keeps Dates, RegExps and ObjectIds as they are. Not structuredClone: that builds
 * its Dates in Node's own realm, which `instanceof Date` (and so EJSON) does not recognise inside a jest sandbox.
 */
export function cloneDoc<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T
  if (value instanceof ObjectId) return value
  if (Array.isArray(value)) return value.map(cloneDoc) as T
  const out: Doc = {}
  for (const k of Object.keys(value)) out[k] = cloneDoc((value as Doc)[k])
  return out as T
}

// Date expression operators as MongoDB computes them, with `timezone` honoured (an Olson name such as
// "Asia/Shanghai", whose offset is taken AT THAT DATE, so daylight saving is right; or "+08:00" / "+0800" / "+08").
// Without a timezone everything is UTC, as in MongoDB.
//   $dateToString  all of MongoDB's specifiers (%w is 1 = Sunday .. 7, %U / %V weeks, %z / %Z offsets, %b / %B)
//   $week          0..53, weeks start on Sunday, days before the first Sunday are week 0 (strftime %U)
//   $year $month $dayOfMonth $hour $minute $second $millisecond $dayOfYear $dayOfWeek $isoWeek $isoWeekYear
//   $isoDayOfWeek  the same parts, in the given timezone
import { evaluate, type ExpressionOp } from './mingo'
import { isObjectId, isDocument, bsonTypeOf } from './bson'

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Minutes east of UTC for this timezone at this instant. */
export function tzOffsetMinutes(tz: unknown, at: Date): number {
  if (tz === undefined || tz === null) return 0
  if (typeof tz !== 'string') throw new Error(`timezone must evaluate to a string, found ${bsonTypeOf(tz)}`)
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(tz)
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0))
  let f = formatters.get(tz)
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric'
      })
    } catch {
      throw new Error(`unrecognized time zone identifier: "${tz}"`)
    }
    formatters.set(tz, f)
  }
  const p: Record<string, number> = {}
  for (const part of f.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value)
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60000)
}

/** The parts of a date as seen in a timezone. */
export interface Parts {
  year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number
  /** 0 = Sunday .. 6 */ dow: number
  /** 1..366 */ dayOfYear: number
  offset: number
}

export function partsOf(date: Date, tz: unknown): Parts {
  const offset = tzOffsetMinutes(tz, date)
  const d = new Date(date.getTime() + offset * 60000)
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1)
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(),
    minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds(), dow: d.getUTCDay(),
    dayOfYear: Math.round((midnight - jan1) / 86400000) + 1, offset
  }
}

/** strftime %U: weeks start on Sunday; the days before the year's first Sunday are week 0. */
export const weekOf = (p: Parts): number => Math.floor((p.dayOfYear - 1 + 7 - p.dow) / 7)
export const isoDayOf = (p: Parts): number => p.dow || 7

/** ISO 8601 week and week-year: the week (Monday..Sunday) belongs to the year its Thursday is in. */
export function isoWeekOf(p: Parts): { week: number; year: number } {
  const thursday = new Date(Date.UTC(p.year, p.month - 1, p.day + 4 - isoDayOf(p)))
  const year = thursday.getUTCFullYear()
  const day = Math.round((thursday.getTime() - Date.UTC(year, 0, 1)) / 86400000)
  return { week: Math.floor(day / 7) + 1, year }
}

/** A date operand: a Date, or an ObjectId (its timestamp); null when missing. */
function toDate(v: unknown, op: string): Date | null {
  if (v === null || v === undefined) return null
  if (v instanceof Date) return v
  if (isObjectId(v)) return v.getTimestamp()
  throw new Error(`${op}: can't convert from BSON type ${bsonTypeOf(v)} to Date`)
}

/** `{$op: <date>}`, `{$op: [<date>]}` or `{$op: {date, timezone}}` -> the parts, or null for a null date. */
function operandParts(obj: unknown, expr: unknown, op: string, options: Parameters<ExpressionOp>[2]): Parts | null {
  let dateExpr: unknown = expr
  let tz: unknown
  if (Array.isArray(expr)) {
    if (expr.length !== 1) throw new Error(`${op} takes exactly 1 argument`)
    dateExpr = expr[0]
  } else if (isDocument(expr) && 'date' in expr) {
    for (const k of Object.keys(expr)) if (k !== 'date' && k !== 'timezone') throw new Error(`unrecognized option to ${op}: "${k}"`)
    dateExpr = expr.date
    tz = evaluate(obj, expr.timezone, options)
  }
  const date = toDate(evaluate(obj, dateExpr, options), op)
  return date ? partsOf(date, tz) : null
}

function part(op: string, pick: (p: Parts) => number): ExpressionOp {
  return (obj, expr, options) => {
    const p = operandParts(obj, expr, op, options)
    return p ? pick(p) : null
  }
}

export const $year = part('$year', (p) => p.year)
export const $month = part('$month', (p) => p.month)
export const $dayOfMonth = part('$dayOfMonth', (p) => p.day)
export const $hour = part('$hour', (p) => p.hour)
export const $minute = part('$minute', (p) => p.minute)
export const $second = part('$second', (p) => p.second)
export const $millisecond = part('$millisecond', (p) => p.millisecond)
export const $dayOfYear = part('$dayOfYear', (p) => p.dayOfYear)
export const $dayOfWeek = part('$dayOfWeek', (p) => p.dow + 1)
export const $isoDayOfWeek = part('$isoDayOfWeek', isoDayOf)
export const $week = part('$week', weekOf)
export const $isoWeek = part('$isoWeek', (p) => isoWeekOf(p).week)
export const $isoWeekYear = part('$isoWeekYear', (p) => isoWeekOf(p).year)

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0')

function specifier(c: string, p: Parts): string {
  switch (c) {
    case 'Y': return pad(p.year, 4)
    case 'G': return pad(isoWeekOf(p).year, 4)
    case 'm': return pad(p.month, 2)
    case 'd': return pad(p.day, 2)
    case 'H': return pad(p.hour, 2)
    case 'M': return pad(p.minute, 2)
    case 'S': return pad(p.second, 2)
    case 'L': return pad(p.millisecond, 3)
    case 'j': return pad(p.dayOfYear, 3)
    case 'w': return String(p.dow + 1)
    case 'u': return String(isoDayOf(p))
    case 'U': return pad(weekOf(p), 2)
    case 'V': return pad(isoWeekOf(p).week, 2)
    case 'z': return (p.offset < 0 ? '-' : '+') + pad(Math.trunc(Math.abs(p.offset) / 60), 2) + pad(Math.abs(p.offset) % 60, 2)
    case 'Z': return String(p.offset)
    case 'b': return MONTHS[p.month - 1].slice(0, 3)
    case 'B': return MONTHS[p.month - 1]
    case '%': return '%'
    default: throw new Error(`$dateToString: Invalid format character '%${c}' in format string`)
  }
}

export function formatDate(format: string, p: Parts): string {
  let out = ''
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') { out += format[i]; continue }
    if (i + 1 >= format.length) throw new Error('$dateToString: Unmatched \'%\' at end of format string')
    out += specifier(format[++i], p)
  }
  return out
}

export const $dateToString: ExpressionOp = (obj, expr, options) => {
  if (!isDocument(expr)) throw new Error('$dateToString only supports an object as its argument')
  for (const k of Object.keys(expr)) if (!['date', 'format', 'timezone', 'onNull'].includes(k)) throw new Error(`Unrecognized parameter to $dateToString: ${k}`)
  if (!('date' in expr)) throw new Error("Missing 'date' parameter to $dateToString")
  const format = evaluate(obj, expr.format, options)
  const tz = evaluate(obj, expr.timezone, options)
  const date = toDate(evaluate(obj, expr.date, options), '$dateToString')
  if (!date) return 'onNull' in expr ? evaluate(obj, expr.onNull, options) : null
  if (format !== undefined && format !== null && typeof format !== 'string') throw new Error(`$dateToString requires that 'format' be a string, found: ${bsonTypeOf(format)}`)
  const p = partsOf(date, tz)
  // MongoDB's default: ISO 8601 with a "Z" in UTC, without it in any other timezone
  const fmt = typeof format === 'string' ? format : p.offset === 0 && (tz === undefined || tz === null || isUtc(tz)) ? '%Y-%m-%dT%H:%M:%S.%LZ' : '%Y-%m-%dT%H:%M:%S.%L'
  return formatDate(fmt, p)
}

const isUtc = (tz: unknown) => typeof tz === 'string' && /^(UTC|GMT|Etc\/UTC|Etc\/GMT|Z|[+-]00(:?00)?)$/.test(tz)

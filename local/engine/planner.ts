// The query planner: turns the parts of a MongoDB filter that SQLite can answer into a WHERE clause, so that only
// candidate rows are parsed. The SQL is always a superset of the answer; mingo then applies the whole filter.
//   indexed paths (declared in database/):  equality, $eq, $in, $gt/$gte/$lt/$lte  -> use the expression index
//   other top-level fields:                 the same, with "or it is an array" (Mongo matches array elements)
//   _id:                                    equality, $in and string ranges on the primary key
import { sqlKey, idKey, type Doc } from './ejson'

export interface Plan {
  where: string
  params: unknown[]
  /** ORDER BY for the SQL, when the sort can be done there (single-type index paths or _id). */
  orderBy?: string
  /** the SQL answers the filter exactly (only string _id conditions), so mingo need not look at it */
  exact: boolean
}

const RANGE: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }
const SAFE_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

export function jsonPath(path: string): string {
  return `json_extract(doc, '$.${path}')`
}

export function planQuery(filter: Doc | undefined, indexedPaths: Set<string>, sort?: Record<string, 1 | -1>): Plan {
  const clauses: string[] = []
  const params: unknown[] = []
  for (const [field, cond] of conditions(filter ?? {})) {
    if (field === '_id') pushId(cond, clauses, params)
    else if (SAFE_PATH.test(field) && indexedPaths.has(field)) pushField(field, cond, false, clauses, params)
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) pushField(field, cond, true, clauses, params)
  }
  const plan: Plan = { where: clauses.length ? clauses.join(' AND ') : '1', params, exact: isExactIdFilter(filter ?? {}) }
  if (sort && Object.keys(sort).length) {
    const keys = Object.keys(sort)
    if (keys.every((k) => k === '_id' || indexedPaths.has(k))) {
      plan.orderBy = keys.map((k) => `${k === '_id' ? '_id' : jsonPath(k)} ${sort[k] === -1 ? 'DESC' : 'ASC'}`).join(', ')
      if (!keys.includes('_id')) plan.orderBy += ', seq ASC'
    }
  }
  return plan
}

/** Field conditions at the top level of a filter, including inside a top-level $and. */
function* conditions(filter: Doc): Generator<[string, unknown]> {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (part && typeof part === 'object') yield* conditions(part)
    } else if (!key.startsWith('$')) {
      yield [key, value]
    }
  }
}

function isOperatorObject(v: unknown): v is Doc {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp) &&
    Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'))
}

function pushId(cond: unknown, clauses: string[], params: unknown[]): void {
  const ops: Doc = isOperatorObject(cond) ? cond : { $eq: cond }
  // A string bound: Mongo compares it with string _ids only, by their UTF-8 bytes, which is how SQLite compares the
  // _id column (strings are stored as they are), so `_id > ?` is a superset of the answer that uses the primary key.
  // This is what makes paging by an _id cursor (core/jobs/chunked.ts) read one page, not everything before it.
  for (const [op, sqlOp] of Object.entries(RANGE)) {
    if (typeof ops[op] === 'string') { clauses.push(`_id ${sqlOp} ?`); params.push(ops[op]) }
  }
  if ('$eq' in ops) {
    const k = safeId(ops.$eq)
    if (k !== undefined) { clauses.push('_id = ?'); params.push(k) }
  }
  if (Array.isArray(ops.$in)) {
    const keys = ops.$in.map(safeId)
    if (keys.every((k) => k !== undefined)) {
      clauses.push(keys.length ? `_id IN (${keys.map(() => '?').join(',')})` : '0')
      params.push(...keys)
    }
  }
}

function safeId(v: unknown): string | undefined {
  try { return typeof v === 'string' || typeof v === 'number' || (v && typeof v === 'object' && (v as any)._bsontype === 'ObjectId') ? idKey(v) : undefined } catch { return undefined }
}

function pushField(field: string, cond: unknown, mayBeArray: boolean, clauses: string[], params: unknown[]): void {
  const expr = jsonPath(field)
  const orArray = (sql: string) => (mayBeArray ? `(${sql} OR json_type(doc, '$.${field}') = 'array')` : sql)
  const ops: Doc = isOperatorObject(cond) ? cond : { $eq: cond }
  if ('$eq' in ops) {
    const k = sqlKey(ops.$eq)
    if (k !== undefined && k !== null) { clauses.push(orArray(`${expr} = ?`)); params.push(k) }
  }
  if (Array.isArray(ops.$in)) {
    const keys = ops.$in.map(sqlKey)
    if (keys.every((k) => k !== undefined && k !== null)) {
      clauses.push(keys.length ? orArray(`${expr} IN (${keys.map(() => '?').join(',')})`) : '0')
      params.push(...keys)
    }
  }
  for (const [op, sqlOp] of Object.entries(RANGE)) {
    if (!(op in ops)) continue
    const k = sqlKey(ops[op])
    // booleans compare as 0/1 in SQL but not in Mongo ranges; leave them to mingo
    if (k === undefined || k === null || typeof ops[op] === 'boolean') continue
    clauses.push(orArray(`${expr} ${sqlOp} ?`))
    params.push(k)
  }
}

/** {_id: 'x'} or {_id: {$in: ['x', 'y']}} (string ids only): exactly what `_id = ?` / `_id IN (...)` select. */
function isExactIdFilter(filter: Doc): boolean {
  const keys = Object.keys(filter)
  if (keys.length !== 1 || keys[0] !== '_id') return false
  const cond = filter._id
  if (typeof cond === 'string') return true
  if (!isOperatorObject(cond) || Object.keys(cond).length !== 1) return false
  if (typeof cond.$eq === 'string') return true
  return Array.isArray(cond.$in) && cond.$in.every((v: unknown) => typeof v === 'string')
}

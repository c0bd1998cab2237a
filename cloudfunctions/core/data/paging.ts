// Keyset paging for lists: {cursor, limit} in, {list, nextCursor} out. The cursor is opaque to clients: it carries
// the sort value and _id of the last item, so inserts between pages never duplicate or skip an item.
import type { Database } from '../runtime/cloud'
import { invalid } from '../contract/errors'
import { CONTROL_CHARS } from '../runtime/schemas'

export interface Page<T> { list: T[]; nextCursor: string | null }

interface CursorBody { v: string | number | null; id: string }

export function encodeCursor(value: unknown, id: string): string {
  const v = value instanceof Date ? `d:${value.toISOString()}` : (value as string | number | null)
  return Buffer.from(JSON.stringify({ v, id })).toString('base64url')
}

const ID_PATTERN = /^[\w.:@-]{1,128}$/
const MAX_VALUE_LENGTH = 256

/** What a cursor we made decodes to; anything else (a crafted one) is INVALID_ARGUMENT, never a query error. */
export function decodeCursor(cursor: string): { value: string | number | Date | null; id: string } {
  const refuse = () => invalid('翻页参数不正确，请刷新后重试')
  let body: CursorBody
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorBody
  } catch {
    throw refuse()
  }
  if (!body || typeof body !== 'object' || Array.isArray(body) || Object.keys(body).some((k) => k !== 'v' && k !== 'id')) throw refuse()
  const { v, id } = body
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) throw refuse()
  if (v === null || (typeof v === 'number' && Number.isFinite(v))) return { value: v, id }
  if (typeof v !== 'string' || v.length > MAX_VALUE_LENGTH || CONTROL_CHARS.test(v)) throw refuse()
  if (!v.startsWith('d:')) return { value: v, id }
  const date = new Date(v.slice(2))
  if (Number.isNaN(date.getTime()) || date.toISOString() !== v.slice(2)) throw refuse()
  return { value: date, id }
}

/**
 * One page of `where`, ordered by `field` (then _id) in `dir`. `_` is db.command.
 */
export async function keysetPage<T extends { _id: string }>(
  db: Database, coll: string, where: Record<string, unknown>,
  opts: { field: string; dir: 'asc' | 'desc'; cursor?: string | null; limit: number }
): Promise<Page<T>> {
  const _ = db.command
  let cond: Record<string, unknown> | ReturnType<typeof _.and> = where
  if (opts.cursor) {
    const { value, id } = decodeCursor(opts.cursor)
    const beyond = opts.dir === 'desc' ? _.lt : _.gt
    cond = _.and([where, _.or([{ [opts.field]: beyond.call(_, value) }, { [opts.field]: value, _id: beyond.call(_, id) }])])
  }
  const r = await db.collection(coll).where(cond).orderBy(opts.field, opts.dir).orderBy('_id', opts.dir).limit(opts.limit + 1).get()
  const rows = r.data as T[]
  const list = rows.slice(0, opts.limit)
  const last = list[list.length - 1] as any
  return { list, nextCursor: rows.length > opts.limit && last ? encodeCursor(last[opts.field], last._id) : null }
}

// Small, typed helpers over the SDK's database calls that every handler needs.
import { internal, notFound } from '../contract/errors'
import type { Database } from '../runtime/cloud'

export type WithId<T> = T & { _id: string }

export function isDuplicate(e: unknown): boolean {
  return (e as any)?.code === 'DATABASE_DUPLICATE_WRITE' || /duplicate key|E11000/i.test((e as any)?.message ?? '')
}

export async function getById<T>(db: Database, coll: string, id: string): Promise<WithId<T> | undefined> {
  if (typeof id !== 'string' || !id) return undefined
  const r = await db.collection(coll).where({ _id: id }).limit(1).get()
  return r.data[0]
}

export async function mustGet<T>(db: Database, coll: string, id: string, what: string): Promise<WithId<T>> {
  const doc = await getById<T>(db, coll, id)
  if (!doc) throw notFound(`${what}不存在`)
  return doc
}

export async function findOne<T>(db: Database, coll: string, where: Record<string, unknown>): Promise<WithId<T> | undefined> {
  const r = await db.collection(coll).where(where).limit(1).get()
  return r.data[0]
}

/** Insert with createdAt/updatedAt stamped; returns the new _id. */
export async function insert(db: Database, coll: string, doc: Record<string, unknown>, now: Date): Promise<string> {
  const r = await db.collection(coll).add({ ...doc, createdAt: now, updatedAt: now })
  return insertedId(r)
}

/** The _id of an `add`: the SDK types it optional, but CloudBase always answers it for a single document. */
export function insertedId(r: { id?: string }): string {
  if (!r.id) throw internal('保存失败，请重试')
  return r.id
}

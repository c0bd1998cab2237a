// Document operations as the CloudBase database API offers them, on the store directly or inside a transaction.
import type { Store, FindOptions } from './store'
import type { Transaction } from './transactions'
import { applyUpdate, seedFromFilter } from './update'
import { project } from './query'
import { ReaderPool } from './readers'
import { deadlineIn } from './reads'
import { collectionMissing, duplicateKey } from './errors'
import { toDisk, idKey, newId, type Doc } from './ejson'

export interface ModifyOptions { multi: boolean; merge: boolean; upsert: boolean }

export class Documents {
  /** `readers` answers the API's queries off the event loop; without one they run inline (with their time limit). */
  constructor(readonly store: Store, readonly readers: ReaderPool = new ReaderPool(store, { size: 0 })) {}

  // ---- the API's reads: asynchronous, through the reader pool; documents come back as wire strings ----

  findWire(coll: string, opts: FindOptions, tx?: Transaction): Promise<string[]> {
    return this.readers.find(coll, opts, tx)
  }

  countAsync(coll: string, filter: Doc | undefined, tx?: Transaction): Promise<number> {
    return this.readers.count(coll, filter, tx)
  }

  aggregateWire(coll: string, pipeline: Doc[]): Promise<string[]> {
    return this.readers.aggregate(coll, pipeline)
  }

  // ---- synchronous, on the main thread: the local CloudBase's own reads (sessions, WeChat quota) and the writes ----

  find(coll: string, opts: FindOptions, tx?: Transaction): Doc[] {
    if (!tx) return this.store.find(coll, opts)
    const docs = tx.find(coll, opts)
    return opts.projection && Object.keys(opts.projection).length ? project(docs, opts.projection) : docs
  }

  count(coll: string, filter: Doc | undefined, tx?: Transaction): number {
    return tx ? tx.find(coll, { filter }).length : this.store.count(coll, filter)
  }

  insert(coll: string, docs: Doc[], tx?: Transaction): string[] {
    if (tx) {
      if (!this.store.hasCollection(coll)) throw collectionMissing(coll)
      return docs.map((d) => {
        if (d._id === undefined || d._id === null) d._id = newId()
        if (tx.get(coll, idKey(d._id))) throw duplicateKey(coll, '_id_')
        tx.put(coll, d)
        return idKey(d._id)
      })
    }
    return this.store.atomically(() => docs.map((d) => this.store.insertDoc(coll, d)))
  }

  modify(coll: string, filter: Doc | undefined, update: Doc, opts: ModifyOptions, tx?: Transaction): { updated: number; upsertId?: string } {
    const run = () => {
      const matched = this.matching(coll, filter, opts.multi ? undefined : 1, tx)
      if (!matched.length) {
        if (!opts.upsert) return { updated: 0 }
        const seed = seedFromFilter(filter)
        if (seed._id === undefined) seed._id = newId()
        const doc = applyUpdate(seed, update, opts.merge, true)
        if (tx) { tx.put(coll, doc); return { updated: 0, upsertId: idKey(doc._id) } }
        return { updated: 0, upsertId: this.store.insertDoc(coll, doc) }
      }
      let updated = 0
      for (const doc of matched) {
        const next = applyUpdate(doc, update, opts.merge)
        if (toDisk(next) === toDisk(doc)) continue // unchanged: not counted, like MongoDB's nModified
        if (tx) tx.put(coll, next)
        else this.store.replaceDoc(coll, idKey(doc._id), next)
        updated++
      }
      return { updated }
    }
    return tx ? run() : this.store.atomically(run)
  }

  modifyAndReturn(coll: string, filter: Doc | undefined, update: Doc, tx?: Transaction): { updated: number; doc: Doc | null } {
    const run = () => {
      const [doc] = this.matching(coll, filter, 1, tx)
      if (!doc) return { updated: 0, doc: null }
      const next = applyUpdate(doc, update, true)
      if (toDisk(next) === toDisk(doc)) return { updated: 0, doc: next }
      if (tx) tx.put(coll, next)
      else this.store.replaceDoc(coll, idKey(doc._id), next)
      return { updated: 1, doc: next }
    }
    return tx ? run() : this.store.atomically(run)
  }

  remove(coll: string, filter: Doc | undefined, multi: boolean, tx?: Transaction): number {
    const run = () => {
      const matched = this.matching(coll, filter, multi ? undefined : 1, tx)
      for (const doc of matched) {
        if (tx) tx.remove(coll, idKey(doc._id))
        else this.store.deleteDoc(coll, idKey(doc._id))
      }
      return matched.length
    }
    return tx ? run() : this.store.atomically(run)
  }

  aggregate(coll: string, pipeline: Doc[]): Doc[] {
    return this.store.aggregate(coll, pipeline)
  }

  private matching(coll: string, filter: Doc | undefined, limit: number | undefined, tx?: Transaction): Doc[] {
    if (tx) {
      const id = filter && typeof filter._id === 'string' && Object.keys(filter).length === 1 ? filter._id : undefined
      if (id !== undefined) { const d = tx.get(coll, id); return d ? [d] : [] }
      return tx.find(coll, { filter, limit })
    }
    // matched on the writer connection, in the write's SQLite transaction (atomic); the time limit is checked per row
    return this.store.find(coll, { filter, limit }, undefined, deadlineIn(this.readers.queryTimeoutMs))
  }
}

// Transactions: snapshot reads and all-or-nothing commit with conflict detection (optimistic, first committer wins).
// A transaction holds a read-only SQLite connection with an open read transaction: WAL gives it a stable snapshot.
// Its writes are buffered; commit re-checks, inside one SQLite write transaction, that every document it read or
// wrote still has the version it saw, then applies the buffered writes. Otherwise: DATABASE_TRANSACTION_CONFLICT, and
// the SDK's runTransaction retries.
import Database from 'better-sqlite3'
import crypto from 'node:crypto'
import type { Store, Row, FindOptions } from './store'
import { compileFilter, sortDocs } from './query'
import { idKey, cloneDoc, type Doc } from './ejson'
import { txConflict, txMissing } from './errors'

const IDLE_MS = 60_000

type Key = string // `${collection}\u0000${_id}`

export class Transaction {
  readonly id = crypto.randomBytes(12).toString('hex')
  private snapshot: Database.Database
  /** version seen for every document read or written (undefined = did not exist) */
  private seen = new Map<Key, number | undefined>()
  /** buffered writes: the new document, or null for a delete */
  private writes = new Map<Key, { coll: string; id: string; doc: Doc | null }>()
  lastUsed = Date.now()

  constructor(private store: Store) {
    this.snapshot = new Database(store.file, { readonly: true, fileMustExist: true })
    this.snapshot.pragma('busy_timeout = 5000')
    this.snapshot.exec('BEGIN')
    this.snapshot.prepare('SELECT count(*) FROM _collections').get() // the first read pins the snapshot
  }

  /** The document as this transaction sees it. */
  get(coll: string, id: string): Doc | undefined {
    const key = k(coll, id)
    const w = this.writes.get(key)
    if (w) return w.doc ? cloneDoc(w.doc) : undefined
    const row = this.store.getRow(coll, id, this.snapshot)
    if (!this.seen.has(key)) this.seen.set(key, row?.v)
    return row?.doc
  }

  find(coll: string, opts: FindOptions): Doc[] {
    const base: Row[] = this.store.findRows(coll, { filter: opts.filter }, this.snapshot)
    const docs = new Map<string, Doc>()
    for (const r of base) {
      const key = k(coll, r._id)
      if (!this.seen.has(key)) this.seen.set(key, r.v)
      docs.set(r._id, r.doc)
    }
    const query = compileFilter(opts.filter ?? {})
    for (const w of this.writes.values()) {
      if (w.coll !== coll) continue
      if (w.doc && query.test(w.doc)) docs.set(w.id, cloneDoc(w.doc))
      else docs.delete(w.id)
    }
    let list = [...docs.values()]
    if (opts.sort && Object.keys(opts.sort).length) list = sortDocs(list, opts.sort)
    const skip = opts.skip ?? 0
    return list.slice(skip, opts.limit === undefined ? undefined : skip + opts.limit)
  }

  put(coll: string, doc: Doc): void {
    const id = idKey(doc._id)
    this.get(coll, id) // records the version the write is based on
    this.writes.set(k(coll, id), { coll, id, doc: cloneDoc(doc) })
  }

  remove(coll: string, id: string): void {
    this.get(coll, id)
    this.writes.set(k(coll, id), { coll, id, doc: null })
  }

  commit(): void {
    try {
      this.store.atomically(() => {
        for (const [key, version] of this.seen) {
          const [coll, id] = key.split('\u0000')
          if (this.store.getRow(coll, id)?.v !== version) throw txConflict()
        }
        for (const w of this.writes.values()) {
          const exists = this.store.getRow(w.coll, w.id)
          if (w.doc === null) { if (exists) this.store.deleteDoc(w.coll, w.id) }
          else if (exists) this.store.replaceDoc(w.coll, w.id, w.doc)
          else this.store.insertDoc(w.coll, w.doc)
        }
      })
    } finally {
      this.close()
    }
  }

  close(): void {
    if (this.snapshot.open) {
      try { this.snapshot.exec('ROLLBACK') } catch { /* already ended */ }
      this.snapshot.close()
    }
  }
}

export class TransactionManager {
  private open = new Map<string, Transaction>()
  private sweeper: NodeJS.Timeout

  constructor(private store: Store) {
    this.sweeper = setInterval(() => this.sweep(), 10_000)
    this.sweeper.unref()
  }

  start(): Transaction {
    const tx = new Transaction(this.store)
    this.open.set(tx.id, tx)
    return tx
  }

  get(id: unknown): Transaction {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined
    if (!tx) throw txMissing()
    tx.lastUsed = Date.now()
    return tx
  }

  commit(id: unknown): void {
    const tx = this.get(id)
    this.open.delete(tx.id)
    tx.commit()
  }

  abort(id: unknown): void {
    const tx = this.get(id)
    this.open.delete(tx.id)
    tx.close()
  }

  closeAll(): void {
    clearInterval(this.sweeper)
    for (const tx of this.open.values()) tx.close()
    this.open.clear()
  }

  private sweep(): void {
    const now = Date.now()
    for (const [id, tx] of this.open) if (now - tx.lastUsed > IDLE_MS) { this.open.delete(id); tx.close() }
  }
}

const k = (coll: string, id: string): Key => `${coll}\u0000${id}`

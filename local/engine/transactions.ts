// Transactions: snapshot reads, writes checked for conflicts AT THE WRITE (first writer wins), all-or-nothing commit.
// A transaction holds a read-only SQLite connection with an open read transaction: WAL gives it a stable snapshot.
// Its writes are buffered. A write is refused with DATABASE_TRANSACTION_CONFLICT, and the transaction aborted (as
// MongoDB aborts on a WriteConflict), when
//   - another open transaction has already written that document (first writer wins), or
//   - the document changed (was written, inserted or deleted outside) since this transaction's snapshot.
// Commit re-checks, inside one SQLite write transaction, that every document it read or wrote still has the version
// it saw (a write outside may have landed after this transaction's write), then applies the buffered writes.
// The SDK's runTransaction retries on DATABASE_TRANSACTION_CONFLICT with a new transaction.
import Database from 'better-sqlite3'
import crypto from 'node:crypto'
import type { Store, Row, FindOptions } from './store'
import { compileFilter, sortDocs } from './query'
import { idKey, cloneDoc, type Doc } from './ejson'
import type { Deadline } from './reads'
import { txConflict, txMissing, type ConflictReason } from './errors'

const IDLE_MS = 60_000

type Key = string // `${collection}\u0000${_id}`

/** What a transaction needs from its manager: who holds a document, and how to end itself after a conflict. */
interface Registry {
  writer(key: Key): Transaction | undefined
  claim(key: Key, tx: Transaction): void
  abort(tx: Transaction): void
}

export class Transaction {
  readonly id = crypto.randomBytes(12).toString('hex')
  private snapshot: Database.Database
  /** version seen for every document read or written (undefined = did not exist) */
  private seen = new Map<Key, number | undefined>()
  /** buffered writes: the new document, or null for a delete */
  private writes = new Map<Key, { coll: string; id: string; doc: Doc | null }>()
  lastUsed = Date.now()

  constructor(private store: Store, private registry: Registry) {
    this.snapshot = new Database(store.file, { readonly: true, fileMustExist: true })
    this.snapshot.pragma('busy_timeout = 5000')
    this.snapshot.exec('BEGIN')
    this.snapshot.prepare('SELECT count(*) FROM _collections').get() // the first read pins the snapshot
  }

  /** The keys this transaction has written (its write locks). */
  writtenKeys(): IterableIterator<Key> {
    return this.writes.keys()
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

  /** `deadline`: the query's time limit, checked between the snapshot's rows (reads.ts). */
  find(coll: string, opts: FindOptions, deadline?: Deadline): Doc[] {
    const base: Row[] = this.store.findRows(coll, { filter: opts.filter }, this.snapshot, deadline)
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
    this.checkWrite(coll, id)
    this.writes.set(k(coll, id), { coll, id, doc: cloneDoc(doc) })
  }

  remove(coll: string, id: string): void {
    this.checkWrite(coll, id)
    this.writes.set(k(coll, id), { coll, id, doc: null })
  }

  /** Refuse (and abort this transaction) a write that another open transaction or an outside write got to first. */
  private checkWrite(coll: string, id: string): void {
    const key = k(coll, id)
    this.get(coll, id) // records the version the write is based on
    const holder = this.registry.writer(key)
    if (holder && holder !== this) this.conflict('written-by-other', coll, id)
    if (this.store.getRow(coll, id)?.v !== this.seen.get(key)) this.conflict('changed-since-read', coll, id)
    this.registry.claim(key, this)
  }

  private conflict(reason: ConflictReason, coll: string, id: string): never {
    this.registry.abort(this)
    throw txConflict(reason, coll, id)
  }

  commit(): void {
    try {
      this.store.atomically(() => {
        for (const [key, version] of this.seen) {
          const [coll, id] = key.split('\u0000')
          if (this.store.getRow(coll, id)?.v !== version) {
            throw txConflict(this.writes.has(key) ? 'changed-since-read' : 'stale-read', coll, id)
          }
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

export class TransactionManager implements Registry {
  private open = new Map<string, Transaction>()
  /** document key -> the open transaction that has written it */
  private writers = new Map<Key, Transaction>()
  private sweeper: NodeJS.Timeout

  constructor(private store: Store) {
    this.sweeper = setInterval(() => this.sweep(), 10_000)
    this.sweeper.unref()
  }

  start(): Transaction {
    const tx = new Transaction(this.store, this)
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
    this.end(tx)
    tx.commit()
  }

  abort(txOrId: Transaction | unknown): void {
    const tx = txOrId instanceof Transaction ? txOrId : this.get(txOrId)
    this.end(tx)
    tx.close()
  }

  writer(key: Key): Transaction | undefined {
    return this.writers.get(key)
  }

  claim(key: Key, tx: Transaction): void {
    if (this.open.get(tx.id) !== tx) throw txMissing()
    this.writers.set(key, tx)
  }

  closeAll(): void {
    clearInterval(this.sweeper)
    for (const tx of this.open.values()) tx.close()
    this.open.clear()
    this.writers.clear()
  }

  /** Forget an open transaction and release its write locks. */
  private end(tx: Transaction): void {
    this.open.delete(tx.id)
    for (const key of tx.writtenKeys()) if (this.writers.get(key) === tx) this.writers.delete(key)
  }

  private sweep(): void {
    const now = Date.now()
    for (const tx of [...this.open.values()]) if (now - tx.lastUsed > IDLE_MS) this.abort(tx)
  }
}

const k = (coll: string, id: string): Key => `${coll}\u0000${id}`

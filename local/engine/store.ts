// The storage engine: one SQLite file (WAL), one table per collection, documents as relaxed-EJSON text.
//   table c_<name>(seq INTEGER PRIMARY KEY, _id TEXT UNIQUE, doc TEXT, v INTEGER)
//   seq keeps insertion order (Mongo's natural order); v is a global write sequence used by transactions to detect
//   conflicts. Every call here is synchronous, on the one writer connection: each statement (and each multi-document
//   write, wrapped in a SQLite transaction) is atomic with respect to every other request. The read path lives in
//   reads.ts; the API's queries run it in reader threads (readers.ts) on their own connections.
import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { COLLECTIONS, type CollectionSpec, type IndexSpec } from '../../database/collections'
import { toDisk, idKey, newId, type Doc } from './ejson'
import { jsonPath } from './planner'
import { SqlReader, table, type FindOptions, type Row, type Deadline } from './reads'
import { collectionMissing, duplicateKey, invalidParam } from './errors'

export { table, type FindOptions, type Row }

const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/

export class Store {
  readonly db: Database.Database
  readonly file: string
  private seq = 0
  private collections = new Map<string, { indexes: IndexSpec[]; indexedPaths: Set<string> }>()
  private stmtCache = new Map<string, Database.Statement>()
  private reader: SqlReader

  constructor(dataDir: string, specs: CollectionSpec[] = COLLECTIONS) {
    fs.mkdirSync(dataDir, { recursive: true })
    this.file = path.join(dataDir, 'cloudbase.sqlite')
    this.db = new Database(this.file)
    this.db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode: a committed write survives the process being killed (not a power cut, which needs FULL)
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    this.reader = new SqlReader(this.db)
    this.db.exec('CREATE TABLE IF NOT EXISTS _collections (name TEXT PRIMARY KEY, indexes TEXT NOT NULL)')
    for (const row of this.db.prepare('SELECT name, indexes FROM _collections').all() as any[]) {
      this.register(row.name, JSON.parse(row.indexes))
    }
    for (const spec of specs) this.addCollection(spec.name, spec.indexes)
    for (const name of this.collections.keys()) {
      const r = this.db.prepare(`SELECT max(v) AS v FROM ${table(name)}`).get() as any
      this.seq = Math.max(this.seq, r?.v ?? 0)
    }
  }

  close(): void {
    this.db.close()
  }

  nextVersion(): number {
    return ++this.seq
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name)
  }

  collectionNames(): string[] {
    return [...this.collections.keys()]
  }

  /** Create a collection (and its indexes) if missing. Returns false when it already existed with those indexes. */
  addCollection(name: string, indexes: IndexSpec[] = []): boolean {
    if (!NAME.test(name)) throw invalidParam(`集合名称不合法: ${name}`)
    const known = this.collections.get(name)
    const merged = [...(known?.indexes ?? [])]
    for (const ix of indexes) if (!merged.some((m) => m.name === ix.name)) merged.push(ix)
    if (known && merged.length === known.indexes.length) return false
    this.db.transaction(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${table(name)} (seq INTEGER PRIMARY KEY, _id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL, v INTEGER NOT NULL)`)
      for (const ix of merged) {
        for (const p of Object.keys(ix.fields)) if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(p)) throw invalidParam(`索引字段不合法: ${p}`)
        const cols = Object.entries(ix.fields).map(([p, dir]) => `${jsonPath(p)} ${dir === -1 ? 'DESC' : 'ASC'}`).join(', ')
        this.db.exec(`CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "ix_${name}_${ix.name}" ON ${table(name)} (${cols})`)
      }
      this.db.prepare('INSERT INTO _collections (name, indexes) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET indexes = excluded.indexes')
        .run(name, JSON.stringify(merged))
    })()
    this.register(name, merged)
    return !known
  }

  private register(name: string, indexes: IndexSpec[]): void {
    const indexedPaths = new Set<string>()
    for (const ix of indexes) for (const p of Object.keys(ix.fields)) indexedPaths.add(p)
    this.collections.set(name, { indexes, indexedPaths })
    this.stmtCache.clear()
    this.reader?.reset()
  }

  private meta(name: string) {
    const m = this.collections.get(name)
    if (!m) throw collectionMissing(name)
    return m
  }

  private stmt(sql: string): Database.Statement {
    let s = this.stmtCache.get(sql)
    if (!s) { s = this.db.prepare(sql); this.stmtCache.set(sql, s) }
    return s
  }

  // ---- reads (reads.ts; the API's queries go through the reader pool, readers.ts) ----

  /** A collection's indexed paths; throws DATABASE_COLLECTION_NOT_EXIST when it does not exist. */
  indexedPaths(name: string): Set<string> {
    return this.meta(name).indexedPaths
  }

  /** Rows matching the filter, in sort order, after skip/limit; `db` may be a transaction's snapshot connection. */
  findRows(name: string, opts: FindOptions, db: Database.Database = this.db, deadline?: Deadline): Row[] {
    return this.readerFor(db).findRows(name, this.indexedPaths(name), opts, deadline)
  }

  find(name: string, opts: FindOptions, db?: Database.Database, deadline?: Deadline): Doc[] {
    return this.readerFor(db ?? this.db).find(name, this.indexedPaths(name), opts, deadline)
  }

  getRow(name: string, id: string, db: Database.Database = this.db): Row | undefined {
    this.meta(name)
    return this.readerFor(db).getRow(name, id)
  }

  count(name: string, filter?: Doc, deadline?: Deadline): number {
    return this.reader.count(name, this.indexedPaths(name), filter, deadline)
  }

  all(name: string): Doc[] {
    this.meta(name)
    return this.reader.all(name)
  }

  aggregate(name: string, pipeline: Doc[], deadline?: Deadline): Doc[] {
    return this.reader.aggregate(name, (n) => this.indexedPaths(n), pipeline, deadline)
  }

  private readerFor(db: Database.Database): SqlReader {
    return db === this.db ? this.reader : new SqlReader(db, false)
  }

  // ---- writes (callers wrap several in this.db.transaction when they must be all-or-nothing) ----

  insertDoc(name: string, doc: Doc): string {
    this.meta(name)
    if (doc._id === undefined || doc._id === null) doc._id = newId()
    const id = idKey(doc._id)
    this.checkIndexedScalars(name, doc)
    try {
      this.stmt(`INSERT INTO ${table(name)} (_id, doc, v) VALUES (?, ?, ?)`).run(id, toDisk(doc), this.nextVersion())
    } catch (e) {
      throw this.mapConstraint(name, e)
    }
    return id
  }

  replaceDoc(name: string, id: string, doc: Doc): void {
    this.checkIndexedScalars(name, doc)
    try {
      this.stmt(`UPDATE ${table(name)} SET doc = ?, v = ? WHERE _id = ?`).run(toDisk(doc), this.nextVersion(), id)
    } catch (e) {
      throw this.mapConstraint(name, e)
    }
  }

  deleteDoc(name: string, id: string): number {
    this.meta(name)
    return this.stmt(`DELETE FROM ${table(name)} WHERE _id = ?`).run(id).changes
  }

  /** Run fn inside one SQLite transaction (nested calls become savepoints). */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  private checkIndexedScalars(name: string, doc: Doc): void {
    for (const p of this.meta(name).indexedPaths) {
      let v: any = doc
      for (const part of p.split('.')) {
        if (v === null || typeof v !== 'object') { v = undefined; break }
        v = v[part]
        if (Array.isArray(v)) throw invalidParam(`字段 ${p} 建有索引，不能存放数组 (indexed field must not be an array)`)
      }
    }
  }

  private mapConstraint(name: string, e: unknown): Error {
    const msg = (e as Error).message ?? ''
    if ((e as any).code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(msg)) {
      const m = /index '([^']+)'/.exec(msg)
      const ixName = m ? m[1].replace(`ix_${name}_`, '') : msg.includes('._id') ? '_id_' : 'unique'
      return duplicateKey(name, ixName)
    }
    return e as Error
  }

  /** Online backup to a file (SQLite backup API: consistent while the server keeps running). */
  async backup(file: string): Promise<void> {
    await this.db.backup(file)
  }
}

// The storage engine: one SQLite file (WAL), one table per collection, documents as relaxed-EJSON text.
//   table c_<name>(seq INTEGER PRIMARY KEY, _id TEXT UNIQUE, doc TEXT, v INTEGER)
//   seq keeps insertion order (Mongo's natural order); v is a global write sequence used by transactions to detect
//   conflicts. Every call here is synchronous: with one Node process, each statement (and each multi-document write,
//   wrapped in a SQLite transaction) is atomic with respect to every other request.
import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { COLLECTIONS, type CollectionSpec, type IndexSpec } from '../../database/collections'
import { fromDisk, toDisk, idKey, newId, type Doc } from './ejson'
import { planQuery, jsonPath, type Plan } from './planner'
import { compileFilter, sortDocs, project } from './query'
import { collectionMissing, duplicateKey, invalidParam } from './errors'

export interface FindOptions {
  filter?: Doc
  sort?: Record<string, 1 | -1>
  skip?: number
  limit?: number
  projection?: Doc
}

export interface Row { seq: number; _id: string; doc: Doc; v: number }

const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/

export class Store {
  readonly db: Database.Database
  readonly file: string
  private seq = 0
  private collections = new Map<string, { indexes: IndexSpec[]; indexedPaths: Set<string> }>()
  private stmtCache = new Map<string, Database.Statement>()

  constructor(dataDir: string, specs: CollectionSpec[] = COLLECTIONS) {
    fs.mkdirSync(dataDir, { recursive: true })
    this.file = path.join(dataDir, 'cloudbase.sqlite')
    this.db = new Database(this.file)
    this.db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode: a committed write survives the process being killed (not a power cut, which needs FULL)
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
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
  }

  private meta(name: string) {
    const m = this.collections.get(name)
    if (!m) throw collectionMissing(name)
    return m
  }

  private stmt(sql: string, db: Database.Database = this.db): Database.Statement {
    if (db !== this.db) return db.prepare(sql)
    let s = this.stmtCache.get(sql)
    if (!s) { s = db.prepare(sql); this.stmtCache.set(sql, s) }
    return s
  }

  // ---- reads ----

  /** Rows matching the filter, in sort order, after skip/limit; `db` may be a transaction's snapshot connection. */
  findRows(name: string, opts: FindOptions, db: Database.Database = this.db): Row[] {
    const { indexedPaths } = this.meta(name)
    const plan = planQuery(opts.filter, indexedPaths, opts.sort)
    const query = plan.exact ? undefined : compileFilter(opts.filter ?? {})
    const skip = opts.skip ?? 0
    const limit = opts.limit ?? Infinity
    const sortInSql = !opts.sort || Object.keys(opts.sort).length === 0 || !!plan.orderBy
    const out: Row[] = []
    let skipped = 0
    for (const raw of this.candidates(name, plan, db)) {
      const doc = fromDisk(raw.doc)
      if (query && !query.test(doc)) continue
      if (sortInSql) {
        if (skipped < skip) { skipped++; continue }
        out.push({ seq: raw.seq, _id: raw._id, doc, v: raw.v })
        if (out.length >= limit) break
      } else {
        out.push({ seq: raw.seq, _id: raw._id, doc, v: raw.v })
      }
    }
    if (sortInSql) return out
    const byId = new Map(out.map((r) => [r._id, r]))
    const sorted = sortDocs(out.map((r) => r.doc), opts.sort!)
    return sorted.slice(skip, skip + limit).map((d) => byId.get(idKey(d._id))!)
  }

  /**
   * Candidate rows in the plan's order. Without a sort, natural (insertion) order is kept cheaply: the filtered
   * row numbers are sorted first (index-only when the conditions are indexed) and documents are read one by one,
   * so a query that stops after `limit` matches never sorts thousands of whole documents.
   */
  private *candidates(name: string, plan: Plan, db: Database.Database): Generator<any> {
    if (plan.orderBy || plan.where === '1') {
      const sql = `SELECT seq, _id, doc, v FROM ${table(name)} WHERE ${plan.where} ORDER BY ${plan.orderBy ?? 'seq ASC'}`
      yield* this.stmt(sql, db).iterate(...plan.params) as Iterable<any>
      return
    }
    const seqs = this.stmt(`SELECT seq FROM ${table(name)} WHERE ${plan.where} ORDER BY seq ASC`, db).pluck().all(...plan.params) as number[]
    const bySeq = this.stmt(`SELECT seq, _id, doc, v FROM ${table(name)} WHERE seq = ?`, db)
    for (const seq of seqs) {
      const row = bySeq.get(seq)
      if (row) yield row
    }
  }

  find(name: string, opts: FindOptions, db?: Database.Database): Doc[] {
    const docs = this.findRows(name, opts, db).map((r) => r.doc)
    return opts.projection && Object.keys(opts.projection).length ? project(docs, opts.projection) : docs
  }

  getRow(name: string, id: string, db: Database.Database = this.db): Row | undefined {
    this.meta(name)
    const raw = this.stmt(`SELECT seq, _id, doc, v FROM ${table(name)} WHERE _id = ?`, db).get(id) as any
    return raw ? { seq: raw.seq, _id: raw._id, doc: fromDisk(raw.doc), v: raw.v } : undefined
  }

  count(name: string, filter?: Doc): number {
    const { indexedPaths } = this.meta(name)
    const plan = planQuery(filter, indexedPaths)
    // no filter, or one SQL answers exactly (string _ids): count in SQL without reading a document
    if (!filter || Object.keys(filter).length === 0 || plan.exact) {
      return (this.stmt(`SELECT count(*) AS n FROM ${table(name)} WHERE ${plan.where}`).get(...plan.params) as any).n
    }
    const query = compileFilter(filter!)
    let n = 0
    for (const raw of this.stmt(`SELECT doc FROM ${table(name)} WHERE ${plan.where}`).iterate(...plan.params) as Iterable<any>) {
      if (query.test(fromDisk(raw.doc))) n++
    }
    return n
  }

  all(name: string): Doc[] {
    this.meta(name)
    return (this.stmt(`SELECT doc FROM ${table(name)} ORDER BY seq`).all() as any[]).map((r) => fromDisk(r.doc))
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

export function table(name: string): string {
  return `"c_${name}"`
}

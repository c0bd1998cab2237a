// Read queries over one SQLite connection: plan, SQL, then mingo's filter / sort / projection. One home for the read
// path, used on the main thread (the store's writer connection, a transaction's snapshot) and in the reader threads
// (reader-worker.ts, each on its own read-only connection). Nothing here knows which thread it runs on.
import type Database from 'better-sqlite3'
import { performance } from 'node:perf_hooks'
import { fromDisk, idKey, type Doc } from './ejson'
import { planQuery, type Plan } from './planner'
import { compileFilter, sortDocs, project, runPipeline } from './query'
import { queryTimeout } from './errors'

export interface FindOptions {
  filter?: Doc
  sort?: Record<string, 1 | -1>
  skip?: number
  limit?: number
  projection?: Doc
}

export interface Row { seq: number; _id: string; doc: Doc; v: number }

/** When a query must have answered: an epoch instant in ms (comparable across threads), and the limit it came from. */
export interface Deadline { at: number; limitMs: number }

interface RawRow { seq: number; _id: string; doc: string; v: number }

/** Epoch ms with sub-ms precision, the same clock in every thread. */
export const clockMs = (): number => performance.timeOrigin + performance.now()

export function deadlineIn(limitMs: number): Deadline {
  return { at: clockMs() + limitMs, limitMs }
}

/** Checks the deadline every 256 rows: cheap enough for a scan, fine-grained enough to stop within a few ms. */
function ticker(deadline: Deadline | undefined): () => void {
  if (!deadline) return () => undefined
  let n = 0
  return () => {
    if ((++n & 255) === 0 && clockMs() > deadline.at) throw queryTimeout(deadline.limitMs)
  }
}

export class SqlReader {
  private cache = new Map<string, Database.Statement>()
  private indexUse = new Map<string, boolean>()

  /** `cacheStatements`: false for short-lived connections (a transaction's snapshot). */
  constructor(readonly db: Database.Database, private cacheStatements = true) {}

  /** Forget prepared statements (after a schema change on this connection). */
  reset(): void {
    this.cache.clear()
    this.indexUse.clear()
  }

  stmt(sql: string): Database.Statement {
    if (!this.cacheStatements) return this.db.prepare(sql)
    let s = this.cache.get(sql)
    if (!s) { s = this.db.prepare(sql); this.cache.set(sql, s) }
    return s
  }

  /** Rows matching the filter, in sort order, after skip/limit. */
  findRows(name: string, indexedPaths: Set<string>, opts: FindOptions, deadline?: Deadline): Row[] {
    const plan = planQuery(opts.filter, indexedPaths, opts.sort)
    const query = plan.exact ? undefined : compileFilter(opts.filter ?? {})
    const skip = opts.skip ?? 0
    const limit = opts.limit ?? Infinity
    const sortInSql = !opts.sort || Object.keys(opts.sort).length === 0 || !!plan.orderBy
    const tick = ticker(deadline)
    const out: Row[] = []
    let skipped = 0
    for (const raw of this.candidates(name, plan)) {
      tick()
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

  /** findRows, then the projection: the documents a query answers. */
  find(name: string, indexedPaths: Set<string>, opts: FindOptions, deadline?: Deadline): Doc[] {
    const docs = this.findRows(name, indexedPaths, opts, deadline).map((r) => r.doc)
    return opts.projection && Object.keys(opts.projection).length ? project(docs, opts.projection) : docs
  }

  /**
   * Candidate rows in the plan's order. Without a sort, natural (insertion) order is kept cheaply: the filtered
   * row numbers are sorted first (index-only when the conditions are indexed) and documents are read one by one,
   * so a query that stops after `limit` matches never sorts thousands of whole documents.
   */
  private *candidates(name: string, plan: Plan): Generator<RawRow> {
    if (plan.orderBy || plan.where === '1' || !this.usesIndex(name, plan)) {
      const sql = `SELECT seq, _id, doc, v FROM ${table(name)} WHERE ${plan.where} ORDER BY ${plan.orderBy ?? 'seq ASC'}`
      yield* this.stmt(sql).iterate(...plan.params) as Iterable<RawRow>
      return
    }
    const seqs = this.stmt(`SELECT seq FROM ${table(name)} WHERE ${plan.where} ORDER BY seq ASC`).pluck().all(...plan.params) as number[]
    const bySeq = this.stmt(`SELECT seq, _id, doc, v FROM ${table(name)} WHERE seq = ?`)
    for (const seq of seqs) {
      const row = bySeq.get(seq) as RawRow | undefined
      if (row) yield row
    }
  }

  /**
   * Whether SQLite answers the plan's conditions from an index (then its rows come in index order, and sorting just
   * their row numbers is cheap). Without an index it scans the table in seq order anyway: one statement streams the
   * rows and stops after `limit` matches, where collecting every matching seq first would read the whole table.
   */
  private usesIndex(name: string, plan: Plan): boolean {
    const sql = `SELECT seq FROM ${table(name)} WHERE ${plan.where} ORDER BY seq ASC`
    let known = this.indexUse.get(sql)
    if (known === undefined) {
      const steps = this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...plan.params) as Array<{ detail: string }>
      known = steps.some((s) => / USING /.test(s.detail))
      if (this.cacheStatements) this.indexUse.set(sql, known)
    }
    return known
  }

  getRow(name: string, id: string): Row | undefined {
    const raw = this.stmt(`SELECT seq, _id, doc, v FROM ${table(name)} WHERE _id = ?`).get(id) as RawRow | undefined
    return raw ? { seq: raw.seq, _id: raw._id, doc: fromDisk(raw.doc), v: raw.v } : undefined
  }

  count(name: string, indexedPaths: Set<string>, filter: Doc | undefined, deadline?: Deadline): number {
    const plan = planQuery(filter, indexedPaths)
    // no filter, or one SQL answers exactly (string _ids): count in SQL without reading a document
    if (!filter || Object.keys(filter).length === 0 || plan.exact) {
      return (this.stmt(`SELECT count(*) AS n FROM ${table(name)} WHERE ${plan.where}`).get(...plan.params) as { n: number }).n
    }
    const query = compileFilter(filter)
    const tick = ticker(deadline)
    let n = 0
    for (const raw of this.stmt(`SELECT doc FROM ${table(name)} WHERE ${plan.where}`).iterate(...plan.params) as Iterable<{ doc: string }>) {
      tick()
      if (query.test(fromDisk(raw.doc))) n++
    }
    return n
  }

  all(name: string, deadline?: Deadline): Doc[] {
    const tick = ticker(deadline)
    const out: Doc[] = []
    for (const r of this.stmt(`SELECT doc FROM ${table(name)} ORDER BY seq`).iterate() as Iterable<{ doc: string }>) {
      tick()
      out.push(fromDisk(r.doc))
    }
    return out
  }

  /**
   * An aggregation. A leading $match goes through the planner, so indexed conditions are answered by SQLite.
   * `indexed(name)` gives a collection's indexed paths and throws when it does not exist ($lookup's `from` too).
   */
  aggregate(name: string, indexed: (name: string) => Set<string>, pipeline: Doc[], deadline?: Deadline): Doc[] {
    let input: Doc[]
    let rest = pipeline
    if (pipeline[0] && '$match' in pipeline[0]) {
      input = this.find(name, indexed(name), { filter: pipeline[0].$match }, deadline)
      rest = pipeline.slice(1)
    } else {
      indexed(name)
      input = this.all(name, deadline)
    }
    return runPipeline(input, rest, (other) => { indexed(other); return this.all(other, deadline) })
  }
}

export function table(name: string): string {
  return `"c_${name}"`
}

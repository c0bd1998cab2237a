// The floor: the same operations straight on better-sqlite3, in a separate SQLite file with the engine's table shape
//   (seq INTEGER PRIMARY KEY, _id TEXT UNIQUE, doc TEXT, v INTEGER)
// and the same json_extract expression indexes (taken from database/collections.ts), same pragmas (WAL,
// synchronous=NORMAL). Each operation does the least a document store on SQLite must do: one hand-written statement
// (with LIMIT pushed into SQL), JSON.parse of the rows it returns, JSON.stringify of what it writes, and a SQLite
// transaction around read-modify-write. No HTTP, no EJSON, no mingo.
import Database from 'better-sqlite3'
import path from 'node:path'
import { COLLECTIONS } from '../../database/collections'
import { jsonPath } from '../../local/engine/planner'

export class Floor {
  readonly db: Database.Database
  private v = 0
  private s: Record<string, Database.Statement>

  /** where({_id, n: {$lt: cap}}).update({n: {$inc: 1}}) as read-modify-write in one SQLite transaction */
  readonly incIfBelow: (id: string, cap: number) => number

  /** read two documents and write both, in one SQLite transaction */
  readonly transfer: (a: string, b: string) => void

  constructor(dir: string, readonly coll = 'orders') {
    this.db = new Database(path.join(dir, 'floor.sqlite'))
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    const t = `"f_${coll}"`
    this.db.exec(`CREATE TABLE ${t} (seq INTEGER PRIMARY KEY, _id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL, v INTEGER NOT NULL)`)
    const spec = COLLECTIONS.find((c) => c.name === coll)
    for (const ix of spec?.indexes ?? []) {
      const cols = Object.entries(ix.fields).map(([p, dir]) => `${jsonPath(p)} ${dir === -1 ? 'DESC' : 'ASC'}`).join(', ')
      this.db.exec(`CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX "fx_${coll}_${ix.name}" ON ${t} (${cols})`)
    }
    const cols = 'seq, _id, doc, v'
    this.s = {
      insert: this.db.prepare(`INSERT INTO ${t} (_id, doc, v) VALUES (?, ?, ?)`),
      get: this.db.prepare(`SELECT ${cols} FROM ${t} WHERE _id = ?`),
      update: this.db.prepare(`UPDATE ${t} SET doc = ?, v = ? WHERE _id = ?`),
      del: this.db.prepare(`DELETE FROM ${t} WHERE _id = ?`),
      statusStart: this.db.prepare(`SELECT ${cols} FROM ${t} WHERE ${jsonPath('status')} = ? AND ${jsonPath('start')} >= ? LIMIT ?`),
      customer: this.db.prepare(`SELECT ${cols} FROM ${t} WHERE ${jsonPath('customerId')} = ? LIMIT ?`),
      field: this.db.prepare(`SELECT ${cols} FROM ${t} WHERE ${jsonPath('serviceId')} = ? LIMIT ?`)
    }
    this.incIfBelow = this.db.transaction((id: string, cap: number): number => {
      const row = this.s.get.get(id) as any
      if (!row) return 0
      const doc = JSON.parse(row.doc)
      if (!(doc.n < cap)) return 0
      doc.n += 1
      this.s.update.run(JSON.stringify(doc), ++this.v, id)
      return 1
    })
    this.transfer = this.db.transaction((a: string, b: string): void => {
      const da = JSON.parse((this.s.get.get(a) as any).doc)
      const db = JSON.parse((this.s.get.get(b) as any).doc)
      da.n += 1
      db.n += 1
      this.s.update.run(JSON.stringify(da), ++this.v, a)
      this.s.update.run(JSON.stringify(db), ++this.v, b)
    })
  }

  /** seeding: rows already in disk form */
  insertMany(rows: Array<[string, string]>): void {
    this.db.transaction(() => { for (const [id, text] of rows) this.s.insert.run(id, text, ++this.v) })()
  }

  insert(id: string, text: string): void {
    this.s.insert.run(id, text, ++this.v)
  }

  get(id: string): any {
    const row = this.s.get.get(id) as any
    return row ? { ...row, doc: JSON.parse(row.doc) } : undefined
  }

  private rows(stmt: Database.Statement, ...params: unknown[]): any[] {
    return (stmt.all(...params) as any[]).map((r) => ({ ...r, doc: JSON.parse(r.doc) }))
  }

  byStatusStart(status: string, startKey: string, limit: number): any[] { return this.rows(this.s.statusStart, status, startKey, limit) }
  byCustomer(customerId: string, limit: number): any[] { return this.rows(this.s.customer, customerId, limit) }
  byService(serviceId: string, limit: number): any[] { return this.rows(this.s.field, serviceId, limit) }

  deleteMany(ids: string[]): void {
    this.db.transaction(() => { for (const id of ids) this.s.del.run(id) })()
  }

  count(): number {
    return (this.db.prepare(`SELECT count(*) AS n FROM "f_${this.coll}"`).get() as any).n
  }

  checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  close(): void {
    this.db.close()
  }
}

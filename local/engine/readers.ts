// The reader pool: queries off the event loop. The API's find / count / aggregate run in reader threads
// (reader-worker.ts, node:worker_threads), each on its own read-only SQLite connection in WAL mode; writes stay on
// the store's single writer connection in the main thread. A worker opens a read transaction per query, so it sees
// every write acknowledged before the query was sent (read-your-writes) and one consistent snapshot throughout.
// Plans that read a handful of rows by _id stay inline: a thread hop costs more than they do.
// Every query has a time limit (DATABASE_TIMEOUT): a worker still busy at the deadline is terminated and replaced.
import { Worker } from 'node:worker_threads'
import type { Store } from './store'
import type { Transaction } from './transactions'
import { deadlineIn, type Deadline, type FindOptions } from './reads'
import { toWire, type Doc } from './ejson'
import { project } from './query'
import { CloudError, queryTimeout } from './errors'
import { readerWorkerScript } from './reader-bundle'

export const DEFAULT_QUERY_TIMEOUT_MS = 5000
export const DEFAULT_READERS = 2
/** Reader threads' nice value (Linux): under contention the event loop gets ~3/4 of a shared core, a scan the rest,
 *  without starving scans when the machine has other work (10 made a 1M scan overrun its 5 s limit at load 7). */
export const READER_NICE = 5
/** An exact _id filter with at most this many ids is answered inline (a thread hop costs ~0.1-0.3 ms). */
const INLINE_MAX_IDS = 50

/** What the main thread sends a reader: `payload` is canonical EJSON (Dates, RegExps, ObjectIds survive it). */
export type ReaderJob =
  | { id: number; kind: 'find'; coll: string; indexed: string[]; payload: string; deadline: Deadline }
  | { id: number; kind: 'count'; coll: string; indexed: string[]; payload: string; deadline: Deadline }
  | { id: number; kind: 'aggregate'; coll: string; catalog: Record<string, string[]>; payload: string; deadline: Deadline }

/** find / aggregate answer documents as wire strings (toWire), count a number. */
export type ReaderReply =
  | { id: number; ok: true; result: string[] | number }
  | { id: number; ok: false; error: { cloud: boolean; code?: string; message: string } }

type WithoutIds<T> = T extends unknown ? Omit<T, 'id' | 'deadline'> : never
type JobBody = WithoutIds<ReaderJob>

interface Task {
  body: JobBody
  /** set when a thread takes the task: the time limit counts from then */
  job?: ReaderJob
  resolve: (v: string[] | number) => void
  reject: (e: Error) => void
  timer?: NodeJS.Timeout
}

/** `ready` once the thread has loaded its script and opened its connection. */
interface Slot { worker: Worker; ready: boolean; task?: Task }

export interface ReaderPoolOptions {
  /** reader threads; 0 answers every query on the main thread (still with its time limit, checked between rows) */
  size?: number
  queryTimeoutMs?: number
}

export interface ReaderStats { inline: number; offloaded: number; timeouts: number; replaced: number; threadIds: number[]; ready: number }

export class ReaderPool {
  readonly size: number
  readonly queryTimeoutMs: number
  private slots: Slot[] = []
  private queue: Task[] = []
  private seq = 0
  private closed = false
  private counters = { inline: 0, offloaded: 0, timeouts: 0, replaced: 0 }
  private script?: string

  constructor(private store: Store, opts: ReaderPoolOptions = {}) {
    this.size = Math.max(0, Math.floor(opts.size ?? DEFAULT_READERS))
    this.queryTimeoutMs = opts.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS
    if (!(this.queryTimeoutMs > 0)) throw new Error(`queryTimeoutMs must be positive: ${opts.queryTimeoutMs}`)
    if (this.size > 0) {
      this.script = readerWorkerScript()
      for (let i = 0; i < this.size; i++) this.slots.push(this.spawn())
    }
  }

  /** Documents matching a query, as wire strings. Inside a transaction: its snapshot, on the main thread. */
  async find(coll: string, opts: FindOptions, tx?: Transaction): Promise<string[]> {
    if (tx) {
      this.counters.inline++
      const docs = tx.find(coll, opts, deadlineIn(this.queryTimeoutMs))
      return (opts.projection && Object.keys(opts.projection).length ? project(docs, opts.projection) : docs).map(toWire)
    }
    const indexed = this.store.indexedPaths(coll)
    if (this.inline(opts.filter)) {
      this.counters.inline++
      return this.store.find(coll, opts, undefined, deadlineIn(this.queryTimeoutMs)).map(toWire)
    }
    return this.run({ kind: 'find', coll, indexed: [...indexed], payload: toWire(opts) }) as Promise<string[]>
  }

  async count(coll: string, filter: Doc | undefined, tx?: Transaction): Promise<number> {
    if (tx) {
      this.counters.inline++
      return tx.find(coll, { filter }, deadlineIn(this.queryTimeoutMs)).length
    }
    const indexed = this.store.indexedPaths(coll)
    if (this.inline(filter)) {
      this.counters.inline++
      return this.store.count(coll, filter, deadlineIn(this.queryTimeoutMs))
    }
    return this.run({ kind: 'count', coll, indexed: [...indexed], payload: toWire({ filter }) }) as Promise<number>
  }

  async aggregate(coll: string, pipeline: Doc[]): Promise<string[]> {
    this.store.indexedPaths(coll)
    if (this.size === 0) {
      this.counters.inline++
      return this.store.aggregate(coll, pipeline, deadlineIn(this.queryTimeoutMs)).map(toWire)
    }
    const catalog: Record<string, string[]> = {}
    for (const name of this.store.collectionNames()) catalog[name] = [...this.store.indexedPaths(name)]
    return this.run({ kind: 'aggregate', coll, catalog, payload: toWire({ pipeline }) }) as Promise<string[]>
  }

  stats(): ReaderStats {
    return { ...this.counters, threadIds: this.slots.map((s) => s.worker.threadId), ready: this.slots.filter((s) => s.ready).length }
  }

  /** Rejects what is still queued and stops every thread. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    const closing = new CloudError('SYS_ERR', '本地 CloudBase 正在关闭 (shutting down)')
    for (const t of this.queue.splice(0)) { clearTimeout(t.timer); t.reject(closing) }
    for (const s of this.slots) if (s.task) { clearTimeout(s.task.timer); s.task.reject(closing) }
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
    this.slots = []
  }

  /** A filter that names at most a few _ids, answered by the primary key alone. */
  private inline(filter: Doc | undefined): boolean {
    if (this.size === 0) return true
    if (!filter || Object.keys(filter).length !== 1 || filter._id === undefined) return false
    const cond = filter._id
    if (typeof cond === 'string') return true
    if (!cond || typeof cond !== 'object' || Array.isArray(cond)) return false
    const keys = Object.keys(cond)
    if (keys.length !== 1) return false
    if (keys[0] === '$eq') return typeof cond.$eq === 'string'
    return keys[0] === '$in' && Array.isArray(cond.$in) && cond.$in.length <= INLINE_MAX_IDS && cond.$in.every((v: unknown) => typeof v === 'string')
  }

  /** Queue a query for the next free thread. Its time limit counts from when a thread takes it (like a database's
   *  statement timeout); the wait before is bounded by the limits of the queries ahead of it. */
  private run(body: JobBody): Promise<string[] | number> {
    if (this.closed) return Promise.reject(new CloudError('SYS_ERR', '本地 CloudBase 正在关闭 (shutting down)'))
    this.counters.offloaded++
    return new Promise((resolve, reject) => {
      this.queue.push({ body, resolve, reject })
      this.pump()
    })
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || !slot.ready) continue
      const task = this.queue.shift()
      if (!task) return
      const deadline: Deadline = deadlineIn(this.queryTimeoutMs)
      task.job = { ...task.body, id: ++this.seq, deadline } as ReaderJob
      task.timer = setTimeout(() => this.expire(slot, task), this.queryTimeoutMs)
      slot.task = task
      slot.worker.ref()
      slot.worker.postMessage(task.job)
    }
  }

  /** The time limit passed: answer DATABASE_TIMEOUT and stop the thread, which is still working on the query. */
  private expire(slot: Slot, task: Task): void {
    if (slot.task !== task) return
    this.counters.timeouts++
    task.reject(queryTimeout(this.queryTimeoutMs))
    this.replace(slot)
  }

  private replace(slot: Slot): void {
    slot.task = undefined
    void slot.worker.terminate()
    const i = this.slots.indexOf(slot)
    if (i >= 0 && !this.closed) {
      this.counters.replaced++
      this.slots[i] = this.spawn()
      this.pump()
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script!, { workerData: { file: this.store.file, nice: READER_NICE } })
    const slot: Slot = { worker, ready: false }
    worker.unref()
    worker.on('message', (reply: ReaderReply | 'ready') => {
      if (reply === 'ready') { slot.ready = true; this.pump(); return }
      const task = slot.task
      if (!task || task.job?.id !== reply.id) return
      slot.task = undefined
      worker.unref()
      clearTimeout(task.timer)
      if (reply.ok) task.resolve(reply.result)
      else task.reject(revive(reply.error))
      this.pump()
    })
    // a thread that dies on its own (a crash, out of memory) fails its query, and another takes its place
    const lost = (why: string) => {
      if (!this.slots.includes(slot) || this.closed) return
      const task = slot.task
      if (task) { clearTimeout(task.timer); task.reject(new Error(`reader thread failed: ${why}`)) }
      this.replace(slot)
    }
    worker.on('error', (e) => lost(e.message))
    worker.on('exit', (code) => lost(`exited with code ${code}`))
    return slot
  }
}

/** The error a reader sent back, as the main thread would have thrown it. */
function revive(e: { cloud: boolean; code?: string; message: string }): Error {
  if (e.cloud && e.code) return new CloudError(e.code, e.message)
  const err = new Error(e.message) as Error & { code?: string }
  if (e.code !== undefined) err.code = e.code
  return err
}

// A reader thread of the pool (readers.ts): its own read-only SQLite connection on the store's file, and the same
// read path as the main thread (reads.ts, planner.ts, query.ts, ejson.ts: the same modules, bundled by
// reader-bundle.ts). One query at a time, each inside its own read transaction: one snapshot for all of its
// statements, taken when it starts, so it sees every write acknowledged before it was sent.
import os from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { SqlReader, type FindOptions } from './reads'
import { parseEJSON, toWire, type Doc } from './ejson'
import { CloudError, collectionMissing } from './errors'
import type { ReaderJob, ReaderReply } from './readers'

const { file, nice } = workerData as { file: string; nice: number }

// On Linux a nice value is per thread: a long scan here yields the core to the event loop, which answers everyone
// else. (Elsewhere setPriority(0) would lower the whole process, so it is left alone.)
if (process.platform === 'linux') {
  try { os.setPriority(0, nice) } catch { /* not allowed: run at normal priority */ }
}

const db = new Database(file, { readonly: true, fileMustExist: true })
db.pragma('busy_timeout = 5000')
const reader = new SqlReader(db)
const begin = db.prepare('BEGIN')
const commit = db.prepare('COMMIT')

function answer(job: ReaderJob): string[] | number {
  switch (job.kind) {
    case 'find': {
      const opts = parseEJSON(job.payload, 'find') as FindOptions
      return reader.find(job.coll, new Set(job.indexed), opts, job.deadline).map(toWire)
    }
    case 'count': {
      const { filter } = parseEJSON(job.payload, 'count') as { filter?: Doc }
      return reader.count(job.coll, new Set(job.indexed), filter, job.deadline)
    }
    case 'aggregate': {
      const { pipeline } = parseEJSON(job.payload, 'aggregate') as { pipeline: Doc[] }
      const indexed = (name: string): Set<string> => {
        const paths = job.catalog[name]
        if (!paths) throw collectionMissing(name)
        return new Set(paths)
      }
      return reader.aggregate(job.coll, indexed, pipeline, job.deadline).map(toWire)
    }
  }
}

parentPort!.on('message', (job: ReaderJob) => {
  let reply: ReaderReply
  try {
    begin.run()
    try {
      reply = { id: job.id, ok: true, result: answer(job) }
    } finally {
      commit.run()
    }
  } catch (e) {
    const err = e as Error & { code?: unknown }
    reply = {
      id: job.id,
      ok: false,
      error: { cloud: e instanceof CloudError, code: typeof err?.code === 'string' ? err.code : undefined, message: String(err?.message ?? e) }
    }
  }
  parentPort!.postMessage(reply)
})
parentPort!.postMessage('ready')

// Timer jobs over what is due (DESIGN §2.4, STYLE §6): only documents whose indexed due instant has passed
// (`field < now`) are read, through the index, in order of (due instant, _id), in batches, stopping before the time
// budget and keeping the cursor in job_state/<job> after every batch, as chunked.ts does for whole collections. So a
// run costs what is due, not what exists. The handler is expected to move a handled document out of the due range
// (a new due instant, or null); one it leaves there (nothing to do, or another run got there first) is passed over
// by the cursor and read again by the next run. Each handled document must be idempotent on its own (they are
// handled a few at a time, in no particular order within a batch).
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { shanghaiDate } from '../rules/time'
import { DEFAULT_BUDGET_MS, handleCounted, type ChunkedResult, type JobState } from './chunked'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

export interface DueSpec<T> {
  /** job_state document id, e.g. 'sla-watch' */
  job: string
  collection: string
  /** the indexed Date field (a dotted path is fine); null or absent is never due */
  field: string
  handle: (doc: T) => Promise<boolean>
  batch?: number
  budgetMs?: number
  /** the real clock for the budget (tests may pass another) */
  clock?: () => number
}

export const DUE_BATCH = 100
const DUE_CONCURRENCY = 4

interface DueCursor {
  at: Date
  id: string
}

const encode = (c: DueCursor) => `${c.at.toISOString()}|${c.id}`

function decode(text: string | null | undefined): DueCursor | null {
  const [iso, id] = (text ?? '').split('|')
  const at = new Date(iso)
  return id && !Number.isNaN(at.getTime()) ? { at, id } : null
}

function dueAt(doc: unknown, path: string): Date | null {
  let v: unknown = doc
  for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined
  return v instanceof Date ? v : null
}

export async function runDueInChunks<T extends { _id: string }>(ctx: Ctx, spec: DueSpec<T>): Promise<ChunkedResult> {
  const clock = spec.clock ?? Date.now
  const started = clock()
  const batch = spec.batch ?? DUE_BATCH
  const budget = spec.budgetMs ?? DEFAULT_BUDGET_MS
  const _ = ctx.db.command
  const states = ctx.db.collection(COLL.jobState)
  const saved: JobState | undefined = (await states.where({ _id: spec.job }).limit(1).get()).data[0]
  // a run that stopped for its budget resumes after the last document it read; what it passed over stays due
  const resumed = saved && !saved.done ? decode(saved.cursor) : null
  const save = (cursor: DueCursor | null, done: boolean) =>
    states.doc(spec.job).set({ cursor: cursor ? encode(cursor) : null, runDate: shanghaiDate(ctx.now), done, updatedAt: ctx.now })

  const out: ChunkedResult = { scanned: 0, acted: 0, skipped: 0, done: false, resumedFrom: resumed ? encode(resumed) : null }
  let cursor = resumed
  const field = spec.field
  while (clock() - started < budget) {
    const due = { [field]: _.lt(ctx.now) }
    // (due, _id) > cursor: the range goes to the index; the tie on the same instant is settled by _id
    const where = cursor
      ? _.and([due, { [field]: _.gte(cursor.at) }, _.or([{ [field]: _.gt(cursor.at) }, { _id: _.gt(cursor.id) }])])
      : due
    const docs: T[] = (await ctx.db.collection(spec.collection).where(where).orderBy(field, 'asc').orderBy('_id', 'asc').limit(batch).get()).data
    const one = (doc: T) => handleCounted(out, spec.handle, doc)
    // a few at a time: each is its own conditional write, so their order does not matter
    for (let i = 0; i < docs.length; i += DUE_CONCURRENCY) await Promise.all(docs.slice(i, i + DUE_CONCURRENCY).map(one))
    const last = docs[docs.length - 1]
    const lastAt = last ? dueAt(last, field) : null
    if (last && lastAt) cursor = { at: lastAt, id: last._id }
    if (docs.length < batch) {
      out.done = true
      break
    }
    await save(cursor, false)
  }
  await save(out.done ? null : cursor, out.done)
  return out
}

// Timer jobs over many documents, the way DESIGN §2.4 asks: page by _id ascending in batches, stop before the time
// budget, and keep the cursor in job_state/<job> after every batch. A run that was killed (timeout, crash) resumes
// from its cursor the next time it runs the same Shanghai day; a new day, or a run that finished, starts again from
// the beginning. Each handled document must be idempotent on its own (a conditional update), so two runs at once, or
// a batch redone after a crash, never act twice.
import type { HandlerContext } from '../runtime/router'
import { COLL } from '../data/collections'
import { isAppError } from '../contract/errors'
import { shanghaiDate } from '../rules/time'

type Ctx = Pick<HandlerContext, 'db' | 'now'>

export interface JobState {
  _id: string
  cursor: string | null
  runDate: string
  done: boolean
  updatedAt: Date
}

export interface ChunkedSpec<T> {
  /** job_state document id, e.g. 'nightly:autoConfirm' */
  job: string
  collection: string
  /** what to scan (the _id cursor is added) */
  where: Record<string, unknown>
  /** a projection, when the handler needs only some fields of each document */
  fields?: Record<string, boolean>
  /**
   * The field the pages follow, default '_id'. Another must be a unique, indexed string on every document: the
   * local engine answers a range on an indexed field from its index, but reads `_id > cursor` by testing each
   * document from the first, so over a large collection _id pages get slower the further they go.
   */
  pageBy?: string
  /** act on one document: true when it acted, false when there was nothing (left) to do */
  handle: (doc: T) => Promise<boolean>
  batch?: number
  /** stop starting new batches after this long (ms), leaving time to save the cursor and answer */
  budgetMs?: number
  /** the real clock for the budget (tests may pass another) */
  clock?: () => number
}

export interface ChunkedResult {
  scanned: number
  /** documents the handler acted on */
  acted: number
  /** documents it left: nothing to do, or another run got there first (CONFLICT / FAILED_PRECONDITION) */
  skipped: number
  /** the scan reached the end; false when it stopped for the budget and will resume from its cursor */
  done: boolean
  /** the cursor this run started from (null: the beginning) */
  resumedFrom: string | null
}

export const DEFAULT_BATCH = 100
/** Stop starting batches after 15 s: an invocation stays within 20 s (CloudBase allows 60). */
export const DEFAULT_BUDGET_MS = 15_000

/** Runs the handler on one document and counts it: acted, or skipped (nothing to do, or another run was first). */
export async function handleCounted<T>(out: ChunkedResult, handle: (doc: T) => Promise<boolean>, doc: T): Promise<void> {
  out.scanned++
  let acted = false
  try {
    acted = await handle(doc)
  } catch (e) {
    // someone else moved it first, or it no longer qualifies: not this run's business
    if (!isAppError(e) || (e.code !== 'CONFLICT' && e.code !== 'FAILED_PRECONDITION')) throw e
  }
  if (acted) out.acted++
  else out.skipped++
}

export async function runInChunks<T extends { _id: string }>(ctx: Ctx, spec: ChunkedSpec<T>): Promise<ChunkedResult> {
  const clock = spec.clock ?? Date.now
  const started = clock()
  const batch = spec.batch ?? DEFAULT_BATCH
  const budget = spec.budgetMs ?? DEFAULT_BUDGET_MS
  const pageBy = spec.pageBy ?? '_id'
  const states = ctx.db.collection(COLL.jobState)
  const runDate = shanghaiDate(ctx.now)
  const saved: JobState | undefined = (await states.where({ _id: spec.job }).limit(1).get()).data[0]
  const resumedFrom = saved && saved.runDate === runDate && !saved.done ? saved.cursor : null
  const save = (cursor: string | null, done: boolean) =>
    states.doc(spec.job).set({ cursor, runDate, done, updatedAt: ctx.now })

  const out: ChunkedResult = { scanned: 0, acted: 0, skipped: 0, done: false, resumedFrom }
  let cursor = resumedFrom
  while (clock() - started < budget) {
    const where = cursor ? { ...spec.where, [pageBy]: ctx.db.command.gt(cursor) } : spec.where
    const query = ctx.db.collection(spec.collection).where(where).orderBy(pageBy, 'asc').limit(batch)
    const docs: T[] = (await (spec.fields ? query.field(spec.fields) : query).get()).data
    for (const doc of docs) await handleCounted(out, spec.handle, doc)
    if (docs.length) cursor = String((docs[docs.length - 1] as Record<string, unknown>)[pageBy])
    if (docs.length < batch) {
      out.done = true
      break
    }
    await save(cursor, false)
  }
  await save(out.done ? null : cursor, out.done)
  return out
}

// A cleaner's schedule: the jobs that hold her time, and the scheduleVersion counter on her document that every
// change to her schedule bumps (a dispatch to her, new leave, deactivation). Changes that must not cross each other
// are made conditional on the version they read, or happen in a transaction that writes her document: either way
// the second of two simultaneous changes sees the first, or fails and is retried (see core/orders/dispatch.ts).
import type { Database } from '../runtime/cloud'
import { COLL } from '../data/collections'
import { conflict } from '../contract/errors'
import type { OrderStatus } from '../contract/order'
import type { TimeSpan } from '../rules/time'
import type { ScheduledJob } from '../rules/dispatch'

/** Jobs that occupy her time: a new job must not overlap any of them. */
export const SCHEDULE_STATUSES: readonly OrderStatus[] = ['dispatched', 'in_service', 'awaiting_confirmation', 'completed']
/** Jobs she still has to do: leave or deactivation must not strand them. */
export const OPEN_JOB_STATUSES: readonly OrderStatus[] = ['dispatched', 'in_service']

const MAX_JOBS = 1000

export interface CleanerJob extends ScheduledJob {
  cleanerId: string
}

/**
 * Her jobs (in `statuses`) that overlap `span`; several cleaners' at once when given a list of ids. `db` may be a
 * transaction (then `_` is the database's command object, which a transaction does not carry).
 */
export async function jobsOverlapping(
  db: Database, _: any, cleanerId: string | string[], span: TimeSpan, statuses: readonly OrderStatus[] = SCHEDULE_STATUSES
): Promise<CleanerJob[]> {
  const who = Array.isArray(cleanerId) ? _.in(cleanerId) : cleanerId
  const r = await db.collection(COLL.orders)
    .where({ cleanerId: who, status: _.in([...statuses]), start: _.lt(span.end), end: _.gt(span.start) })
    .field({ _id: true, orderNo: true, status: true, start: true, end: true, cleanerId: true })
    .limit(MAX_JOBS)
    .get()
  return r.data
}

export interface VersionedCleaner {
  _id: string
  scheduleVersion?: number
}

/**
 * Write to her document only if her schedule has not changed since `cleaner` was read, bumping the version; a
 * dispatch that committed in between makes this CONFLICT (and a dispatch still in flight will conflict instead).
 */
export async function updateIfScheduleUnchanged(db: Database, cleaner: VersionedCleaner, patch: Record<string, unknown>, now: Date): Promise<void> {
  const _ = db.command
  const r = await db.collection(COLL.cleaners)
    .where({ _id: cleaner._id, scheduleVersion: cleaner.scheduleVersion ?? null })
    .update({ ...patch, scheduleVersion: _.inc(1), updatedAt: now })
  if (r.updated !== 1) throw conflict('阿姨的排班刚刚有变动，请刷新后重试')
}

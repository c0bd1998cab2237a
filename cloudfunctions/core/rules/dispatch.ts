// A cleaner is never dispatched to two overlapping jobs, to a job outside her skills, or on a day of leave.
import { conflict, precondition } from '../contract/errors'
import { SERVICE_CATEGORIES, type ServiceCategoryId } from '../contract/catalog'
import type { OrderStatus } from '../contract/order'
import { isOnLeaveBetween, type CleanerAvailability } from './capacity'
import { shanghaiDateRange, type TimeSpan } from './time'

export interface ScheduledJob extends TimeSpan {
  _id?: string
  orderNo?: string
  status?: OrderStatus
}

export interface DispatchJob extends ScheduledJob {
  category: ServiceCategoryId
}

export interface DispatchCandidate extends CleanerAvailability {
  name?: string
}

/** Spans that only touch (one ends when the other starts) do not overlap. */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime()
}

/** The first of a cleaner's jobs that overlaps `job`, ignoring the job itself and cancelled jobs. */
export function findConflict<J extends ScheduledJob>(job: ScheduledJob, existingJobs: readonly J[]): J | null {
  const clash = existingJobs.find(
    (other) =>
      !(job._id !== undefined && other._id === job._id) && other.status !== 'cancelled' && overlaps(job, other)
  )
  return clash ?? null
}

/** Refuses to dispatch `job` to `cleaner`, given the cleaner's other jobs. */
export function assertDispatchable(
  cleaner: DispatchCandidate,
  job: DispatchJob,
  cleanerJobs: readonly ScheduledJob[]
): void {
  const who = cleaner.name ?? '该阿姨'
  if (!cleaner.active) throw precondition(`${who}已停用，不能派单`)
  if (!cleaner.skills.includes(job.category)) {
    const skill = SERVICE_CATEGORIES[job.category]?.label ?? job.category
    throw precondition(`${who}不具备「${skill}」技能，请选择其他阿姨`)
  }
  const { first, last } = shanghaiDateRange(job)
  if (isOnLeaveBetween(cleaner, first, last)) throw precondition(`${who}在服务期间请假，请选择其他阿姨`)
  const clash = findConflict(job, cleanerJobs)
  if (clash) {
    const which = clash.orderNo ? `（${clash.orderNo}）` : ''
    throw conflict(`${who}在该时段已有服务${which}，请选择其他阿姨`, { conflictWith: clash._id ?? clash.orderNo })
  }
}

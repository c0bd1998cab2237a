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

export type DispatchRefusalKind = 'inactive' | 'skill' | 'leave' | 'conflict'

export interface DispatchRefusal {
  kind: DispatchRefusalKind
  /** What the staff member reads, naming the cleaner. */
  message: string
  /** Shorter, for a candidate list: '请假', '与订单 JZ... 时间冲突', ... */
  reason: string
  /** The clashing job, for a conflict. */
  clash?: ScheduledJob
}

/** Why `job` cannot go to `cleaner`, given the cleaner's other jobs, or null when it can. */
export function dispatchRefusal(
  cleaner: DispatchCandidate,
  job: DispatchJob,
  cleanerJobs: readonly ScheduledJob[]
): DispatchRefusal | null {
  const who = cleaner.name ?? '该阿姨'
  if (!cleaner.active) return { kind: 'inactive', message: `${who}已停用，不能派单`, reason: '已停用' }
  if (!cleaner.skills.includes(job.category)) {
    const skill = SERVICE_CATEGORIES[job.category]?.label ?? job.category
    return { kind: 'skill', message: `${who}不具备「${skill}」技能，请选择其他阿姨`, reason: `不具备「${skill}」技能` }
  }
  const { first, last } = shanghaiDateRange(job)
  if (isOnLeaveBetween(cleaner, first, last)) {
    return { kind: 'leave', message: `${who}在服务期间请假，请选择其他阿姨`, reason: '服务期间请假' }
  }
  const clash = findConflict(job, cleanerJobs)
  if (clash) {
    const which = clash.orderNo ? `（${clash.orderNo}）` : ''
    return {
      kind: 'conflict',
      message: `${who}在该时段已有服务${which}，请选择其他阿姨`,
      reason: clash.orderNo ? `与订单 ${clash.orderNo} 时间冲突` : '该时段已有服务',
      clash
    }
  }
  return null
}

/** Refuses to dispatch `job` to `cleaner`, given the cleaner's other jobs. A clash is CONFLICT, the rest FAILED_PRECONDITION. */
export function assertDispatchable(
  cleaner: DispatchCandidate,
  job: DispatchJob,
  cleanerJobs: readonly ScheduledJob[]
): void {
  const refusal = dispatchRefusal(cleaner, job, cleanerJobs)
  if (!refusal) return
  if (refusal.kind === 'conflict') {
    const clash = refusal.clash!
    throw conflict(refusal.message, { conflictWith: clash._id ?? clash.orderNo, orderNo: clash.orderNo })
  }
  throw precondition(refusal.message)
}

// The desk's queue order, the one home of "what comes first": work orders with a breach on record, then those with a
// running clock by their next due instant (soonest first, so one past due and not yet recorded leads them), then
// those with no clock running (paused: waiting on the household; or every clock met), oldest first; closed ones last.
// The order is stored on every write as one string, `queueRank`, that sorts as the queue does, so the desk reads a
// page through an index (`queueRank > cursor`, ascending) instead of ranking every open work order in memory.
import type { ComplaintStep } from '../../contract/complaint'

export type QueueTier = 'breached' | 'running' | 'waiting' | 'closed'

const TIER_PREFIX: Record<QueueTier, string> = { breached: '0', running: '1', waiting: '2', closed: '3' }

/** Every open work order's rank sorts below this; closed ones from it on. */
export const CLOSED_RANK_FROM = TIER_PREFIX.closed

// sorts after every ISO instant ('0000-...' to '9999-...'), so a missing due instant comes last within its tier
const NO_DUE = '~'

export interface QueueRankInput {
  step: ComplaintStep
  /** a breach is on record */
  breached: boolean
  /** sla.nextDueAt as stored (rules/complaints/nextDue) */
  nextDueAt: Date | null
  receivedAt: Date
  /** unique: the last tie-break, so that a rank names one work order and a cursor never repeats or skips */
  ticketNo: string
}

export function queueTier(input: Pick<QueueRankInput, 'step' | 'breached' | 'nextDueAt'>): QueueTier {
  if (input.step === 'closed') return 'closed'
  if (input.breached) return 'breached'
  return input.nextDueAt ? 'running' : 'waiting'
}

/** '1|2026-11-20T04:30:00.000Z|2026-11-20T02:00:00.000Z|TS20261120123456': tier, next due, received, ticket. */
export function queueRank(input: QueueRankInput): string {
  const due = input.nextDueAt ? input.nextDueAt.toISOString() : NO_DUE
  return [TIER_PREFIX[queueTier(input)], due, input.receivedAt.toISOString(), input.ticketNo].join('|')
}

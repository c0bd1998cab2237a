// The live SLA of a work order for the staff desk (queue and detail): each clock's deadline as of now (an open pause
// moves it on), the recorded breaches, the next deadline and one state for sorting and colour:
// breached (a breach is on record) > overdue (past due, not yet recorded by sla-watch) > warning (due within 30
// minutes) > ok; met when both clocks stopped in time.
import type { SlaClock } from '../contract/complaint'
import { slaClocks, type SlaClockView } from '../rules/complaints/sla'
import { MINUTE_MS } from '../rules/time'
import { slaStateOf, type ComplaintDoc } from './complaintDoc'
import type { ComplaintSettings } from './settings'

export type SlaDeskState = 'ok' | 'warning' | 'overdue' | 'breached' | 'met'

export const SLA_WARNING_MS = 30 * MINUTE_MS

export interface LiveSla {
  firstResponseDue: Date
  resolveDue: Date
  breached: SlaClock[]
  clocks: SlaClockView[]
  /** the earliest deadline of a clock still running or paused, or null */
  nextDue: Date | null
  state: SlaDeskState
  paused: boolean
}

export function liveSla(wo: Pick<ComplaintDoc, 'severity' | 'sla'>, now: Date, settings: Pick<ComplaintSettings, 'sla'>): LiveSla {
  const clocks = slaClocks(slaStateOf(wo), now, settings.sla)
  const due = (clock: SlaClock) => clocks.find((c) => c.clock === clock)!.dueAt
  const breached = (wo.sla.breached ?? []).map((b) => b.clock)
  const open = clocks.filter((c) => c.status === 'running' || c.status === 'paused')
  const nextDue = open.length ? new Date(Math.min(...open.map((c) => c.dueAt.getTime()))) : null
  let state: SlaDeskState
  if (breached.length) state = 'breached'
  else if (clocks.some((c) => c.status === 'breached')) state = 'overdue'
  else if (!nextDue) state = 'met'
  else state = nextDue.getTime() - now.getTime() <= SLA_WARNING_MS ? 'warning' : 'ok'
  return { firstResponseDue: due('first_response'), resolveDue: due('resolution'), breached, clocks, nextDue, state, paused: clocks.some((c) => c.status === 'paused') }
}

// The next due instant of a work order (Zammad's escalation_at): the earliest instant at which one of its SLA clocks
// breaches, stored as `sla.nextDueAt` on every write so that the sla-watch timer reads only what is due (an index
// range `nextDueAt < now`) instead of every open work order. It agrees with `newBreaches`: a clock is breached at an
// instant strictly after its deadline, so the watch finds the breach in the first run after `nextDueAt`.
import { clockStoppedAt, slaDueAt, type SlaSettings, type SlaState } from './sla'

/**
 * The earliest deadline still to be watched, or null when no clock can breach without another write first.
 * - A clock with a breach on record is never watched again (breaches are recorded once).
 * - A stopped clock is watched only when it stopped after its deadline: the breach is still to be recorded.
 * - While a pause is open, a running clock stands still: it has no due instant until the pause ends (resuming is a
 *   write, which stamps it again), unless its deadline had already passed when the pause began.
 * The result does not depend on the time of the write, only on the state written.
 */
export function slaNextDueAt(state: SlaState, settings: SlaSettings = {}): Date | null {
  const open = state.pauses.find((pause) => !pause.end)
  let next: Date | null = null
  for (const clock of ['first_response', 'resolution'] as const) {
    if (state.breaches.some((breach) => breach.clock === clock)) continue
    const stop = clockStoppedAt(state, clock)
    // the deadline as slaClocks reads it: fixed at the stop; for a running clock, with the open pause adding nothing
    const at = stop ?? open?.start ?? state.receivedAt
    const due = slaDueAt(state, clock, at, settings)
    if (stop) {
      if (stop.getTime() <= due.getTime()) continue
    } else if (open && due.getTime() > open.start.getTime()) {
      continue
    }
    if (!next || due.getTime() < next.getTime()) next = due
  }
  return next
}

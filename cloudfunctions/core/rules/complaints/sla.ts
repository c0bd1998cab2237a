// SLA clocks of a work order: first response and resolution deadlines in business time, standing still while staff
// wait on the household, and the breaches to record. Breaches are only ever added, never removed or rewritten.
import type { ComplaintSeverity, SlaBreach, SlaClock, SlaPause } from '../../contract/complaint'
import { precondition } from '../../contract/errors'
import type { TimeSpan } from '../time'
import { businessAdd, businessMinutesBetween, DEFAULT_BUSINESS_CALENDAR, type BusinessCalendar } from './businessCalendar'

/** Both deadlines are counted in business minutes from the moment the complaint is received. */
export interface SlaPolicy {
  firstResponseMinutes: number
  resolveMinutes: number
}

/** First response: 30 min for high and critical, 2 h otherwise (DESIGN §7); resolution 8 / 24 / 48 / 72 business hours. */
export const DEFAULT_SLA_POLICIES: Record<ComplaintSeverity, SlaPolicy> = {
  critical: { firstResponseMinutes: 30, resolveMinutes: 8 * 60 },
  high: { firstResponseMinutes: 30, resolveMinutes: 24 * 60 },
  medium: { firstResponseMinutes: 120, resolveMinutes: 48 * 60 },
  low: { firstResponseMinutes: 120, resolveMinutes: 72 * 60 }
}

/** What the settings document may change: the calendar and any part of any severity's policy. */
export interface SlaSettings {
  calendar?: BusinessCalendar
  policies?: Partial<Record<ComplaintSeverity, Partial<SlaPolicy>>>
}

export function slaPolicyFor(severity: ComplaintSeverity, settings: SlaSettings = {}): SlaPolicy {
  return { ...DEFAULT_SLA_POLICIES[severity], ...settings.policies?.[severity] }
}

/** The part of a work order the clocks read. */
export interface SlaState {
  severity: ComplaintSeverity
  receivedAt: Date
  /** The first staff reply to the household. */
  firstResponseAt?: Date | null
  /** When the resolution now on the table was proposed; cleared when the household reopens. */
  resolvedAt?: Date | null
  pauses: readonly SlaPause[]
  breaches: readonly SlaBreach[]
}

export type SlaClockStatus = 'running' | 'paused' | 'met' | 'breached'

export interface SlaClockView {
  clock: SlaClock
  dueAt: Date
  status: SlaClockStatus
  /** When the clock was stopped (response given, resolution proposed), or null while it runs. */
  stoppedAt: Date | null
}

/** A breach found but not yet recorded; levels.ts stamps it with the escalation it causes. */
export interface SlaBreachFound {
  clock: SlaClock
  dueAt: Date
  detectedAt: Date
}

export function isPaused(state: Pick<SlaState, 'pauses'>): boolean {
  return state.pauses.some((pause) => !pause.end)
}

/** Pauses as closed spans; one still open is counted up to `now`, so its deadline moves on while it lasts. */
export function pausedSpans(pauses: readonly SlaPause[], now: Date): TimeSpan[] {
  return pauses.map((pause) => ({ start: pause.start, end: pause.end ?? now }))
}

/** When a clock was stopped (first response given, resolution proposed), or null while it runs. */
export function clockStoppedAt(state: SlaState, clock: SlaClock): Date | null {
  return (clock === 'first_response' ? state.firstResponseAt : state.resolvedAt) ?? null
}

/** The deadline of one clock, shifted by the paused business time before it. */
export function slaDueAt(state: SlaState, clock: SlaClock, now: Date, settings: SlaSettings = {}): Date {
  const policy = slaPolicyFor(state.severity, settings)
  const minutes = clock === 'first_response' ? policy.firstResponseMinutes : policy.resolveMinutes
  const calendar = settings.calendar ?? DEFAULT_BUSINESS_CALENDAR
  return businessAdd(state.receivedAt, minutes, calendar, pausedSpans(state.pauses, now))
}

/**
 * Where each clock stands at `now`. A clock is breached once its due time has passed unstopped (or was recorded so).
 * A stopped clock's deadline is read at its stop: a pause opened after it stopped cannot move it any more.
 */
export function slaClocks(state: SlaState, now: Date, settings: SlaSettings = {}): SlaClockView[] {
  return (['first_response', 'resolution'] as const).map((clock) => {
    const stop = clockStoppedAt(state, clock)
    const dueAt = slaDueAt(state, clock, stop && stop.getTime() < now.getTime() ? stop : now, settings)
    const recorded = state.breaches.some((breach) => breach.clock === clock)
    const late = (stop ?? now).getTime() > dueAt.getTime()
    let status: SlaClockStatus
    if (recorded || late) status = 'breached'
    else if (stop) status = 'met'
    else status = isPaused(state) ? 'paused' : 'running'
    return { clock, dueAt, status, stoppedAt: stop }
  })
}

/**
 * The breaches to record now: a clock past its deadline (or stopped after it) that has no breach on record yet.
 * Old breaches are never returned again, so a second run of the timer finds nothing new.
 */
export function newBreaches(state: SlaState, now: Date, settings: SlaSettings = {}): SlaBreachFound[] {
  return slaClocks(state, now, settings)
    .filter((view) => view.status === 'breached' && !state.breaches.some((breach) => breach.clock === view.clock))
    .map((view) => ({ clock: view.clock, dueAt: view.dueAt, detectedAt: now }))
}

/** The breach list after recording: every old breach kept as it was, new ones appended once per clock. */
export function appendBreaches(existing: readonly SlaBreach[], fresh: readonly SlaBreach[]): SlaBreach[] {
  const result = [...existing]
  for (const breach of fresh) {
    if (!result.some((old) => old.clock === breach.clock)) result.push(breach)
  }
  return result
}

/** Staff start waiting on the household: the clocks stand still from `at`. */
export function pauseSla<T extends SlaState>(state: T, at: Date, reason?: string): T {
  if (isPaused(state)) throw precondition('计时已暂停，正在等待客户回复')
  const pause: SlaPause = reason ? { start: at, end: null, reason } : { start: at, end: null }
  return { ...state, pauses: [...state.pauses, pause] }
}

/** The household answered (or staff resume): the open pause ends at `at`. */
export function resumeSla<T extends SlaState>(state: T, at: Date): T {
  if (!isPaused(state)) throw precondition('计时没有暂停')
  return { ...state, pauses: state.pauses.map((pause) => (pause.end ? pause : { ...pause, end: at })) }
}

/** The first staff reply stops the first-response clock; later replies change nothing. */
export function recordFirstResponse<T extends SlaState>(state: T, at: Date): T {
  return state.firstResponseAt ? state : { ...state, firstResponseAt: at }
}

/** A proposed resolution stops the resolution clock (an open pause ends with it: the wait is now for confirmation). */
export function recordResolutionProposed<T extends SlaState>(state: T, at: Date): T {
  const resumed = isPaused(state) ? resumeSla(state, at) : state
  return { ...resumed, resolvedAt: at }
}

/**
 * The household rejects the resolution: the resolution clock runs again, and the time spent waiting for the
 * household's answer counts as paused.
 */
export function recordReopen<T extends SlaState>(state: T, at: Date): T {
  if (!state.resolvedAt) throw precondition('工单还没有处理方案，不能重新打开')
  return { ...state, resolvedAt: null, pauses: [...state.pauses, { start: state.resolvedAt, end: at }] }
}

/** Business minutes from receipt to an instant, without paused time (for KPIs and the staff desk). */
export function elapsedBusinessMinutes(state: SlaState, until: Date, settings: SlaSettings = {}): number {
  const calendar = settings.calendar ?? DEFAULT_BUSINESS_CALENDAR
  return businessMinutesBetween(state.receivedAt, until, calendar, pausedSpans(state.pauses, until))
}

/**
 * The desk's countdown colour: breached (a breach is on record), overdue (a clock ran past its deadline and the
 * timer has not recorded it yet), warning (a running clock has at most this share of its budget left), ok, or met
 * (no clock runs any more and none was late).
 */
export type SlaCountdownState = 'ok' | 'warning' | 'overdue' | 'breached' | 'met'

export const SLA_WARNING_SHARE = 0.25

export interface SlaCountdown {
  state: SlaCountdownState
  /** The earliest deadline of a clock not yet stopped (late ones included), or null when none runs. */
  nextDue: Date | null
  nextClock: SlaClock | null
  /** Clocks breached: recorded, or late. */
  breached: SlaClock[]
  clocks: SlaClockView[]
}

export function slaCountdown(
  state: SlaState,
  now: Date,
  settings: SlaSettings = {},
  warningShare: number = SLA_WARNING_SHARE
): SlaCountdown {
  const clocks = slaClocks(state, now, settings)
  const recorded = new Set(state.breaches.map((breach) => breach.clock))
  const breached = clocks.filter((view) => view.status === 'breached').map((view) => view.clock)
  const unstopped = clocks.filter((view) => !view.stoppedAt).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
  const next = unstopped[0] ?? null

  let countdown: SlaCountdownState
  if (breached.some((clock) => recorded.has(clock))) countdown = 'breached'
  else if (breached.length > 0) countdown = 'overdue'
  else if (unstopped.length === 0) countdown = 'met'
  else {
    const policy = slaPolicyFor(state.severity, settings)
    const calendar = settings.calendar ?? DEFAULT_BUSINESS_CALENDAR
    const paused = pausedSpans(state.pauses, now)
    const tight = unstopped.some((view) => {
      const budget = view.clock === 'first_response' ? policy.firstResponseMinutes : policy.resolveMinutes
      return businessMinutesBetween(now, view.dueAt, calendar, paused) <= budget * warningShare
    })
    countdown = tight ? 'warning' : 'ok'
  }
  return { state: countdown, nextDue: next?.dueAt ?? null, nextClock: next?.clock ?? null, breached, clocks }
}

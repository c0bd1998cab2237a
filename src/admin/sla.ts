// How an SLA reads on the desk. The server says where each clock stands when it answered (state, nextDue); between
// answers time moves on, so a clock that runs past its deadline on screen is shown overdue at once.
import type { DeskSla, SlaCountdownStateId } from '@/api/complaintsDesk'
import type { SlaClock } from '@core/contract/complaint'

export const SLA_STATE_TEXT: Record<SlaCountdownStateId, string> = {
  ok: '正常',
  warning: '即将超时',
  overdue: '已超时',
  breached: '已违约',
  met: '已达标'
}

export const SLA_CLOCK_TEXT: Record<SlaClock, string> = { first_response: '首次响应', resolution: '解决' }

/** For narrow cells (the queue). */
export const SLA_CLOCK_SHORT: Record<SlaClock, string> = { first_response: '响应', resolution: '解决' }

export interface SlaReading {
  state: SlaCountdownStateId
  paused: boolean
  /** the clock the countdown is for, null when none runs */
  clock: SlaClock | null
  /** ms to the next deadline (negative: past it), null when none runs */
  remainingMs: number | null
}

export function readSla(sla: Pick<DeskSla, 'state' | 'nextDue' | 'nextClock' | 'paused'>, now: Date): SlaReading {
  const remainingMs = sla.nextDue ? Date.parse(sla.nextDue) - now.getTime() : null
  const late = remainingMs !== null && remainingMs < 0 && !sla.paused
  const state = late && (sla.state === 'ok' || sla.state === 'warning') ? 'overdue' : sla.state
  return { state, paused: sla.paused, clock: sla.nextClock, remainingMs }
}

/** 2天3小时 / 1小时20分 / 18分05秒 (the sign is said by the words around it). */
export function formatSpan(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000)
  const days = Math.floor(total / 86400)
  const hours = Math.floor((total % 86400) / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  if (days > 0) return `${days}天${hours}小时`
  if (hours > 0) return `${hours}小时${minutes}分`
  return `${minutes}分${String(seconds).padStart(2, '0')}秒`
}

/** '剩 1小时20分', '超 5分02秒', '计时暂停', '—' */
export function countdownText(r: SlaReading): string {
  if (r.paused) return '计时暂停'
  if (r.remainingMs === null) return '—'
  return r.remainingMs >= 0 ? `剩 ${formatSpan(r.remainingMs)}` : `超 ${formatSpan(r.remainingMs)}`
}

// When an outbox message may go out (DESIGN §7 Pushes): marketing waits out the quiet hours (21:00-09:00 Shanghai,
// held until the morning) and goes to a customer at most once per 7 days (a second one is suppressed, not held);
// transactional messages are exempt from both. Also: what WeChat's answer means, and when a claimed message counts
// as stuck. Settings doc 'business' may change the quiet hours (quietHours) and the gap (marketingPushMinDays).
import type { MessageKind } from '../contract/push'
import { addDays, DAY_MS, inShanghai, MINUTE_MS, shanghaiDate, shanghaiInstant } from './time'

/** Shanghai wall-clock 'HH:mm'; a span with start after end runs over midnight. */
export interface QuietHours {
  start: string
  end: string
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '09:00' }
export const DEFAULT_MARKETING_MIN_DAYS = 7
/** A message claimed (sending) longer than this was cut off mid-send: it is marked failed, never sent again. */
export const STUCK_SENDING_MS = 5 * MINUTE_MS
/** WeChat: the person has no unspent acceptance of this template. */
export const WX_NO_ACCEPTANCE = 43101
/** WeChat's limit for a `thing` value in a subscription message. */
export const WX_THING_MAX = 20

export interface PushPolicy {
  quietHours: QuietHours
  marketingMinDays: number
}

export const DEFAULT_PUSH_POLICY: PushPolicy = { quietHours: DEFAULT_QUIET_HOURS, marketingMinDays: DEFAULT_MARKETING_MIN_DAYS }

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/

function minuteOfDay(clock: string): number {
  const m = CLOCK.exec(clock)
  if (!m) throw new Error(`quiet hours must be HH:mm, got ${clock}`)
  return Number(m[1]) * 60 + Number(m[2])
}

function shanghaiMinute(at: Date): number {
  const t = inShanghai(at)
  return t.hour() * 60 + t.minute()
}

/** Whether `at` falls in the quiet hours (start inclusive, end exclusive). Equal start and end: no quiet hours. */
export function isQuietTime(at: Date, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  const start = minuteOfDay(quiet.start)
  const end = minuteOfDay(quiet.end)
  const m = shanghaiMinute(at)
  if (start === end) return false
  return start < end ? m >= start && m < end : m >= start || m < end
}

/** When the quiet span around `at` ends (the next morning's 09:00), or `at` itself outside quiet hours. */
export function quietHoursEnd(at: Date, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date {
  if (!isQuietTime(at, quiet)) return at
  const today = shanghaiDate(at)
  const endToday = shanghaiInstant(today, quiet.end)
  return endToday.getTime() > at.getTime() ? endToday : shanghaiInstant(addDays(today, 1), quiet.end)
}

/** The earliest moment a message of this kind enqueued at `at` may go out. */
export function earliestDelivery(kind: MessageKind, at: Date, policy: PushPolicy = DEFAULT_PUSH_POLICY): Date {
  return kind === 'marketing' ? quietHoursEnd(at, policy.quietHours) : at
}

/** Why a marketing message may not go to this customer now (the weekly cap), or null when it may. */
export function marketingCapRefusal(lastMarketingAt: Date | null | undefined, now: Date, policy: PushPolicy = DEFAULT_PUSH_POLICY): string | null {
  if (!lastMarketingAt) return null
  if (now.getTime() - lastMarketingAt.getTime() >= policy.marketingMinDays * DAY_MS) return null
  return `${policy.marketingMinDays} 天内已向该客户发送过营销消息`
}

export type DeliveryDecision =
  | { action: 'send' }
  | { action: 'hold'; until: Date }
  | { action: 'suppress'; reason: string }

/** What to do with a queued message now: send it, hold it until a later moment, or suppress it for good. */
export function deliveryDecision(
  msg: { kind: MessageKind; notBefore?: Date | null },
  now: Date,
  lastMarketingAt: Date | null | undefined,
  policy: PushPolicy = DEFAULT_PUSH_POLICY
): DeliveryDecision {
  if (msg.notBefore && msg.notBefore.getTime() > now.getTime()) return { action: 'hold', until: msg.notBefore }
  if (msg.kind !== 'marketing') return { action: 'send' }
  const quietEnd = quietHoursEnd(now, policy.quietHours)
  if (quietEnd.getTime() > now.getTime()) return { action: 'hold', until: quietEnd }
  const refusal = marketingCapRefusal(lastMarketingAt, now, policy)
  return refusal ? { action: 'suppress', reason: refusal } : { action: 'send' }
}

export type SendOutcome = 'sent' | 'no_quota' | 'failed'

/** WeChat's errcode after subscribe/send: 0 sent, 43101 no acceptance left, anything else failed. */
export function sendOutcome(errcode: unknown): SendOutcome {
  if (errcode === 0) return 'sent'
  return errcode === WX_NO_ACCEPTANCE ? 'no_quota' : 'failed'
}

/** Messages claimed before this instant and still sending were cut off. */
export function stuckSendingCutoff(now: Date): Date {
  return new Date(now.getTime() - STUCK_SENDING_MS)
}

/** A `thing` value as WeChat accepts it: at most 20 characters, cut with an ellipsis; never empty. */
export function wxThing(text: string, max = WX_THING_MAX): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  if (chars.length === 0) return '-'
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

/** A `time` value: 'YYYY-MM-DD HH:mm' on the Shanghai clock. */
export function wxTime(at: Date): string {
  return inShanghai(at).format('YYYY-MM-DD HH:mm')
}

import {
  DEFAULT_PUSH_POLICY,
  deliveryDecision,
  earliestDelivery,
  isQuietTime,
  marketingCapRefusal,
  quietHoursEnd,
  sendOutcome,
  stuckSendingCutoff,
  wxThing,
  wxTime
} from '../../../cloudfunctions/core/rules/push'

/** A Shanghai wall-clock instant: sh('2026-11-20 21:00'). */
const sh = (text: string): Date => new Date(`${text.replace(' ', 'T')}:00+08:00`)
const DAY = 24 * 3600_000

describe('quiet hours (21:00-09:00 Shanghai)', () => {
  it.each([
    ['2026-11-20 20:59', false],
    ['2026-11-20 21:00', true],
    ['2026-11-20 23:59', true],
    ['2026-11-21 00:00', true],
    ['2026-11-21 08:59', true],
    ['2026-11-21 09:00', false],
    ['2026-11-21 12:00', false]
  ])('%s quiet: %s', (time, quiet) => {
    expect(isQuietTime(sh(time))).toBe(quiet)
  })

  it('ends at the next 09:00, the same morning after midnight', () => {
    expect(quietHoursEnd(sh('2026-11-20 22:30'))).toEqual(sh('2026-11-21 09:00'))
    expect(quietHoursEnd(sh('2026-11-21 03:00'))).toEqual(sh('2026-11-21 09:00'))
    expect(quietHoursEnd(sh('2026-11-21 10:00'))).toEqual(sh('2026-11-21 10:00'))
  })

  it('crosses a month end on the Shanghai calendar (the UTC date differs)', () => {
    // 2026-11-30 23:30 Shanghai is 15:30 UTC on the 30th
    expect(quietHoursEnd(sh('2026-11-30 23:30'))).toEqual(sh('2026-12-01 09:00'))
  })

  it('follows other settings, including a span within one day and none at all', () => {
    const q = { start: '22:00', end: '08:00' }
    expect(isQuietTime(sh('2026-11-20 21:30'), q)).toBe(false)
    expect(quietHoursEnd(sh('2026-11-20 22:00'), q)).toEqual(sh('2026-11-21 08:00'))
    const lunch = { start: '12:00', end: '13:30' }
    expect(isQuietTime(sh('2026-11-20 12:45'), lunch)).toBe(true)
    expect(quietHoursEnd(sh('2026-11-20 12:45'), lunch)).toEqual(sh('2026-11-20 13:30'))
    expect(isQuietTime(sh('2026-11-20 23:00'), { start: '00:00', end: '00:00' })).toBe(false)
  })

  it('holds only marketing', () => {
    const night = sh('2026-11-20 23:00')
    expect(earliestDelivery('marketing', night)).toEqual(sh('2026-11-21 09:00'))
    expect(earliestDelivery('transactional', night)).toEqual(night)
  })
})

describe('one marketing message per customer per 7 days', () => {
  const now = sh('2026-11-20 10:00')
  it('refuses within 7 days and allows from exactly 7 days on', () => {
    expect(marketingCapRefusal(null, now)).toBeNull()
    expect(marketingCapRefusal(new Date(now.getTime() - 6 * DAY), now)).toMatch(/7 天内/)
    expect(marketingCapRefusal(new Date(now.getTime() - 7 * DAY + 1), now)).not.toBeNull()
    expect(marketingCapRefusal(new Date(now.getTime() - 7 * DAY), now)).toBeNull()
  })

  it('follows the configured gap', () => {
    expect(marketingCapRefusal(new Date(now.getTime() - 3 * DAY), now, { ...DEFAULT_PUSH_POLICY, marketingMinDays: 3 })).toBeNull()
  })
})

describe('deliveryDecision', () => {
  const now = sh('2026-11-20 10:00')
  it('sends a due transactional message whatever the hour or the cap', () => {
    expect(deliveryDecision({ kind: 'transactional', notBefore: now }, sh('2026-11-20 23:00'), now)).toEqual({ action: 'send' })
  })

  it('holds anything before its notBefore', () => {
    const later = sh('2026-11-20 11:00')
    expect(deliveryDecision({ kind: 'transactional', notBefore: later }, now, null)).toEqual({ action: 'hold', until: later })
  })

  it('holds marketing through the quiet hours, then applies the cap', () => {
    expect(deliveryDecision({ kind: 'marketing', notBefore: sh('2026-11-20 08:00') }, sh('2026-11-20 22:00'), null))
      .toEqual({ action: 'hold', until: sh('2026-11-21 09:00') })
    expect(deliveryDecision({ kind: 'marketing', notBefore: now }, now, null)).toEqual({ action: 'send' })
    expect(deliveryDecision({ kind: 'marketing', notBefore: now }, now, new Date(now.getTime() - DAY)))
      .toEqual({ action: 'suppress', reason: expect.stringContaining('7 天内') })
  })
})

describe("WeChat's answers and stuck claims", () => {
  it('maps errcodes: 0 sent, 43101 no acceptance, anything else failed', () => {
    expect(sendOutcome(0)).toBe('sent')
    expect(sendOutcome(43101)).toBe('no_quota')
    expect(sendOutcome(40003)).toBe('failed')
    expect(sendOutcome(undefined)).toBe('failed')
  })

  it('counts a claim older than 5 minutes as cut off', () => {
    expect(stuckSendingCutoff(sh('2026-11-20 10:00'))).toEqual(sh('2026-11-20 09:55'))
  })

  it('fits thing values into 20 characters and writes times on the Shanghai clock', () => {
    expect(wxThing('您好')).toBe('您好')
    expect(Array.from(wxThing('非'.repeat(30)))).toHaveLength(20)
    expect(wxThing('非'.repeat(30)).endsWith('…')).toBe(true)
    expect(wxThing('  多个   空格  ')).toBe('多个 空格')
    expect(wxThing('   ')).toBe('-')
    expect(wxTime(sh('2026-11-20 21:05'))).toBe('2026-11-20 21:05')
  })
})

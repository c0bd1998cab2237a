// CloudBase timer triggers: 7-field cron read on a Shanghai clock whatever the machine's zone.
import { parseCron, matches, nextFire } from '../../../local/timers/cron'

const at = (iso: string) => new Date(iso)

describe('parseCron', () => {
  test('refuses anything but 7 valid fields', () => {
    expect(() => parseCron('0 0 2 * * *')).toThrow(/7 fields/)
    expect(() => parseCron('0 0 24 * * * *')).toThrow(/bad cron/)
    expect(() => parseCron('0 61 2 * * * *')).toThrow(/bad cron/)
    expect(() => parseCron('0 0 2 * * FOO *')).toThrow(/bad cron value/)
    expect(() => parseCron('0 */0 * * * * *')).toThrow(/bad cron/)
  })
})

describe('matches (Shanghai wall clock)', () => {
  test('the nightly 02:00 timer fires at 18:00 UTC the day before', () => {
    const nightly = parseCron('0 0 2 * * * *')
    expect(matches(nightly, at('2026-11-22T18:00:00Z'))).toBe(true) // 02:00 on the 23rd in Shanghai
    expect(matches(nightly, at('2026-11-23T02:00:00Z'))).toBe(false) // 10:00 in Shanghai
    expect(matches(nightly, at('2026-11-22T18:00:01Z'))).toBe(false)
  })

  test('steps, lists and ranges', () => {
    const every5 = parseCron('0 */5 * * * * *')
    expect(matches(every5, at('2026-11-22T10:05:00Z'))).toBe(true)
    expect(matches(every5, at('2026-11-22T10:07:00Z'))).toBe(false)
    const weekdayMornings = parseCron('0 30 9 * * MON-FRI *')
    expect(matches(weekdayMornings, at('2026-11-23T01:30:00Z'))).toBe(true) // Monday 09:30 Shanghai
    expect(matches(weekdayMornings, at('2026-11-22T01:30:00Z'))).toBe(false) // Sunday
    const list = parseCron('0 0 8,20 1 * * *')
    expect(matches(list, at('2026-12-01T12:00:00Z'))).toBe(true) // 20:00 on the 1st
    expect(matches(list, at('2026-12-02T12:00:00Z'))).toBe(false)
  })

  test('day-of-month and day-of-week both restricted: either matches (standard cron)', () => {
    const cron = parseCron('0 0 12 1 * 0 *')
    expect(matches(cron, at('2026-12-01T04:00:00Z'))).toBe(true) // the 1st (a Tuesday)
    expect(matches(cron, at('2026-11-29T04:00:00Z'))).toBe(true) // a Sunday
    expect(matches(cron, at('2026-11-30T04:00:00Z'))).toBe(false)
  })
})

describe('nextFire', () => {
  test('is the next matching whole second after `from`', () => {
    expect(nextFire(parseCron('0 0 2 * * * *'), at('2026-11-22T17:59:59.500Z'))).toEqual(at('2026-11-22T18:00:00Z'))
    expect(nextFire(parseCron('0 0 2 * * * *'), at('2026-11-22T18:00:00Z'))).toEqual(at('2026-11-23T18:00:00Z'))
    expect(nextFire(parseCron('0 * * * * * *'), at('2026-11-22T10:00:30Z'))).toEqual(at('2026-11-22T10:01:00Z'))
  })

  test('is undefined for a year that has passed', () => {
    expect(nextFire(parseCron('0 0 0 1 1 * 2020'), at('2026-11-22T00:00:00Z'))).toBeUndefined()
  })
})

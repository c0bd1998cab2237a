import {
  addDays,
  isDateString,
  shanghaiDate,
  shanghaiDateRange,
  shanghaiInstant,
  shanghaiTime
} from '../../../cloudfunctions/core/rules/time'
import { windowStart } from '../../../cloudfunctions/core/rules/windows'
import { thrownBy } from '../helpers/thrownBy'

const at = (iso: string) => new Date(iso)

describe('shanghaiDate / shanghaiTime', () => {
  it('moves to the next Shanghai day at 16:00 UTC', () => {
    expect(shanghaiDate(at('2026-11-22T15:59:59.999Z'))).toBe('2026-11-22')
    expect(shanghaiDate(at('2026-11-22T16:00:00.000Z'))).toBe('2026-11-23')
  })

  it('reads 2026-11-22T17:30Z as 01:30 on 11-23 in Shanghai', () => {
    expect(shanghaiDate(at('2026-11-22T17:30:00Z'))).toBe('2026-11-23')
    expect(shanghaiTime(at('2026-11-22T17:30:00Z'))).toBe('01:30')
  })

  it('crosses the year in Shanghai before it does in UTC', () => {
    expect(shanghaiDate(at('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
  })
})

describe('shanghaiInstant', () => {
  it('is the UTC instant of a Shanghai wall-clock time', () => {
    expect(shanghaiInstant('2026-11-23', '01:30').toISOString()).toBe('2026-11-22T17:30:00.000Z')
    expect(shanghaiInstant('2026-11-23', '00:00').toISOString()).toBe('2026-11-22T16:00:00.000Z')
    expect(shanghaiInstant('2026-11-23', '23:59').toISOString()).toBe('2026-11-23T15:59:00.000Z')
  })

  it('refuses malformed dates and times', () => {
    expect(thrownBy(() => shanghaiInstant('2026-02-30', '08:00')).code).toBe('INVALID_ARGUMENT')
    expect(thrownBy(() => shanghaiInstant('2026/11/23', '08:00')).message).toBe('日期格式不正确，应为 YYYY-MM-DD')
    expect(thrownBy(() => shanghaiInstant('2026-11-23', '24:00')).message).toBe('时间格式不正确，应为 HH:mm')
    expect(thrownBy(() => shanghaiInstant('2026-11-23', '8:00')).code).toBe('INVALID_ARGUMENT')
  })
})

describe('isDateString', () => {
  it.each([
    ['2026-11-23', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-3', false],
    ['2026-11-23T00:00:00Z', false],
    ['', false]
  ])('%s -> %s', (value, expected) => {
    expect(isDateString(value)).toBe(expected)
  })

  it('rejects non-strings', () => {
    expect(isDateString(20261123)).toBe(false)
    expect(isDateString(null)).toBe(false)
  })
})

describe('addDays', () => {
  it('does calendar arithmetic across months, years and leap days', () => {
    expect(addDays('2026-11-23', 13)).toBe('2026-12-06')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
  })

  it('refuses a malformed date', () => {
    expect(thrownBy(() => addDays('2026-11-31', 1)).code).toBe('INVALID_ARGUMENT')
  })
})

describe('shanghaiDateRange', () => {
  it('covers one day for a job inside it', () => {
    expect(shanghaiDateRange({ start: at('2026-11-23T00:00:00Z'), end: at('2026-11-23T04:00:00Z') })).toEqual({
      first: '2026-11-23',
      last: '2026-11-23'
    })
  })

  it('does not touch the next day when the job ends exactly at Shanghai midnight', () => {
    expect(shanghaiDateRange({ start: at('2026-11-23T10:00:00Z'), end: at('2026-11-23T16:00:00Z') })).toEqual({
      first: '2026-11-23',
      last: '2026-11-23'
    })
  })

  it('spans several days for live-in care', () => {
    expect(shanghaiDateRange({ start: at('2026-11-23T00:00:00Z'), end: at('2026-11-25T00:00:00Z') })).toEqual({
      first: '2026-11-23',
      last: '2026-11-25'
    })
  })

  it('treats an empty span as its start day', () => {
    const start = at('2026-11-22T17:30:00Z')
    expect(shanghaiDateRange({ start, end: start })).toEqual({ first: '2026-11-23', last: '2026-11-23' })
  })
})

describe('independence from the process time zone', () => {
  const original = process.env.TZ
  afterEach(() => {
    process.env.TZ = original
  })

  it.each(['UTC', 'America/New_York', 'Pacific/Chatham', 'Asia/Kolkata'])('gives the same answers under TZ=%s', (tz) => {
    process.env.TZ = tz
    expect(shanghaiDate(at('2026-11-22T17:30:00Z'))).toBe('2026-11-23')
    expect(shanghaiTime(at('2026-11-22T17:30:00Z'))).toBe('01:30')
    expect(windowStart('2026-11-23', 'morning').toISOString()).toBe('2026-11-23T00:00:00.000Z')
    expect(shanghaiInstant('2026-03-08', '02:30').toISOString()).toBe('2026-03-07T18:30:00.000Z')
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09')
  })
})

describe('the fixed +08:00 reading agrees with the Asia/Shanghai zone database', () => {
  // time.ts reads Shanghai time at a fixed offset (fast, and independent of the process zone: dayjs' tz() is off by
  // an hour near the process zone's own DST changes); the reference here is Intl's zone database
  const { shanghaiDate, shanghaiTime, shanghaiInstant } = require('../../../cloudfunctions/core/rules/time')
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  })
  const parts = (at: Date) => Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]))

  test('for 5,000 instants from 1992 to 2060', () => {
    let seed = 42
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const from = Date.UTC(1992, 0, 1)
    const to = Date.UTC(2060, 0, 1)
    for (let i = 0; i < 5000; i++) {
      const at = new Date(Math.floor((from + random() * (to - from)) / 60000) * 60000)
      const p = parts(at)
      const date = `${p.year}-${p.month}-${p.day}`
      const time = `${p.hour}:${p.minute}`
      expect(shanghaiDate(at)).toBe(date)
      expect(shanghaiTime(at)).toBe(time)
      expect(shanghaiInstant(date, time).getTime()).toBe(at.getTime())
    }
  })
})

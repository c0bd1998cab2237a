// Aggregation expressions where the local CloudBase used to differ from MongoDB, through the real SDK. Expected
// values are MongoDB's documented ones (the $dateToString, $week/$year..., $indexOfCP and $substrBytes reference
// pages), plus the time zone cases a Shanghai company meets (Asia/Shanghai, daylight saving elsewhere).
import { useTestCloud, newCollection, rejection } from './support'

let db: any
let c: string
const DOC_DATE = new Date('2014-01-01T08:15:39.736Z') // the document MongoDB's date operator pages use

useTestCloud((t) => { db = t.db })
beforeAll(async () => {
  c = await newCollection(db, 'fx')
  await db.collection(c).add({ _id: 'd', date: DOC_DATE })
})

/** Evaluate expressions against the one document {_id: 'd', date}; `date` may be replaced per call. */
async function evaluate(fields: Record<string, unknown>, date?: Date): Promise<Record<string, unknown>> {
  const pipeline: object[] = []
  if (date) pipeline.push({ $addFields: { date } })
  pipeline.push({ $project: { _id: 0, ...fields } })
  const r = await db.collection(c).options({ raw: true }).aggregate(pipeline).end()
  expect(r.data).toHaveLength(1)
  return r.data[0]
}
const one = async (expr: unknown, date?: Date) => (await evaluate({ v: expr }, date)).v

describe('$dateToString', () => {
  test('MongoDB reference examples: UTC by default, an Olson zone, an offset, %Z, %b, %B', async () => {
    expect(await evaluate({
      yearMonthDayUTC: { $dateToString: { format: '%Y-%m-%d', date: '$date' } },
      timewithOffsetNY: { $dateToString: { format: '%H:%M:%S:%L%z', date: '$date', timezone: 'America/New_York' } },
      timewithOffset430: { $dateToString: { format: '%H:%M:%S:%L%z', date: '$date', timezone: '+04:30' } },
      minutesOffsetNY: { $dateToString: { format: '%Z', date: '$date', timezone: 'America/New_York' } },
      minutesOffset430: { $dateToString: { format: '%Z', date: '$date', timezone: '+04:30' } },
      abbreviated_month: { $dateToString: { format: '%b', date: '$date', timezone: '+04:30' } },
      full_month: { $dateToString: { format: '%B', date: '$date', timezone: '+04:30' } }
    })).toEqual({
      yearMonthDayUTC: '2014-01-01',
      timewithOffsetNY: '03:15:39:736-0500',
      timewithOffset430: '12:45:39:736+0430',
      minutesOffsetNY: '-300',
      minutesOffset430: '270',
      abbreviated_month: 'Jan',
      full_month: 'January'
    })
  })

  test('a Shanghai evening is the next day in Asia/Shanghai and +08:00, the same day in UTC', async () => {
    const evening = new Date('2024-03-10T16:30:00.000Z') // 2024-03-11 00:30 in Shanghai
    expect(await evaluate({
      shanghai: { $dateToString: { format: '%Y-%m-%d %H:%M', date: '$date', timezone: 'Asia/Shanghai' } },
      offset: { $dateToString: { format: '%Y-%m-%d', date: '$date', timezone: '+08:00' } },
      compact: { $dateToString: { format: '%Y-%m-%d', date: '$date', timezone: '+0800' } },
      utc: { $dateToString: { format: '%Y-%m-%d', date: '$date' } }
    }, evening)).toEqual({ shanghai: '2024-03-11 00:30', offset: '2024-03-11', compact: '2024-03-11', utc: '2024-03-10' })
  })

  test('the offset of an Olson zone is the one at that date (daylight saving), negative half hours print right', async () => {
    const july = new Date('2024-07-01T12:00:00.000Z')
    expect(await evaluate({
      ny: { $dateToString: { format: '%H:%M%z', date: '$date', timezone: 'America/New_York' } },
      nf: { $dateToString: { format: '%H:%M%z %Z', date: '$date', timezone: '-03:30' } }
    }, july)).toEqual({ ny: '08:00-0400', nf: '08:30-0330 -210' })
  })

  test('the default format: ISO with Z in UTC, without Z in another zone; onNull for a missing date', async () => {
    expect(await evaluate({
      utc: { $dateToString: { date: '$date' } },
      shanghai: { $dateToString: { date: '$date', timezone: 'Asia/Shanghai' } },
      missing: { $dateToString: { date: '$nope', format: '%Y' } },
      onNull: { $dateToString: { date: '$nope', format: '%Y', onNull: '无' } }
    })).toEqual({ utc: '2014-01-01T08:15:39.736Z', shanghai: '2014-01-01T16:15:39.736', missing: null, onNull: '无' })
  })

  test('%w is 1 (Sunday) .. 7, %u ISO 1..7, %U and %V weeks, %j day of year, %G ISO year', async () => {
    const sunday = new Date('2021-01-03T12:00:00.000Z') // ISO week 53 of 2020; %U week 1
    expect(await one({ $dateToString: { format: '%w %u %U %V %j %G %Y', date: '$date' } }, sunday)).toBe('1 7 01 53 003 2020 2021')
  })

  test('an unknown specifier or an unknown zone is an INVALID_PARAM', async () => {
    expect((await rejection(one({ $dateToString: { format: '%Q', date: '$date' } }))).code).toBe('INVALID_PARAM')
    expect((await rejection(one({ $dateToString: { format: '%Y', date: '$date', timezone: 'Mars/Olympus' } }))).code).toBe('INVALID_PARAM')
  })
})

describe('date parts and $week', () => {
  test('MongoDB reference example: the parts of 2014-01-01T08:15:39.736Z', async () => {
    expect(await evaluate({
      year: { $year: '$date' }, month: { $month: '$date' }, day: { $dayOfMonth: '$date' }, hour: { $hour: '$date' },
      minutes: { $minute: '$date' }, seconds: { $second: '$date' }, milliseconds: { $millisecond: '$date' },
      dayOfYear: { $dayOfYear: '$date' }, dayOfWeek: { $dayOfWeek: '$date' }, week: { $week: '$date' }
    })).toEqual({ year: 2014, month: 1, day: 1, hour: 8, minutes: 15, seconds: 39, milliseconds: 736, dayOfYear: 1, dayOfWeek: 4, week: 0 })
  })

  test.each([
    ['2016-01-01', 0], // a Friday: before the first Sunday
    ['2024-01-06', 0],
    ['2024-01-07', 1], // the first Sunday starts week 1
    ['2023-01-01', 1], // the year starts on a Sunday
    ['2021-01-03', 1],
    ['2023-12-31', 53],
    ['2026-12-02', 48]
  ])('$week of %s is %d (weeks start on Sunday)', async (day, week) => {
    expect(await one({ $week: '$date' }, new Date(`${day}T12:00:00.000Z`))).toBe(week)
  })

  test('parts honour {date, timezone}: Saturday 20:00 UTC is Sunday in Shanghai', async () => {
    const sat = new Date('2024-01-06T20:00:00.000Z')
    expect(await evaluate({
      utcWeek: { $week: '$date' },
      shWeek: { $week: { date: '$date', timezone: 'Asia/Shanghai' } },
      shDay: { $dayOfMonth: { date: '$date', timezone: 'Asia/Shanghai' } },
      shHour: { $hour: { date: '$date', timezone: '+08:00' } },
      shDow: { $dayOfWeek: { date: '$date', timezone: 'Asia/Shanghai' } },
      isoWeek: { $isoWeek: new Date('2024-12-30T00:00:00.000Z') },
      isoWeekYear: { $isoWeekYear: new Date('2024-12-30T00:00:00.000Z') }
    }, sat)).toEqual({ utcWeek: 0, shWeek: 1, shDay: 7, shHour: 4, shDow: 1, isoWeek: 1, isoWeekYear: 2025 })
  })
})

describe('strings by code point and by byte', () => {
  test('$indexOfCP: MongoDB reference example, and start/end bounds', async () => {
    const items = ['foo', 'fóofoo', 'the foo bar', 'hello world fóo', null]
    const got: unknown[] = []
    for (const item of items) got.push(await one({ $indexOfCP: [{ $literal: item }, 'foo'] }))
    expect(got).toEqual([0, 3, 4, -1, null])
    expect(await evaluate({
      e: { $indexOfCP: ['cafétéria', 'é'] },
      t: { $indexOfCP: ['cafétéria', 't'] },
      from5: { $indexOfCP: ['foo.bar.fi', '.', 5] },
      within: { $indexOfCP: ['vanilla', 'll', 0, 2] },
      past: { $indexOfCP: ['vanilla', 'll', 12] },
      reversed: { $indexOfCP: ['vanilla', 'll', 5, 2] },
      emoji: { $indexOfCP: ['😀ab', 'b'] }
    })).toEqual({ e: 3, t: 4, from5: 7, within: -1, past: -1, reversed: -1, emoji: 2 })
    expect((await rejection(one({ $indexOfCP: ['vanilla', 'll', -1] }))).code).toBe('INVALID_PARAM')
  })

  test('$substrBytes: MongoDB reference example (multibyte names), counts past the end, bad boundaries', async () => {
    const names = ['apple', 'éclair', 'jalapeño', '寿司sushi']
    const got: unknown[] = []
    for (const name of names) got.push(await one({ $substrBytes: [{ $literal: name }, 0, 3] }))
    expect(got).toEqual(['app', 'éc', 'jal', '寿'])
    expect(await evaluate({
      quarter: { $substrBytes: ['13Q1', 0, 2] },
      rest: { $substrBytes: ['abc', 1, 10] },
      pastEnd: { $substrBytes: ['abc', 5, 1] },
      negativeCount: { $substrBytes: ['abcdef', 2, -1] },
      sushi: { $substrBytes: ['寿司sushi', 3, 5] },
      cp: { $substrCP: ['😀ab', 1, 2] },
      len: { $strLenCP: '寿司😀' }
    })).toEqual({ quarter: '13', rest: 'bc', pastEnd: '', negativeCount: 'cdef', sushi: '司su', cp: 'ab', len: 3 })
    expect((await rejection(one({ $substrBytes: ['寿司', 1, 2] }))).code).toBe('INVALID_PARAM')
    expect((await rejection(one({ $substrBytes: ['寿司', 0, 2] }))).code).toBe('INVALID_PARAM')
  })
})

// The local clock's parts: durations as `npm run clock` takes them, the offset it keeps, and the functions' side,
// which follows the offset only inside the local CloudBase (production reads the real clock whatever a context says).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseDuration, describeOffset, LocalClock, MAX_OFFSET_MS } from '../../../local/clock'
import { invocationNow, LOCAL_CLOUD_ENV } from '../../../cloudfunctions/core/runtime/clock'

const H = 3600_000
const D = 24 * H

describe('parseDuration', () => {
  it.each([
    ['+7d', 7 * D], ['7d', 7 * D], ['-3h', -3 * H], ['90m', 90 * 60_000], ['1d12h', 36 * H], ['45s', 45_000],
    ['2w', 14 * D], ['1.5h', 1.5 * H], [' +1d ', D]
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms))
  it.each(['', '7', 'd', '7x', '+-1d', '1d-2h', 'soon', '7 d'])('refuses %j', (text) => expect(parseDuration(text)).toBeUndefined())
})

it('describes an offset in Chinese', () => {
  expect(describeOffset(0)).toBe('0')
  expect(describeOffset(7 * D + 3 * H)).toBe('+7天3小时')
  expect(describeOffset(-90 * 60_000)).toBe('-1小时30分钟')
  expect(describeOffset(500)).toBe('+0秒')
  expect(describeOffset(6 * D + 6 * H + 20 * 60_000 + 24_000)).toBe('+6天6小时')
  expect(describeOffset(7 * D + 5 * 60_000)).toBe('+7天')
})

describe('LocalClock', () => {
  const wall = () => Date.UTC(2026, 11, 2, 1, 0, 0)
  it('moves by an offset from the wall clock, and keeps it in the data folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jz-clock-'))
    const c = new LocalClock(dir, wall)
    expect(c.now().getTime()).toBe(wall())
    c.advanceBy(7 * D)
    expect(c.now().toISOString()).toBe('2026-12-09T01:00:00.000Z')
    c.set(new Date('2027-03-02T01:00:00Z'))
    expect(c.offsetMs).toBe(Date.UTC(2027, 2, 2, 1) - wall())
    expect(new LocalClock(dir, wall).now().toISOString()).toBe('2027-03-02T01:00:00.000Z')
    c.reset()
    expect(new LocalClock(dir, wall).offsetMs).toBe(0)
    fs.rmSync(dir, { recursive: true, force: true })
  })
  it('refuses offsets past 20 years and keeps the old one', () => {
    const c = new LocalClock(undefined, wall)
    c.advanceBy(D)
    expect(() => c.advanceBy(MAX_OFFSET_MS)).toThrow(RangeError)
    expect(() => c.advanceBy(Number.NaN)).toThrow(RangeError)
    expect(c.offsetMs).toBe(D)
  })
})

describe('invocationNow', () => {
  const wall = () => 1_800_000_000_000
  const saved = process.env[LOCAL_CLOUD_ENV]
  afterEach(() => {
    if (saved === undefined) delete process.env[LOCAL_CLOUD_ENV]
    else process.env[LOCAL_CLOUD_ENV] = saved
  })
  it('follows the local clock inside the local CloudBase', () => {
    process.env[LOCAL_CLOUD_ENV] = '1'
    expect(invocationNow({ localClockOffsetMs: 7 * D }, wall).getTime()).toBe(wall() + 7 * D)
    expect(invocationNow({}, wall).getTime()).toBe(wall())
    expect(invocationNow({ localClockOffsetMs: 'soon' }, wall).getTime()).toBe(wall())
  })
  it('reads the real clock in production, whatever the context carries', () => {
    delete process.env[LOCAL_CLOUD_ENV]
    expect(invocationNow({ localClockOffsetMs: 7 * D }, wall).getTime()).toBe(wall())
    process.env[LOCAL_CLOUD_ENV] = 'true'
    expect(invocationNow({ localClockOffsetMs: 7 * D }, wall).getTime()).toBe(wall())
  })
})

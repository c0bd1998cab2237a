import { TIME_WINDOW_IDS } from '../../../cloudfunctions/core/contract/order'
import { shanghaiDate } from '../../../cloudfunctions/core/rules/time'
import {
  WINDOW_HOURS,
  describeSlot,
  isTimeWindowId,
  windowEnd,
  windowStart
} from '../../../cloudfunctions/core/rules/windows'
import { thrownBy } from '../helpers/thrownBy'

describe('windowStart / windowEnd', () => {
  it.each([
    ['morning', '2026-11-23T00:00:00.000Z', '2026-11-23T04:00:00.000Z'],
    ['afternoon', '2026-11-23T05:00:00.000Z', '2026-11-23T09:00:00.000Z'],
    ['evening', '2026-11-23T10:00:00.000Z', '2026-11-23T13:00:00.000Z']
  ] as const)('%s on 2026-11-23 is %s - %s (UTC)', (window, start, end) => {
    expect(windowStart('2026-11-23', window).toISOString()).toBe(start)
    expect(windowEnd('2026-11-23', window).toISOString()).toBe(end)
  })

  it('keeps each window on its own Shanghai date', () => {
    for (const window of TIME_WINDOW_IDS) {
      expect(shanghaiDate(windowStart('2026-12-31', window))).toBe('2026-12-31')
      expect(shanghaiDate(windowEnd('2026-12-31', window))).toBe('2026-12-31')
    }
  })

  it('orders the windows without overlap', () => {
    const spans = TIME_WINDOW_IDS.map((w) => [windowStart('2026-11-23', w).getTime(), windowEnd('2026-11-23', w).getTime()])
    for (let i = 0; i < spans.length; i++) {
      expect(spans[i][0]).toBeLessThan(spans[i][1])
      if (i > 0) expect(spans[i - 1][1]).toBeLessThanOrEqual(spans[i][0])
    }
  })

  it('refuses an unknown window and a malformed date', () => {
    const unknown = thrownBy(() => windowStart('2026-11-23', 'night' as never))
    expect(unknown.code).toBe('INVALID_ARGUMENT')
    expect(unknown.message).toBe('服务时段不存在')
    expect(thrownBy(() => windowEnd('2026-11-31', 'morning')).code).toBe('INVALID_ARGUMENT')
  })
})

describe('WINDOW_HOURS', () => {
  it('is morning 08-12, afternoon 13-17, evening 18-21', () => {
    expect(WINDOW_HOURS).toEqual({
      morning: { start: '08:00', end: '12:00' },
      afternoon: { start: '13:00', end: '17:00' },
      evening: { start: '18:00', end: '21:00' }
    })
  })
})

describe('isTimeWindowId', () => {
  it('accepts the three ids only', () => {
    expect(TIME_WINDOW_IDS.every(isTimeWindowId)).toBe(true)
    expect(isTimeWindowId('上午')).toBe(false)
    expect(isTimeWindowId('toString')).toBe(false)
    expect(isTimeWindowId(1)).toBe(false)
  })
})

describe('describeSlot', () => {
  it('reads as a person would say it, with the Shanghai weekday', () => {
    expect(describeSlot('2026-11-23', 'morning')).toBe('11月23日 周一 上午 08:00-12:00')
    expect(describeSlot('2026-11-22', 'evening')).toBe('11月22日 周日 晚上 18:00-21:00')
    expect(describeSlot('2026-12-31', 'afternoon')).toBe('12月31日 周四 下午 13:00-17:00')
  })
})

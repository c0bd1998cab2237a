import { boardSlotKeys, dayLabel, SLOT_FULL, SLOT_UNSTAFFED, slotBoard, windowLabel } from '../../../cloudfunctions/core/rules/slotBoard'
import type { CleanerAvailability } from '../../../cloudfunctions/core/rules/capacity'

// 2026-11-23 (a Monday) 09:00 Shanghai
const now = new Date('2026-11-23T01:00:00Z')
const cleaner = (over: Partial<CleanerAvailability> = {}): CleanerAvailability => ({ active: true, skills: ['daily_cleaning'], leave: [], ...over })

describe('labels', () => {
  it('names days relative to today, then by weekday', () => {
    expect(dayLabel('2026-11-23', '2026-11-23')).toBe('今天 11月23日')
    expect(dayLabel('2026-11-24', '2026-11-23')).toBe('明天 11月24日')
    expect(dayLabel('2026-11-25', '2026-11-23')).toBe('周三 11月25日')
    expect(dayLabel('2027-01-03', '2026-12-31')).toBe('周日 1月3日')
  })

  it('names windows with their hours', () => {
    expect(windowLabel('morning')).toBe('上午 08:00-12:00')
    expect(windowLabel('evening')).toBe('晚上 18:00-21:00')
  })
})

describe('slotBoard', () => {
  const cleaners = [cleaner(), cleaner(), cleaner({ leave: [{ from: '2026-11-26', to: '2026-11-26' }] }), cleaner({ skills: ['nanny'] }), cleaner({ active: false })]

  it('covers 14 days x 3 windows with capacity from the cleaners who can serve', () => {
    const board = slotBoard('daily_cleaning', cleaners, new Map(), now)
    expect(board).toHaveLength(14)
    expect(board.every((d) => d.windows.length === 3)).toBe(true)
    expect(board[3].windows.map((w) => w.remaining)).toEqual([2, 2, 2]) // 11-26: one of three is on leave
    expect(board[4].windows.map((w) => w.remaining)).toEqual([3, 3, 3])
    expect(board[0].label).toBe('今天 11月23日')
    expect(board[4].windows[0].startsAt).toEqual(new Date('2026-11-27T00:00:00Z'))
  })

  it('takes booked units off, and greys out full windows, past windows and unstaffed days with the reason', () => {
    const booked = new Map([['daily_cleaning:2026-11-25:afternoon', 3], ['daily_cleaning:2026-11-25:evening', 5]])
    const board = slotBoard('daily_cleaning', cleaners, booked, now)
    expect(board[0].windows[0]).toMatchObject({ window: 'morning', bookable: false, reason: '距服务开始不足2小时，请选择其他时段' })
    expect(board[0].windows[1]).toMatchObject({ window: 'afternoon', bookable: true, remaining: 3 })
    expect(board[0].windows[1].reason).toBeUndefined()
    expect(board[2].windows[1]).toMatchObject({ remaining: 0, bookable: false, reason: SLOT_FULL })
    // booked above capacity (a cleaner took leave after the booking) never shows a negative number
    expect(board[2].windows[2]).toMatchObject({ remaining: 0, bookable: false, reason: SLOT_FULL })
    const nobody = slotBoard('maternity_nurse', cleaners, new Map(), now)
    expect(nobody[5].windows[0]).toMatchObject({ remaining: 0, bookable: false, reason: SLOT_UNSTAFFED })
  })

  it('reads the counters of exactly the slots it shows', () => {
    const keys = boardSlotKeys('deep_cleaning', now)
    expect(keys).toHaveLength(42)
    expect(keys[0]).toBe('deep_cleaning:2026-11-23:morning')
    expect(keys[41]).toBe('deep_cleaning:2026-12-06:evening')
  })
})

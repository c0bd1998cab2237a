import {
  availableCleaners,
  canServe,
  isOnLeave,
  isOnLeaveBetween,
  remainingCapacity,
  slotCapacity,
  slotKey,
  type CleanerAvailability
} from '../../../cloudfunctions/core/rules/capacity'
import { thrownBy } from '../helpers/thrownBy'

type Cleaner = CleanerAvailability & { id: string }

const cleaners: Cleaner[] = [
  { id: 'ready', active: true, skills: ['daily_cleaning', 'deep_cleaning'] },
  { id: 'ready-empty-leave', active: true, skills: ['daily_cleaning'], leave: [] },
  { id: 'inactive', active: false, skills: ['daily_cleaning'] },
  { id: 'no-skill', active: true, skills: ['maternity_nurse'] },
  { id: 'leave-that-day', active: true, skills: ['daily_cleaning'], leave: [{ from: '2026-11-23', to: '2026-11-23' }] },
  { id: 'leave-range', active: true, skills: ['daily_cleaning'], leave: [{ from: '2026-11-20', to: '2026-11-25' }] },
  { id: 'leave-ended', active: true, skills: ['daily_cleaning'], leave: [{ from: '2026-11-20', to: '2026-11-22' }] },
  { id: 'leave-later', active: true, skills: ['daily_cleaning'], leave: [{ from: '2026-11-24', to: '2026-11-30' }] }
]

describe('slotCapacity', () => {
  it('counts active cleaners with the skill who are not on leave that day', () => {
    expect(availableCleaners(cleaners, 'daily_cleaning', '2026-11-23').map((c) => c.id)).toEqual([
      'ready',
      'ready-empty-leave',
      'leave-ended',
      'leave-later'
    ])
    expect(slotCapacity(cleaners, 'daily_cleaning', '2026-11-23')).toBe(4)
  })

  it('changes with the day as leave starts and ends', () => {
    // Six active cleaners have the skill.
    expect(slotCapacity(cleaners, 'daily_cleaning', '2026-11-22')).toBe(4) // leave-range, leave-ended away
    expect(slotCapacity(cleaners, 'daily_cleaning', '2026-11-24')).toBe(4) // leave-range, leave-later away
    expect(slotCapacity(cleaners, 'daily_cleaning', '2026-11-26')).toBe(5) // only leave-later away
    expect(slotCapacity(cleaners, 'daily_cleaning', '2026-12-01')).toBe(6)
  })

  it('is per skill', () => {
    expect(slotCapacity(cleaners, 'deep_cleaning', '2026-11-23')).toBe(1)
    expect(slotCapacity(cleaners, 'maternity_nurse', '2026-11-23')).toBe(1)
    expect(slotCapacity(cleaners, 'nanny', '2026-11-23')).toBe(0)
  })

  it('is zero with no cleaners', () => {
    expect(slotCapacity([], 'daily_cleaning', '2026-11-23')).toBe(0)
  })
})

describe('leave', () => {
  const cleaner = { leave: [{ from: '2026-11-20', to: '2026-11-22' }] }

  it('includes both ends of a span', () => {
    expect(isOnLeave(cleaner, '2026-11-19')).toBe(false)
    expect(isOnLeave(cleaner, '2026-11-20')).toBe(true)
    expect(isOnLeave(cleaner, '2026-11-22')).toBe(true)
    expect(isOnLeave(cleaner, '2026-11-23')).toBe(false)
  })

  it('finds leave anywhere inside a range of days', () => {
    expect(isOnLeaveBetween(cleaner, '2026-11-10', '2026-11-20')).toBe(true)
    expect(isOnLeaveBetween(cleaner, '2026-11-22', '2026-12-01')).toBe(true)
    expect(isOnLeaveBetween(cleaner, '2026-11-01', '2026-12-31')).toBe(true)
    expect(isOnLeaveBetween(cleaner, '2026-11-23', '2026-12-31')).toBe(false)
  })

  it('is never on leave without leave', () => {
    expect(isOnLeave({}, '2026-11-23')).toBe(false)
  })

  it('refuses a malformed date', () => {
    expect(thrownBy(() => isOnLeave(cleaner, '2026/11/23')).code).toBe('INVALID_ARGUMENT')
  })
})

describe('canServe', () => {
  it('needs all three: active, skilled, present', () => {
    expect(canServe(cleaners[0], 'deep_cleaning', '2026-11-23')).toBe(true)
    expect(canServe(cleaners[2], 'daily_cleaning', '2026-11-23')).toBe(false)
    expect(canServe(cleaners[3], 'daily_cleaning', '2026-11-23')).toBe(false)
    expect(canServe(cleaners[4], 'daily_cleaning', '2026-11-23')).toBe(false)
  })
})

describe('slotKey', () => {
  it('names the counter document of a slot', () => {
    expect(slotKey('daily_cleaning', '2026-11-23', 'morning')).toBe('daily_cleaning:2026-11-23:morning')
  })

  it('refuses a malformed date', () => {
    expect(thrownBy(() => slotKey('daily_cleaning', '2026-11-31', 'morning')).code).toBe('INVALID_ARGUMENT')
  })
})

describe('remainingCapacity', () => {
  it('is capacity minus booked, never negative', () => {
    expect(remainingCapacity({ booked: 3, capacity: 5 })).toBe(2)
    expect(remainingCapacity({ booked: 5, capacity: 5 })).toBe(0)
    expect(remainingCapacity({ booked: 6, capacity: 4 })).toBe(0)
    expect(remainingCapacity({ booked: 0, capacity: 0 })).toBe(0)
  })
})

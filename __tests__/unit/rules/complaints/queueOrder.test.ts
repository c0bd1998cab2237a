import { CLOSED_RANK_FROM, queueRank, queueTier, type QueueRankInput } from '../../../../cloudfunctions/core/rules/complaints/queueOrder'
import { sh } from './shanghaiClock'

let serial = 0
function item(over: Partial<QueueRankInput> = {}): QueueRankInput {
  serial += 1
  return {
    step: 'received',
    breached: false,
    nextDueAt: sh('2026-11-20 12:00'),
    receivedAt: sh('2026-11-20 09:00'),
    ticketNo: `TS20261120${String(serial).padStart(6, '0')}`,
    ...over
  }
}

/** The names in the order their ranks sort (plain string order, as the index sorts them). */
function sorted(items: Record<string, QueueRankInput>): string[] {
  return Object.entries(items)
    .map(([name, input]) => ({ name, rank: queueRank(input) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map((x) => x.name)
}

describe('queue order', () => {
  it('puts breached first, then running clocks by the next due instant, then waiting ones, closed last', () => {
    expect(sorted({
      closed: item({ step: 'closed', breached: true, nextDueAt: null }),
      waiting: item({ nextDueAt: null, receivedAt: sh('2026-11-19 09:00') }),
      later: item({ nextDueAt: sh('2026-11-20 16:00') }),
      overdue: item({ nextDueAt: sh('2026-11-20 08:00') }),
      soon: item({ nextDueAt: sh('2026-11-20 12:30') }),
      breached: item({ breached: true, nextDueAt: sh('2026-11-25 12:00') }),
      breachedNothingLeft: item({ breached: true, nextDueAt: null })
    })).toEqual(['breached', 'breachedNothingLeft', 'overdue', 'soon', 'later', 'waiting', 'closed'])
  })

  it('breaks ties on the same due instant by the oldest first, then by ticket number', () => {
    const due = sh('2026-11-23 08:30')
    expect(sorted({
      b: item({ nextDueAt: due, receivedAt: sh('2026-11-20 22:00'), ticketNo: 'TS20261120000002' }),
      a: item({ nextDueAt: due, receivedAt: sh('2026-11-20 22:00'), ticketNo: 'TS20261120000001' }),
      older: item({ nextDueAt: due, receivedAt: sh('2026-11-20 21:00'), ticketNo: 'TS20261120000009' })
    })).toEqual(['older', 'a', 'b'])
  })

  it('names one work order: different tickets never share a rank', () => {
    const same = { nextDueAt: sh('2026-11-20 12:00'), receivedAt: sh('2026-11-20 09:00') }
    expect(queueRank(item({ ...same, ticketNo: 'TS1' }))).not.toBe(queueRank(item({ ...same, ticketNo: 'TS2' })))
  })

  it('keeps every open rank below the closed ones', () => {
    for (const over of [{ breached: true }, { nextDueAt: null }, {}, { step: 'awaiting_confirmation' as const, nextDueAt: null }]) {
      expect(queueRank(item(over)) < CLOSED_RANK_FROM).toBe(true)
    }
    expect(queueRank(item({ step: 'closed', nextDueAt: null })) >= CLOSED_RANK_FROM).toBe(true)
  })

  it('names the tier', () => {
    expect(queueTier({ step: 'closed', breached: true, nextDueAt: null })).toBe('closed')
    expect(queueTier({ step: 'investigating', breached: true, nextDueAt: null })).toBe('breached')
    expect(queueTier({ step: 'investigating', breached: false, nextDueAt: sh('2026-11-20 12:00') })).toBe('running')
    expect(queueTier({ step: 'awaiting_confirmation', breached: false, nextDueAt: null })).toBe('waiting')
  })
})

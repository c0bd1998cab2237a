import {
  detectIncident,
  type IncidentComplaint
} from '../../../../cloudfunctions/core/rules/complaints/incident'
import { sh } from './shanghaiClock'

const DAY = 24 * 3600 * 1000

function complaint(id: string, customerId: string, createdAt: Date, extra: Partial<IncidentComplaint> = {}): IncidentComplaint {
  return { id, customerId, cleanerId: 'cleaner-li', area: null, createdAt, ...extra }
}

const NOW = sh('2026-11-23 10:00')

describe('same cleaner within 7 days', () => {
  it('forms an incident at exactly three distinct households', () => {
    const recent = [complaint('c1', 'h1', sh('2026-11-17 11:00')), complaint('c2', 'h2', sh('2026-11-20 15:00'))]
    expect(detectIncident(complaint('c3', 'h3', NOW), recent)).toEqual({
      outcome: 'forms',
      incidentId: null,
      otherIncidentIds: [],
      complaintIds: ['c1', 'c2', 'c3'],
      matches: [
        {
          kind: 'same_cleaner',
          key: 'cleaner-li',
          complaintIds: ['c1', 'c2', 'c3'],
          households: 3,
          reason: '同一阿姨被多户投诉：7 天内 3 户客户投诉同一位阿姨'
        }
      ],
      level: 'L3',
      reasons: ['同一阿姨被多户投诉：7 天内 3 户客户投诉同一位阿姨']
    })
  })

  it('is not an incident with two households', () => {
    const recent = [complaint('c1', 'h1', sh('2026-11-20 11:00'))]
    expect(detectIncident(complaint('c2', 'h2', NOW), recent)).toBeNull()
  })

  it('is not an incident when the same household complains three times', () => {
    const recent = [complaint('c1', 'h1', sh('2026-11-20 11:00')), complaint('c2', 'h1', sh('2026-11-21 11:00'))]
    expect(detectIncident(complaint('c3', 'h1', NOW), recent)).toBeNull()
  })

  it('links every complaint of the households involved, repeats included', () => {
    const recent = [
      complaint('c1', 'h1', sh('2026-11-20 11:00')),
      complaint('c2', 'h1', sh('2026-11-21 11:00')),
      complaint('c3', 'h2', sh('2026-11-22 11:00'))
    ]
    const verdict = detectIncident(complaint('c4', 'h3', NOW), recent)
    expect(verdict?.complaintIds).toEqual(['c1', 'c2', 'c3', 'c4'])
    expect(verdict?.matches[0].households).toBe(3)
  })

  it('counts a complaint exactly 7 days old but not one older', () => {
    const edge = [complaint('c1', 'h1', new Date(NOW.getTime() - 7 * DAY)), complaint('c2', 'h2', sh('2026-11-22 11:00'))]
    expect(detectIncident(complaint('c3', 'h3', NOW), edge)?.complaintIds).toEqual(['c1', 'c2', 'c3'])
    const stale = [complaint('c1', 'h1', new Date(NOW.getTime() - 7 * DAY - 1)), complaint('c2', 'h2', sh('2026-11-22 11:00'))]
    expect(detectIncident(complaint('c3', 'h3', NOW), stale)).toBeNull()
  })

  it('ignores other cleaners and complaints without a cleaner', () => {
    const recent = [complaint('c1', 'h1', sh('2026-11-22 11:00'), { cleanerId: 'cleaner-wang' }), complaint('c2', 'h2', sh('2026-11-22 12:00'))]
    expect(detectIncident(complaint('c3', 'h3', NOW), recent)).toBeNull()
    expect(detectIncident(complaint('c3', 'h3', NOW, { cleanerId: null }), recent)).toBeNull()
  })

  it('does not count the new complaint twice when it is already in the recent list', () => {
    const mine = complaint('c2', 'h2', NOW)
    expect(detectIncident(mine, [complaint('c1', 'h1', sh('2026-11-22 11:00')), mine])).toBeNull()
  })

  it('extends the incident the linked complaints already belong to', () => {
    const recent = [
      complaint('c1', 'h1', sh('2026-11-20 11:00'), { incidentId: 'inc-1' }),
      complaint('c2', 'h2', sh('2026-11-21 11:00'), { incidentId: 'inc-1' }),
      complaint('c3', 'h3', sh('2026-11-22 11:00'), { incidentId: 'inc-1' })
    ]
    const verdict = detectIncident(complaint('c4', 'h4', NOW), recent)
    expect(verdict).toMatchObject({ outcome: 'extends', incidentId: 'inc-1', otherIncidentIds: [], complaintIds: ['c1', 'c2', 'c3', 'c4'] })
    expect(verdict?.matches[0].households).toBe(4)
  })
})

describe('same area on the same Shanghai day', () => {
  const area = (id: string, customerId: string, at: Date) => complaint(id, customerId, at, { cleanerId: `cleaner-${id}`, area: '上海市浦东新区' })

  it('forms an incident at three households in one district on one Shanghai day', () => {
    // 16:30Z on the 22nd is already 00:30 on the 23rd in Shanghai.
    const recent = [area('c1', 'h1', new Date('2026-11-22T16:30:00Z')), area('c2', 'h2', sh('2026-11-23 08:00'))]
    const verdict = detectIncident(area('c3', 'h3', NOW), recent)
    expect(verdict?.matches).toEqual([
      {
        kind: 'same_area_day',
        key: '上海市浦东新区|2026-11-23',
        complaintIds: ['c1', 'c2', 'c3'],
        households: 3,
        reason: '同一区域同日多户投诉：上海市浦东新区 2026-11-23 共 3 户客户投诉'
      }
    ])
  })

  it('does not join a complaint from the Shanghai day before', () => {
    const recent = [area('c1', 'h1', new Date('2026-11-22T15:59:00Z')), area('c2', 'h2', sh('2026-11-23 08:00'))]
    expect(detectIncident(area('c3', 'h3', NOW), recent)).toBeNull()
  })

  it('does not join another district', () => {
    const recent = [area('c1', 'h1', sh('2026-11-23 08:00')), { ...area('c2', 'h2', sh('2026-11-23 09:00')), area: '上海市徐汇区' }]
    expect(detectIncident(area('c3', 'h3', NOW), recent)).toBeNull()
  })
})

describe('both rules at once', () => {
  it('links the union of both groups and merges older incidents into the oldest', () => {
    const recent = [
      complaint('c1', 'h1', sh('2026-11-19 11:00'), { incidentId: 'inc-old' }),
      complaint('c2', 'h2', sh('2026-11-20 11:00')),
      complaint('a1', 'h7', sh('2026-11-23 08:00'), { cleanerId: 'x', area: '上海市闵行区', incidentId: 'inc-area' }),
      complaint('a2', 'h8', sh('2026-11-23 09:00'), { cleanerId: 'y', area: '上海市闵行区' })
    ]
    const verdict = detectIncident(complaint('new', 'h3', NOW, { area: '上海市闵行区' }), recent)
    expect(verdict?.matches.map((m) => m.kind)).toEqual(['same_cleaner', 'same_area_day'])
    expect(verdict?.complaintIds).toEqual(['c1', 'c2', 'a1', 'a2', 'new'])
    expect(verdict).toMatchObject({ outcome: 'extends', incidentId: 'inc-old', otherIncidentIds: ['inc-area'], level: 'L3' })
  })
})

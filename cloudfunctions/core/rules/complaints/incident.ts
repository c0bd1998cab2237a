// An incident is a system-level problem, not one unhappy household: 3 or more distinct households complaining about
// the same cleaner within 7 days, or about the same area on the same Shanghai day. Its complaints are linked and
// handled at L3, and staff are alerted.
import { INCIDENT_KIND_LABELS, type ComplaintLevel, type IncidentKind } from '../../contract/complaint'
import { DAY_MS, shanghaiDate } from '../time'
import { INCIDENT_LEVEL } from './levels'

export interface IncidentComplaint {
  id: string
  customerId: string
  cleanerId?: string | null
  /** The service address's district as one string, e.g. '上海市浦东新区'. */
  area?: string | null
  createdAt: Date
  /** Set once the complaint belongs to an incident. */
  incidentId?: string | null
}

export interface IncidentPolicy {
  householdsAtLeast: number
  sameCleanerWindowDays: number
}

export const DEFAULT_INCIDENT_POLICY: IncidentPolicy = { householdsAtLeast: 3, sameCleanerWindowDays: 7 }

export interface IncidentMatch {
  kind: IncidentKind
  /** The cleaner id, or 'area|YYYY-MM-DD'. */
  key: string
  complaintIds: string[]
  households: number
  reason: string
}

export interface IncidentVerdict {
  /** 'forms' a new incident, or 'extends' the one some of these complaints already belong to. */
  outcome: 'forms' | 'extends'
  /** The incident to extend (the oldest one among the linked complaints), or null when a new one forms. */
  incidentId: string | null
  /** Other incidents the linked complaints belong to; the handler merges them into incidentId. */
  otherIncidentIds: string[]
  /** Every complaint that belongs to the incident, the new one included, oldest first. */
  complaintIds: string[]
  matches: IncidentMatch[]
  level: ComplaintLevel
  reasons: string[]
}

function households(group: readonly IncidentComplaint[]): number {
  return new Set(group.map((complaint) => complaint.customerId)).size
}

function sameCleaner(complaint: IncidentComplaint, others: IncidentComplaint[], policy: IncidentPolicy): IncidentMatch | null {
  if (!complaint.cleanerId) return null
  const since = complaint.createdAt.getTime() - policy.sameCleanerWindowDays * DAY_MS
  const group = others.filter(
    (other) =>
      other.cleanerId === complaint.cleanerId &&
      other.createdAt.getTime() >= since &&
      other.createdAt.getTime() <= complaint.createdAt.getTime()
  )
  const count = households([...group, complaint])
  if (count < policy.householdsAtLeast) return null
  return {
    kind: 'same_cleaner',
    key: complaint.cleanerId,
    complaintIds: [...group, complaint].map((c) => c.id),
    households: count,
    reason: `${INCIDENT_KIND_LABELS.same_cleaner}：${policy.sameCleanerWindowDays} 天内 ${count} 户客户投诉同一位阿姨`
  }
}

function sameAreaDay(complaint: IncidentComplaint, others: IncidentComplaint[], policy: IncidentPolicy): IncidentMatch | null {
  const area = complaint.area?.trim()
  if (!area) return null
  const day = shanghaiDate(complaint.createdAt)
  const group = others.filter((other) => other.area?.trim() === area && shanghaiDate(other.createdAt) === day)
  const count = households([...group, complaint])
  if (count < policy.householdsAtLeast) return null
  return {
    kind: 'same_area_day',
    key: `${area}|${day}`,
    complaintIds: [...group, complaint].map((c) => c.id),
    households: count,
    reason: `${INCIDENT_KIND_LABELS.same_area_day}：${area} ${day} 共 ${count} 户客户投诉`
  }
}

/**
 * Whether a new complaint forms or extends an incident, given the recent complaints (the last 7 days are enough).
 * Null when it does not: two households are not an incident, nor is one household complaining three times.
 */
export function detectIncident(
  complaint: IncidentComplaint,
  recent: readonly IncidentComplaint[],
  policy: IncidentPolicy = DEFAULT_INCIDENT_POLICY
): IncidentVerdict | null {
  const others = recent.filter((other) => other.id !== complaint.id)
  const matches = [sameCleaner(complaint, others, policy), sameAreaDay(complaint, others, policy)].filter(
    (match): match is IncidentMatch => match !== null
  )
  if (matches.length === 0) return null

  const byId = new Map([...others, complaint].map((c) => [c.id, c]))
  const members = [...new Set(matches.flatMap((match) => match.complaintIds))]
    .map((id) => byId.get(id) as IncidentComplaint)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
  const existing = [...new Set(members.flatMap((member) => (member.incidentId ? [member.incidentId] : [])))]

  return {
    outcome: existing.length > 0 ? 'extends' : 'forms',
    incidentId: existing[0] ?? null,
    otherIncidentIds: existing.slice(1),
    complaintIds: members.map((member) => member.id),
    matches,
    level: INCIDENT_LEVEL,
    reasons: matches.map((match) => match.reason)
  }
}

// Response levels: where a work order starts (from its severity), and how it climbs. A breach escalates one level,
// once per breach: the escalation is stamped on the breach when it is recorded, and a breach is recorded only once.
import {
  COMPLAINT_LEVEL_ROLES,
  COMPLAINT_LEVELS,
  type ComplaintLevel,
  type ComplaintSeverity,
  type SlaBreach
} from '../../contract/complaint'
import { roleCovers, type StaffRole } from '../../contract/staff'
import type { SlaBreachFound } from './sla'

const INITIAL_LEVEL: Record<ComplaintSeverity, ComplaintLevel> = {
  low: 'L1',
  medium: 'L1',
  high: 'L2',
  critical: 'L3'
}

/** An incident (several households, one cleaner or one area-day) is handled at the top. */
export const INCIDENT_LEVEL: ComplaintLevel = 'L3'

export function levelRank(level: ComplaintLevel): number {
  return COMPLAINT_LEVELS.indexOf(level) + 1
}

export function higherLevel(a: ComplaintLevel, b: ComplaintLevel): ComplaintLevel {
  return levelRank(a) >= levelRank(b) ? a : b
}

/** low / medium -> L1, high -> L2, critical -> L3. */
export function initialLevel(severity: ComplaintSeverity): ComplaintLevel {
  return INITIAL_LEVEL[severity]
}

/** A (re)assessment raises the level to the severity's own level, never lowers it: escalations stand. */
export function levelAfterAssessment(current: ComplaintLevel, severity: ComplaintSeverity): ComplaintLevel {
  return higherLevel(current, initialLevel(severity))
}

/** One level up; L3 stays L3. */
export function nextLevel(level: ComplaintLevel): ComplaintLevel {
  return COMPLAINT_LEVELS[Math.min(levelRank(level), COMPLAINT_LEVELS.length - 1)]
}

/** Whether a staff role may take decisions on a work order at this level (L2 needs 主管, L3 needs 经理). */
export function canHandleLevel(role: StaffRole, level: ComplaintLevel): boolean {
  return roleCovers(role, COMPLAINT_LEVEL_ROLES[level])
}

/** Each new breach lifts the work order one level, in order; the breaches come back stamped with their escalation. */
export function escalateForBreaches(
  level: ComplaintLevel,
  found: readonly SlaBreachFound[]
): { level: ComplaintLevel; breaches: SlaBreach[] } {
  let current = level
  const breaches = found.map((breach) => {
    const levelFrom = current
    current = nextLevel(current)
    return { ...breach, levelFrom, levelTo: current }
  })
  return { level: current, breaches }
}

// The audit log: who on the staff did what to which document. Written for every decision that changes an order, a
// cleaner or a staff account, so a supervisor can answer "who dispatched this?" later.
import type { Database } from '../runtime/cloud'
import { COLL } from './collections'

export interface AuditActor { _id: string; name?: string; role?: string }

export interface AuditEntry {
  staffId: string
  staffName: string
  action: string
  targetId: string
  detail: Record<string, unknown>
  createdAt: Date
}

export function auditEntry(staff: AuditActor, action: string, targetId: string, detail: Record<string, unknown>, now: Date): AuditEntry {
  return { staffId: staff._id, staffName: staff.name ?? '', action, targetId, detail, createdAt: now }
}

/** Append one entry. `db` may be a transaction, so the entry commits with the change it records. */
export async function writeAudit(db: Database, staff: AuditActor, action: string, targetId: string, detail: Record<string, unknown>, now: Date): Promise<void> {
  await db.collection(COLL.auditLogs).add(auditEntry(staff, action, targetId, detail, now))
}

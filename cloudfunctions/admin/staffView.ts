// How a staff account is shown: never the password hash or the counters behind the lock.
import type { StaffAccountView, StaffView } from '../core/contract/api/admin'
import { staffRoleLabel, type StaffDoc } from '../core/auth/staffAccounts'

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null)

export function staffView(s: StaffDoc): StaffView {
  return { id: s._id, username: s.username, name: s.name, role: s.role, roleLabel: staffRoleLabel(s.role) }
}

export function staffAccountView(s: StaffDoc, now: Date): StaffAccountView {
  return {
    ...staffView(s),
    active: s.active,
    lockedUntil: s.lockedUntil && s.lockedUntil > now ? s.lockedUntil.toISOString() : null,
    lastLoginAt: iso(s.lastLoginAt),
    createdAt: s.createdAt.toISOString()
  }
}

// Staff roles and what each may do. 客服 (agent) < 主管 (supervisor) < 经理 (manager). The role list and labels are
// vocabulary shared with the admin pages (contract/staff.ts).
import type { StaffRole } from '../contract/staff'

export { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffRole } from '../contract/staff'

const RANK: Record<StaffRole, number> = { agent: 1, supervisor: 2, manager: 3 }

export function atLeast(role: StaffRole, minimum: StaffRole): boolean {
  return RANK[role] >= RANK[minimum]
}

// The sign-in limits (failures before a lock, lock minutes, session hours) live with their rule in rules/staffLogin.ts.
export { LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES, STAFF_SESSION_HOURS } from '../rules/staffLogin'

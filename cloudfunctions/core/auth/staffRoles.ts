// Staff roles and what each may do. 客服 (agent) < 主管 (supervisor) < 经理 (manager).
export const STAFF_ROLES = ['agent', 'supervisor', 'manager'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = { agent: '客服', supervisor: '主管', manager: '经理' }

const RANK: Record<StaffRole, number> = { agent: 1, supervisor: 2, manager: 3 }

export function atLeast(role: StaffRole, minimum: StaffRole): boolean {
  return RANK[role] >= RANK[minimum]
}

/** Failed sign-ins before the account is locked, and for how long. */
export const LOGIN_MAX_FAILURES = 5
export const LOGIN_LOCK_MINUTES = 15
export const STAFF_SESSION_HOURS = 12

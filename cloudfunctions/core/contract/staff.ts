// The staff vocabulary: roles, their Chinese names and their order. 客服 (agent) < 主管 (supervisor) < 经理 (manager):
// STAFF_ROLES runs from the lowest to the highest, and that order is the one rank every rule uses (roleCovers).

export const STAFF_ROLES = ['agent', 'supervisor', 'manager'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = { agent: '客服', supervisor: '主管', manager: '经理' }

/** Whether `role` is `minimum` or above it. */
export function roleCovers(role: StaffRole, minimum: StaffRole): boolean {
  return STAFF_ROLES.indexOf(role) >= STAFF_ROLES.indexOf(minimum)
}

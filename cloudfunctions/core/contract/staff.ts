// The staff vocabulary: roles and their Chinese names. 客服 (agent) < 主管 (supervisor) < 经理 (manager).

export const STAFF_ROLES = ['agent', 'supervisor', 'manager'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = { agent: '客服', supervisor: '主管', manager: '经理' }

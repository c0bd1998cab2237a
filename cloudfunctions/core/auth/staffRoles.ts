// Staff roles. 客服 (agent) < 主管 (supervisor) < 经理 (manager). The role list, labels and rank are vocabulary
// shared with the admin pages (contract/staff.ts); what each role may call is admin/permissions.ts.
export { STAFF_ROLES, STAFF_ROLE_LABELS, type StaffRole } from '../contract/staff'

/** Whether `role` is `minimum` or above it (the rank is the order of STAFF_ROLES, contract/staff.ts). */
export { roleCovers as atLeast } from '../contract/staff'

// The sign-in limits (failures before a lock, lock minutes, session hours) live with their rule in rules/staffLogin.ts.
export { ACCOUNT_MAX_FAILURES, LOGIN_LOCK_MINUTES, STAFF_SESSION_HOURS } from '../rules/staffLogin'

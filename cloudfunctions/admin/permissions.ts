// The admin permissions table, derived from the declarations next to each action's schema (actions.ts): the
// minimum role of every staff action, and the actions each role may call. The router enforces the same
// declarations; admin.me hands `allowed` to the pages so the navigation hides what a role may not open.
// Read lazily: me.ts is itself one of the actions (actions.ts -> me.ts -> here).
import { STAFF_ROLES, type StaffRole } from '../core/contract/staff'
import { atLeast } from '../core/auth/staffRoles'
import { adminActions } from './actions'

export type AdminActionName = keyof typeof adminActions

let table: Record<string, StaffRole> | undefined

/** action -> minimum role, for every action that needs a staff token (all but login). */
export function adminMinimumRoles(): Readonly<Record<string, StaffRole>> {
  if (!table) {
    const built: Record<string, StaffRole> = {}
    for (const [name, act] of Object.entries(adminActions)) {
      if (act.access?.caller === 'staff') built[name] = act.access.role
    }
    table = built
  }
  return table
}

/** The staff actions `role` may call, in the router's order. */
export function actionsAllowed(role: StaffRole): string[] {
  return Object.entries(adminMinimumRoles()).filter(([, minimum]) => atLeast(role, minimum)).map(([name]) => name)
}

/** role -> actions, for every role. */
export function actionsByRole(): Record<StaffRole, string[]> {
  return Object.fromEntries(STAFF_ROLES.map((role) => [role, actionsAllowed(role)])) as Record<StaffRole, string[]>
}

// An admin action declares its minimum role next to its schema: staffAction('supervisor', schema, handler). The
// router checks the caller's staff token and role FIRST (a caller without a valid token learns nothing, not even
// which input is wrong), then validates the input, then runs the handler with the staff member. The declarations
// are the permissions table (admin/permissions.ts), which also drives the admin navigation and docs/api.md.
import { z, type HandlerContext } from '../core/runtime'
import type { Action } from '../core/runtime/router'
import { requireStaff } from '../core/auth/identity'
import type { StaffRole } from '../core/contract/staff'
import type { StaffDoc } from '../core/auth/staffAccounts'

export type StaffAction<S extends z.ZodTypeAny = z.ZodTypeAny, R = unknown> = Action<S, R, StaffDoc> & {
  access: { caller: 'staff'; role: StaffRole }
}

export function staffAction<S extends z.ZodTypeAny, R>(
  role: StaffRole,
  schema: S,
  handler: (input: z.infer<S>, ctx: HandlerContext, staff: StaffDoc) => Promise<R>
): StaffAction<S, R> {
  return { schema, handler, access: { caller: 'staff', role }, authorize: (ctx) => requireStaff(ctx, role) }
}

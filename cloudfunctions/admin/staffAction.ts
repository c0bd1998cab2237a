// An admin action: the caller's staff token and role are checked FIRST (a caller without a valid token learns nothing,
// not even which input is wrong), then the input is validated, then the handler runs with the staff member.
import { action, parseInput, z, type HandlerContext } from '../core/runtime'
import { requireStaff } from '../core/auth/identity'
import type { StaffRole } from '../core/contract/staff'
import type { StaffDoc } from '../core/auth/staffAccounts'

export function staffAction<S extends z.ZodTypeAny, R>(
  minimum: StaffRole,
  schema: S,
  handler: (input: z.infer<S>, ctx: HandlerContext, staff: StaffDoc) => Promise<R>
) {
  return action(z.unknown(), async (raw, ctx) => {
    const staff: StaffDoc = await requireStaff(ctx, minimum)
    return handler(parseInput(schema, raw), ctx, staff)
  })
}

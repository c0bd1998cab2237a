// A cleaner action: the router checks that the caller is a bound, active cleaner FIRST (before the input), then the
// input is validated and the handler runs with her record.
import { z, type HandlerContext } from '../core/runtime'
import type { Action } from '../core/runtime/router'
import { requireCleaner } from '../core/auth/identity'
import type { CleanerDoc } from '../core/cleaners/accounts'

export function cleanerAction<S extends z.ZodTypeAny, R>(
  schema: S,
  handler: (input: z.infer<S>, ctx: HandlerContext, cleaner: CleanerDoc) => Promise<R>
): Action<S, R, CleanerDoc> {
  return { schema, handler, access: { caller: 'cleaner' }, authorize: (ctx) => requireCleaner(ctx) }
}

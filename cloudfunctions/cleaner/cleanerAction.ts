// A cleaner action: the caller must be a bound, active cleaner (checked FIRST, before the input), then the input is
// validated and the handler runs with her record.
import { action, parseInput, z, type HandlerContext } from '../core/runtime'
import { requireCleaner } from '../core/auth/identity'
import type { CleanerDoc } from '../core/cleaners/accounts'

export function cleanerAction<S extends z.ZodTypeAny, R>(
  schema: S,
  handler: (input: z.infer<S>, ctx: HandlerContext, cleaner: CleanerDoc) => Promise<R>
) {
  return action(z.unknown(), async (raw, ctx) => {
    const cleaner: CleanerDoc = await requireCleaner(ctx)
    return handler(parseInput(schema, raw), ctx, cleaner)
  })
}

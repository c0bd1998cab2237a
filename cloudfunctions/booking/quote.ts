// quote: the price of a quantity of a service, in fen, as the server computes it.
import { action, z } from '../core/runtime'
import { docId } from '../core/runtime/schemas'
import { requireOpenid } from '../core/auth/identity'
import type { QuoteView } from '../core/contract/api/booking'
import { activeService } from '../core/data/services'
import { formatFen, quote as priceOf } from '../core/rules/pricing'
import './fields'

const schema = z.object({ serviceId: docId, quantity: z.number().int() }).strict()

export const quote = action(schema, async ({ serviceId, quantity }, ctx): Promise<QuoteView> => {
  requireOpenid(ctx)
  const priceFen = priceOf(await activeService(ctx.db, serviceId, ctx.now), quantity)
  return { priceFen, display: formatFen(priceFen.payable) }
})
